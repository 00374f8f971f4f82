/**
 * The online form's pages, built from the resolved codebook: which questions a page shows, which pages
 * are visible, and how the fields of a posted HTML form become answers. Pure functions (no database).
 *
 * Answers are kept in the shape the public services take (SurveyJS data): a matrix group is an object
 * `{ <item code>: <code> }` under the group's id, a single choice a number, a checkbox list an array of
 * numbers, a free text a string. In the HTML form every item is one field named by its item code
 * (codes are `^[A-Z][A-Z0-9_]*$`, so they never collide with the form's own lower-case fields).
 */
import { normalizeFreeText } from '../answers/normalize-free-text.ts';
import {
  DEFAULT_MAX_TEXT_LENGTH,
  type ResolvedCodebook,
  type ResolvedGroup,
  type ResolvedItem,
} from '../questionnaire/codebook-types.ts';
import type { FormTexts } from './form-texts.ts';

/** Answers in the public services' shape (see the module comment). */
export type FormData = Record<string, unknown>;

/** The fields of a posted form: a repeated field (checkboxes) arrives as an array. */
export type PostedFields = Readonly<Record<string, string | string[] | undefined>>;

/** Error messages by item code (matrix rows by their own code). */
export type FieldErrors = Record<string, string>;

export type PageQuestion =
  | { readonly kind: 'group'; readonly group: ResolvedGroup; readonly rows: readonly ResolvedItem[] }
  | { readonly kind: 'item'; readonly item: ResolvedItem };

/** The answer of one item inside the data (a matrix row is nested under its group). */
export function answerOf(data: FormData, item: Pick<ResolvedItem, 'code' | 'group'>): unknown {
  if (item.group === undefined) return data[item.code];
  const group = data[item.group];
  return typeof group === 'object' && group !== null
    ? (group as Record<string, unknown>)[item.code]
    : undefined;
}

/**
 * A follow-up whose condition item sits on an earlier page is shown only if that answer meets the
 * condition (e.g. "reported to the police" only for offences answered "yes"). A condition on the same
 * page cannot be evaluated without a script, so such a follow-up is always shown (a final submission
 * drops its answer if the condition is not met).
 */
function shown(codebook: ResolvedCodebook, item: ResolvedItem, data: FormData): boolean {
  if (item.showIf === undefined) return true;
  const target = codebook.items.find((i) => i.code === item.showIf?.item);
  if (target === undefined || target.page === item.page) return true;
  return answerOf(data, target) === item.showIf.equals;
}

/** The questions of page `index` in display order; consecutive items of one group form one matrix. */
export function pageQuestions(codebook: ResolvedCodebook, index: number, data: FormData): PageQuestion[] {
  const page = codebook.pages[index];
  if (page === undefined) return [];
  const questions: PageQuestion[] = [];
  for (const item of codebook.items) {
    if (item.page !== page.id || !shown(codebook, item, data)) continue;
    const last = questions.at(-1);
    if (item.group !== undefined && last?.kind === 'group' && last.group.id === item.group) {
      (last.rows as ResolvedItem[]).push(item);
    } else if (item.group !== undefined) {
      const group = codebook.groups[item.group] ?? { id: item.group, title: item.text };
      questions.push({ kind: 'group', group, rows: [item] });
    } else {
      questions.push({ kind: 'item', item });
    }
  }
  return questions;
}

/** Indexes of the pages that show at least one question with these answers. */
export function visiblePages(codebook: ResolvedCodebook, data: FormData): number[] {
  return codebook.pages.map((_, i) => i).filter((i) => pageQuestions(codebook, i, data).length > 0);
}

const one = (raw: string | string[] | undefined): string =>
  (Array.isArray(raw) ? raw[raw.length - 1] : raw)?.trim() ?? '';
const many = (raw: string | string[] | undefined): string[] =>
  (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v) => v.trim() !== '');

/** One choice out of the item's value set; `undefined` when nothing was chosen. */
function readChoice(item: ResolvedItem, raw: string | string[] | undefined, texts: FormTexts) {
  const text = one(raw);
  if (text === '') return { value: undefined };
  const code = Number(text);
  if (!/^-?\d+$/.test(text) || !item.values.some((v) => v.code === code))
    return { error: texts.t('form.error.invalid_choice') };
  return { value: code };
}

function readChoices(item: ResolvedItem, raw: string | string[] | undefined, texts: FormTexts) {
  const codes: number[] = [];
  for (const text of many(raw)) {
    const choice = readChoice(item, text, texts);
    if ('error' in choice) return { value: undefined, error: choice.error };
    if (choice.value !== undefined && !codes.includes(choice.value)) codes.push(choice.value);
  }
  const value = codes.length > 0 ? codes : undefined;
  const exclusive = item.values.find((v) => v.exclusive && codes.includes(v.code));
  if (exclusive && codes.length > 1)
    return { value, error: texts.t('form.error.exclusive', { label: exclusive.label }) };
  if (item.maxSelected !== undefined && codes.length > item.maxSelected)
    return {
      value,
      error: texts.t('form.error.max_selected', { max: item.maxSelected, count: codes.length }),
    };
  return { value };
}

function readText(item: ResolvedItem, raw: string | string[] | undefined, texts: FormTexts) {
  const typed = one(raw);
  const max = item.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const result = normalizeFreeText(typed, max);
  if (result.ok) return { value: result.text === '' ? undefined : result.text };
  // The typed text is kept for showing it again, so nothing the person wrote is lost.
  return result.reason === 'too_long'
    ? { value: typed, error: texts.t('form.error.too_long', { max, length: [...typed].length }) }
    : { value: typed, error: texts.t('form.error.control_characters') };
}

function readItem(item: ResolvedItem, raw: string | string[] | undefined, texts: FormTexts) {
  if (item.type === 'multi') return readChoices(item, raw, texts);
  if (item.type === 'text') return readText(item, raw, texts);
  return readChoice(item, raw, texts);
}

/**
 * The answers after posting page `index`: the page's questions take the posted values (an unanswered
 * question is removed, so answers can be withdrawn), every other page keeps its answers. Errors name
 * the item; with errors the data still holds what was typed, to show it again, and must not be stored.
 */
export function readPageFields(
  codebook: ResolvedCodebook,
  index: number,
  saved: FormData,
  fields: PostedFields,
  texts: FormTexts,
): { data: FormData; errors: FieldErrors } {
  const data: FormData = { ...saved };
  const errors: FieldErrors = {};
  for (const question of pageQuestions(codebook, index, saved)) {
    if (question.kind === 'group') {
      const rows: Record<string, unknown> = {};
      for (const row of question.rows) {
        const read = readItem(row, fields[row.code], texts);
        if ('error' in read && read.error) errors[row.code] = read.error;
        if (read.value !== undefined) rows[row.code] = read.value;
      }
      if (Object.keys(rows).length > 0) data[question.group.id] = rows;
      else delete data[question.group.id];
      continue;
    }
    const read = readItem(question.item, fields[question.item.code], texts);
    if ('error' in read && read.error) errors[question.item.code] = read.error;
    if (read.value !== undefined) data[question.item.code] = read.value;
    else delete data[question.item.code];
  }
  return { data, errors };
}

/** The page that shows an item (for an error the server found in a final submission). */
export function pageOfItem(codebook: ResolvedCodebook, code: string): number | undefined {
  const item = codebook.items.find((i) => i.code === code || i.group === code);
  if (item === undefined) return undefined;
  const index = codebook.pages.findIndex((p) => p.id === item.page);
  return index < 0 ? undefined : index;
}
