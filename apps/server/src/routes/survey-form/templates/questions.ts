import type { ResolvedItem, ResolvedValue } from '@asskomm/core/surveys';
import {
  answerOf,
  type FieldErrors,
  type FormData,
  type FormTexts,
  type PageQuestion,
} from '@asskomm/core/surveys/online-form';
import { flag, html, type Markup } from '../html.ts';

/** The id of an item's first control: where an error summary link jumps to. */
export const fieldId = (code: string): string => `f-${code}`;

const describedBy = (...ids: (string | false | undefined)[]) => {
  const list = ids.filter(Boolean).join(' ');
  return list ? html` aria-describedby="${list}"` : html``;
};

const errorLine = (code: string, error: string | undefined) =>
  error ? html`<p class="fehler" id="${code}-error">${error}</p>` : '';

function options(item: ResolvedItem, type: 'radio' | 'checkbox', chosen: (v: ResolvedValue) => boolean) {
  return html`<div class="optionen">${item.values.map((v, i) => {
    const id = i === 0 ? fieldId(item.code) : `${fieldId(item.code)}-${i}`;
    return html`<div class="option"><input type="${type}" id="${id}" name="${item.code}" value="${v.code}"${flag('checked', chosen(v))}${flag('data-exclusive', type === 'checkbox' && v.exclusive)}><label for="${id}">${v.label}</label></div>`;
  })}</div>`;
}

/** A single choice or checkbox list as a fieldset whose legend is the question. */
function choiceQuestion(
  item: ResolvedItem,
  value: unknown,
  texts: FormTexts,
  error?: string,
  heading = true,
) {
  const multi = item.type === 'multi';
  const hint = multi
    ? item.maxSelected !== undefined
      ? texts.t('form.multi_max_hint', { max: item.maxSelected })
      : texts.t('form.multi_hint')
    : undefined;
  const hintText = [item.description, hint].filter(Boolean).join(' ');
  const chosen = (v: ResolvedValue) => (Array.isArray(value) ? value.includes(v.code) : value === v.code);
  return html`<div class="frage${error ? ' fehlerhaft' : ''}" id="q-${item.code}">
<fieldset${describedBy(hintText && `${item.code}-hint`, error && `${item.code}-error`)}>
<legend>${heading ? html`<h2>${item.text}</h2>` : item.text}</legend>
${hintText ? html`<p class="hint" id="${item.code}-hint">${hintText}</p>` : ''}
${errorLine(item.code, error)}
${options(item, multi ? 'checkbox' : 'radio', chosen)}
</fieldset>
</div>`;
}

function dropdownQuestion(item: ResolvedItem, value: unknown, texts: FormTexts, error?: string) {
  return html`<div class="frage${error ? ' fehlerhaft' : ''}" id="q-${item.code}">
<h2><label for="${fieldId(item.code)}">${item.text}</label></h2>
${item.description ? html`<p class="hint" id="${item.code}-hint">${item.description}</p>` : ''}
${errorLine(item.code, error)}
<select id="${fieldId(item.code)}" name="${item.code}"${describedBy(item.description && `${item.code}-hint`, error && `${item.code}-error`)}>
<option value="">${texts.t('form.choose')}</option>
${item.values.map((v) => html`<option value="${v.code}"${flag('selected', value === v.code)}>${v.label}</option>`)}
</select>
</div>`;
}

function textQuestion(item: ResolvedItem, value: unknown, texts: FormTexts, error?: string) {
  const hint = [item.description, texts.t('form.text_hint', { max: item.maxLength ?? 2000 })]
    .filter(Boolean)
    .join(' ');
  return html`<div class="frage${error ? ' fehlerhaft' : ''}" id="q-${item.code}">
<h2><label for="${fieldId(item.code)}">${item.text}</label></h2>
<p class="hint" id="${item.code}-hint">${hint}</p>
${errorLine(item.code, error)}
<textarea id="${fieldId(item.code)}" name="${item.code}" rows="5"${describedBy(`${item.code}-hint`, error && `${item.code}-error`)}>${typeof value === 'string' ? value : ''}</textarea>
</div>`;
}

/** One question of a page; a matrix becomes a section with one fieldset per row (readable on phones). */
export function question(q: PageQuestion, data: FormData, errors: FieldErrors, texts: FormTexts): Markup {
  if (q.kind === 'group') {
    return html`<section class="gruppe" aria-labelledby="g-${q.group.id}">
<h2 id="g-${q.group.id}">${q.group.title}</h2>
${q.group.description ? html`<p class="hint">${q.group.description}</p>` : ''}
${q.rows.map((row) => choiceQuestion(row, answerOf(data, row), texts, errors[row.code], false))}
</section>`;
  }
  const { item } = q;
  const value = answerOf(data, item);
  const error = errors[item.code];
  if (item.control === 'dropdown') return dropdownQuestion(item, value, texts, error);
  if (item.type === 'text') return textQuestion(item, value, texts, error);
  return choiceQuestion(item, value, texts, error);
}
