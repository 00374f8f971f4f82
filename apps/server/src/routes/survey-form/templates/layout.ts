import type { FormTexts } from '@asskomm/core/surveys/online-form';
import type { FormAssets } from '../assets.ts';
import { html, type Markup } from '../html.ts';

export interface LayoutInput {
  readonly texts: FormTexts;
  readonly assets: FormAssets;
  /** The page's own title (the document title adds the site's name; "Fehler: " first when errors show). */
  readonly title: string;
  readonly hasErrors?: boolean;
  readonly main: Markup;
}

/** The frame of every page of the form: one stylesheet, two subset fonts, one small deferred script. */
export function layout({ texts, assets, title, hasErrors, main }: LayoutInput): Markup {
  const t = texts.t;
  const documentTitle = `${hasErrors ? `${t('form.error_summary')}: ` : ''}${title} – ${t('form.site_name')}`;
  return html`<!doctype html>
<html lang="${texts.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${documentTitle}</title>
${assets.fonts.map((font) => html`<link rel="preload" href="${font.url}" as="font" type="font/woff2" crossorigin>\n`)}<link rel="stylesheet" href="${assets.css.url}">
<script src="${assets.js.url}" defer></script>
</head>
<body>
<a class="skip" href="#inhalt">${t('form.skip_link')}</a>
<header class="kopf"><div class="wrap"><p>ASSKomm <span>${t('form.site_name')}</span></p></div></header>
<main id="inhalt" class="wrap">
${main}
</main>
<footer class="fuss"><div class="wrap"><a href="/datenquellen">${t('form.sources')}</a></div></footer>
</body>
</html>
`;
}

export interface SummaryError {
  /** The id of the field the link jumps to; none for errors of the whole page. */
  readonly href?: string;
  readonly message: string;
}

/** GOV.UK's error summary: first thing on the page, a link to each field in error. */
export function errorSummary(texts: FormTexts, errors: readonly SummaryError[]): Markup {
  if (errors.length === 0) return html``;
  return html`<div class="fehlerliste" role="alert" tabindex="-1" aria-labelledby="fehler-titel">
<h2 id="fehler-titel">${texts.t('form.error_summary')}</h2>
<ul>${errors.map((e) => html`<li>${e.href ? html`<a href="#${e.href}">${e.message}</a>` : e.message}</li>`)}</ul>
</div>`;
}
