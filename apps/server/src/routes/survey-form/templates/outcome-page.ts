import type { FormTexts } from '@asskomm/core/surveys/online-form';
import type { FormAssets } from '../assets.ts';
import { html, type Markup } from '../html.ts';
import { layout } from './layout.ts';

export type Outcome =
  | { readonly kind: 'done'; readonly municipalityName: string }
  | { readonly kind: 'used' }
  | { readonly kind: 'closed'; readonly notStarted: boolean };

const otherCode = (texts: FormTexts) =>
  html`<p><a class="knopf sekundaer" href="/befragung?lang=${texts.locale}">${texts.t('form.other_code')}</a></p>`;

/**
 * The end of the path: thank you; or the code was used already, which says plainly that the answers
 * arrived (a crash between storing and replying leaves the person without the thank-you page, and the
 * next attempt lands here: issue 8); or the survey is not open.
 */
export function outcomePage(texts: FormTexts, assets: FormAssets, outcome: Outcome): Markup {
  const t = texts.t;
  if (outcome.kind === 'done') {
    const main = html`<div class="hinweis" role="status"><h1>${t('form.done.heading')}</h1><p>${t('form.done.received')}</p></div>
<p>${t('form.done.anonymous')}</p>
<p>${t('form.done.helps', { municipality: outcome.municipalityName })}</p>`;
    return layout({ texts, assets, title: t('form.done.heading'), main });
  }
  if (outcome.kind === 'used') {
    const main = html`<div class="hinweis" role="status"><h1>${t('form.used.heading')}</h1><p>${t('form.used.received')}</p></div>
<p>${t('form.used.once')}</p>
${otherCode(texts)}`;
    return layout({ texts, assets, title: t('form.used.heading'), main });
  }
  const main = html`<h1>${t('form.closed.heading')}</h1>
<p>${t(outcome.notStarted ? 'form.closed.not_started' : 'form.closed.ended')}</p>
<p>${t('form.closed.contact')}</p>
${otherCode(texts)}`;
  return layout({ texts, assets, title: t('form.closed.heading'), main });
}
