/**
 * Validates an answer payload from the public form (SurveyJS `survey.data`) or the paper data-entry
 * screen before anything is stored. The payload is untrusted: every key must be a known question, every
 * value must have the right type and lie in the item's value set, texts are limited in length.
 *
 * Payload shape (SurveyJS): a plain object whose keys are question names. A matrix question (a group of
 * items) is an object `{ <item code>: <code> }`; a single choice is a number; a checkbox is an array of
 * numbers; a comment is a string. `null` means unanswered. The result is flat: `{ <item code>: value }`.
 *
 * Follow-up items whose condition is not met (e.g. "reported to the police" without "ja") are dropped in
 * a final submission and kept in a partial save (the respondent may still change the earlier answer).
 */
import type { ResolvedCodebook, ResolvedItem } from '../questionnaire/codebook-types.ts';
import { DEFAULT_MAX_TEXT_LENGTH } from '../questionnaire/codebook-types.ts';
import type { AnswerError, AnswerValue, ValidateAnswersResult } from './answer-types.ts';
import { normalizeFreeText } from './normalize-free-text.ts';

export interface ValidateAnswersOptions {
  /** A "save and continue later" payload: may be empty, keeps answers to hidden follow-ups. */
  readonly partial?: boolean;
}

/** Errors reported at most; a tampered payload must not produce an unbounded response. */
const MAX_ERRORS = 50;

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Shortens keys from the payload before echoing them in a message. */
const shown = (key: string): string => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

const allowedList = (item: ResolvedItem): string => item.values.map((v) => v.code).join(', ');

type Check = { value: AnswerValue | undefined } | { error: string };

function checkSingle(item: ResolvedItem, raw: unknown): Check {
  if (typeof raw !== 'number' || !Number.isInteger(raw)) {
    return { error: `Die Antwort auf „${item.code}“ muss eine ganze Zahl sein.` };
  }
  if (!item.values.some((v) => v.code === raw)) {
    return { error: `Ungültiger Wert ${raw} für „${item.code}“ (erlaubt: ${allowedList(item)}).` };
  }
  return { value: raw };
}

function checkMulti(item: ResolvedItem, raw: unknown): Check {
  if (!Array.isArray(raw))
    return { error: `Die Antwort auf „${item.code}“ muss eine Liste von Zahlen sein.` };
  if (raw.length > item.values.length) return { error: `Zu viele Angaben bei „${item.code}“.` };
  const codes: number[] = [];
  for (const v of raw) {
    const single = checkSingle(item, v);
    if ('error' in single) return single;
    if (codes.includes(v as number))
      return { error: `Der Wert ${v} ist bei „${item.code}“ doppelt angegeben.` };
    codes.push(v as number);
  }
  if (codes.length === 0) return { value: undefined };
  const exclusive = item.values.filter((v) => v.exclusive && codes.includes(v.code));
  if (exclusive.length > 0 && codes.length > 1) {
    return {
      error: `„${exclusive[0]?.label}“ kann bei „${item.code}“ nicht mit anderen Antworten gewählt werden.`,
    };
  }
  if (item.maxSelected !== undefined && codes.length > item.maxSelected) {
    return { error: `Bei „${item.code}“ sind höchstens ${item.maxSelected} Antworten möglich.` };
  }
  // Stored in value-set order so equal answers compare equal.
  const order = item.values.map((v) => v.code);
  return { value: codes.sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
}

function checkText(item: ResolvedItem, raw: unknown): Check {
  if (typeof raw !== 'string') return { error: `Die Antwort auf „${item.code}“ muss ein Text sein.` };
  const max = item.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const result = normalizeFreeText(raw, max);
  if (!result.ok) {
    return result.reason === 'too_long'
      ? {
          error: `Der Text bei „${item.code}“ ist zu lang (höchstens ${max.toLocaleString('de-DE')} Zeichen).`,
        }
      : { error: `Der Text bei „${item.code}“ enthält unzulässige Steuerzeichen.` };
  }
  return { value: result.text === '' ? undefined : result.text };
}

function checkItem(item: ResolvedItem, raw: unknown): Check {
  if (raw === null || raw === undefined) return { value: undefined };
  if (item.type === 'single') return checkSingle(item, raw);
  if (item.type === 'multi') return checkMulti(item, raw);
  return checkText(item, raw);
}

/**
 * Validates a payload against a resolved codebook.
 * @returns `{ ok: true, values }` with only answered items, in codebook order, or `{ ok: false, errors }`.
 */
export function validateAnswers(
  codebook: Pick<ResolvedCodebook, 'items'>,
  payload: unknown,
  options: ValidateAnswersOptions = {},
): ValidateAnswersResult {
  if (!isPlainObject(payload)) {
    return {
      ok: false,
      errors: [{ item: '', message: 'Die Antworten müssen als Objekt übermittelt werden.' }],
    };
  }
  const byCode = new Map(codebook.items.map((i) => [i.code, i]));
  const groups = new Map<string, ResolvedItem[]>();
  for (const item of codebook.items) {
    if (item.group !== undefined) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  }
  const topLevel = codebook.items.filter((i) => i.group === undefined).length + groups.size;
  const keys = Object.keys(payload);
  if (keys.length > topLevel) {
    const message = `Zu viele Angaben: ${keys.length} Felder, höchstens ${topLevel} erwartet.`;
    return { ok: false, errors: [{ item: '', message }] };
  }

  const errors: AnswerError[] = [];
  const found = new Map<string, AnswerValue>();
  const take = (item: ResolvedItem, raw: unknown) => {
    const check = checkItem(item, raw);
    if ('error' in check) errors.push({ item: item.code, message: check.error });
    else if (check.value !== undefined) found.set(item.code, check.value);
  };

  for (const key of keys) {
    if (errors.length >= MAX_ERRORS) break;
    const raw = payload[key];
    const rows = groups.get(key);
    const item = byCode.get(key);
    if (rows !== undefined) {
      if (raw === null) continue;
      if (!isPlainObject(raw)) {
        errors.push({ item: key, message: `Die Antworten auf „${key}“ müssen ein Objekt sein.` });
        continue;
      }
      const rowKeys = Object.keys(raw);
      if (rowKeys.length > rows.length) {
        errors.push({ item: key, message: `Zu viele Angaben bei „${key}“.` });
        continue;
      }
      for (const rowKey of rowKeys) {
        const row = rows.find((r) => r.code === rowKey);
        if (row === undefined)
          errors.push({ item: rowKey, message: `Unbekannte Frage „${shown(rowKey)}“ in „${key}“.` });
        else take(row, raw[rowKey]);
      }
    } else if (item !== undefined && item.group === undefined) {
      take(item, raw);
    } else {
      errors.push({ item: shown(key), message: `Unbekannte Frage „${shown(key)}“.` });
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };

  const values: Record<string, AnswerValue> = {};
  for (const item of codebook.items) {
    const value = found.get(item.code);
    if (value === undefined) continue;
    if (
      options.partial !== true &&
      item.showIf !== undefined &&
      found.get(item.showIf.item) !== item.showIf.equals
    ) {
      continue;
    }
    values[item.code] = value;
  }
  if (options.partial !== true && Object.keys(values).length === 0) {
    return { ok: false, errors: [{ item: '', message: 'Es wurde keine Frage beantwortet.' }] };
  }
  return { ok: true, values };
}
