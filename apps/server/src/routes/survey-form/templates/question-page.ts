import {
  type FormTexts,
  formLanguages,
  type OnlineFormPage,
  pageQuestions,
} from '@asskomm/core/surveys/online-form';
import type { FormAssets } from '../assets.ts';
import { html, type Markup } from '../html.ts';
import { errorSummary, layout, type SummaryError } from './layout.ts';
import { fieldId, question } from './questions.ts';

const germanDate = (iso: string, locale: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale === 'de' ? 'de-DE' : locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** One page of the questionnaire (one topic), a real form that posts to the server. */
export function questionPage(
  texts: FormTexts,
  assets: FormAssets,
  view: OnlineFormPage,
  code: string,
): Markup {
  const t = texts.t;
  const page = view.codebook.pages[view.page]!;
  const questions = pageQuestions(view.codebook, view.page, view.data);
  const position = Math.max(view.visible.indexOf(view.page), 0) + 1;
  const total = Math.max(view.visible.length, 1);
  const isLast = position === total;
  const errors: SummaryError[] = [
    ...view.pageErrors.map((message) => ({ message })),
    ...Object.entries(view.errors).map(([item, message]) => ({ href: fieldId(item), message })),
  ];
  const otherLanguages = formLanguages().filter(
    (l) => view.locales.includes(l.locale) && l.locale !== view.locale,
  );
  const main = html`${errorSummary(texts, errors)}
${
  view.saved
    ? html`<div class="hinweis" role="status"><h2>${t('form.saved_heading')}</h2><p>${t('form.saved_text')}</p>${
        view.fieldEnd
          ? html`<p>${t('form.saved_until', { date: germanDate(view.fieldEnd, view.locale) })}</p>`
          : ''
      }</div>`
    : ''
}
<p class="fortschritt">${t('form.progress', { page: position, pages: total })}</p>
<div class="balken" aria-hidden="true"><span style="width:${Math.round((position / total) * 100)}%"></span></div>
<form method="post" action="/befragung/seite" novalidate>
<input type="hidden" name="code" value="${code}">
<input type="hidden" name="page" value="${view.page}">
<input type="hidden" name="lang" value="${view.locale}">
<h1>${page.title}</h1>
${page.description ? html`<p class="lead">${page.description}</p>` : ''}
${position === 1 ? html`<p class="hint">${t('form.optional_hint')}</p>` : ''}
${questions.map((q) => question(q, view.data, view.errors, texts))}
${isLast ? html`<p>${t('form.submit_hint')}</p>` : ''}
<div class="knoepfe">
${isLast ? html`<button type="submit" name="action" value="submit" class="primaer">${t('form.submit')}</button>` : html`<button type="submit" name="action" value="next" class="primaer">${t('form.next')}</button>`}
${position > 1 ? html`<button type="submit" name="action" value="back" class="sekundaer">${t('form.back')}</button>` : ''}
<button type="submit" name="action" value="save" class="sekundaer">${t('form.save')}</button>
</div>
${
  otherLanguages.length > 0
    ? html`<div class="sprache"><span>${t('form.switch_language')}:</span>${otherLanguages.map(
        (l) =>
          html` <button type="submit" name="action" value="language:${l.locale}" class="sekundaer" lang="${l.locale}">${l.name}</button>`,
      )}</div>`
    : ''
}
</form>`;
  return layout({ texts, assets, title: page.title, hasErrors: errors.length > 0, main });
}
