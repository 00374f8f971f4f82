import { type FormTexts, formLanguages } from '@asskomm/core/surveys/online-form';
import type { FormAssets } from '../assets.ts';
import { flag, html, type Markup } from '../html.ts';
import { errorSummary, layout } from './layout.ts';

export interface CodePageInput {
  readonly texts: FormTexts;
  readonly assets: FormAssets;
  /** What the person typed (shown again after an error). */
  readonly code?: string;
  readonly codeError?: string;
  /** An error of the whole request (too many requests, foreign origin …). */
  readonly pageError?: string;
}

/** Step 1: the access code from the letter, and the language of the questionnaire. */
export function codePage({ texts, assets, code, codeError, pageError }: CodePageInput): Markup {
  const t = texts.t;
  const errors = [
    ...(pageError ? [{ message: pageError }] : []),
    ...(codeError ? [{ href: 'zugangscode', message: codeError }] : []),
  ];
  const described = ['zugangscode-hint', codeError ? 'zugangscode-error' : ''].filter(Boolean).join(' ');
  const main = html`${errorSummary(texts, errors)}
<h1>${t('form.code.heading')}</h1>
<p class="lead">${t('form.code.lead')}</p>
<form method="post" action="/befragung" novalidate>
<div class="frage${codeError ? ' fehlerhaft' : ''}">
<label class="feld" for="zugangscode">${t('form.code.label')}</label>
<p class="hint" id="zugangscode-hint">${t('form.code.hint')}</p>
${codeError ? html`<p class="fehler" id="zugangscode-error">${codeError}</p>` : ''}
<input type="text" id="zugangscode" name="code" value="${code ?? ''}" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="40" aria-describedby="${described}"${flag('aria-invalid="true"', Boolean(codeError))}>
</div>
<div class="frage">
<label class="feld" for="sprache">${t('form.code.language')}</label>
<select id="sprache" name="lang">${formLanguages().map(
    (l) =>
      html`<option value="${l.locale}" lang="${l.locale}"${flag('selected', l.locale === texts.locale)}>${l.name}</option>`,
  )}</select>
</div>
<div class="knoepfe"><button type="submit" class="primaer">${t('form.code.open')}</button></div>
</form>
<section class="info" aria-labelledby="gut-zu-wissen">
<h2 id="gut-zu-wissen">${t('form.code.info_heading')}</h2>
<ul>
<li>${t('form.code.info_voluntary')}</li>
<li>${t('form.code.info_time')}</li>
<li>${t('form.code.info_anonymous')}</li>
<li>${t('form.code.info_paper')}</li>
</ul>
</section>`;
  return layout({ texts, assets, title: t('form.code.heading'), hasErrors: errors.length > 0, main });
}
