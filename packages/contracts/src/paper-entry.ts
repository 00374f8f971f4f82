/**
 * What staff type for one item of a paper questionnaire, read and checked as they type (the web's data
 * entry). The server checks the whole questionnaire again with the online form's rules
 * (core: validatePaperValues), so this is the early, per-field half of one contract.
 */
import { z } from 'zod';
import { CONTROL_CHARACTER_MESSAGE, plainText } from './plain-text.ts';
import type { CodebookItem } from './types.ts';

export type ParsedPaperEntry =
  | { ok: true; value: number | number[] | string | undefined; text: string }
  | { ok: false; error: string };

const allowedText = (item: CodebookItem) => item.values.map((v) => v.code).join(', ');

/** Parses what staff typed for one item: a code, codes separated by spaces or commas, or a text. */
export function parsePaperEntry(item: CodebookItem, raw: string): ParsedPaperEntry {
  const input = raw.trim();
  if (input === '') return { ok: true, value: undefined, text: '' };
  if (item.type === 'text') {
    const max = item.maxLength ?? 2000;
    if ([...input].length > max) return { ok: false, error: `Höchstens ${max} Zeichen.` };
    return { ok: true, value: input, text: '' };
  }
  const parts = item.type === 'multi' ? input.split(/[\s,;]+/).filter(Boolean) : [input];
  const codes: number[] = [];
  for (const part of parts) {
    if (!/^-?\d+$/.test(part))
      return { ok: false, error: `„${part}“ ist kein Code. Erlaubt: ${allowedText(item)}.` };
    const code = Number(part);
    if (!item.values.some((v) => v.code === code))
      return { ok: false, error: `${code} gibt es hier nicht. Erlaubt: ${allowedText(item)}.` };
    if (codes.includes(code)) return { ok: false, error: `${code} ist doppelt angegeben.` };
    codes.push(code);
  }
  if (item.type === 'single') {
    const code = codes[0]!;
    return { ok: true, value: code, text: item.values.find((v) => v.code === code)!.label };
  }
  const exclusive = item.values.find((v) => v.exclusive && codes.includes(v.code));
  if (exclusive && codes.length > 1)
    return {
      ok: false,
      error: `„${exclusive.label}“ (${exclusive.code}) kann nicht mit anderen Antworten stehen.`,
    };
  if (item.maxSelected !== null && codes.length > item.maxSelected)
    return { ok: false, error: `Höchstens ${item.maxSelected} Antworten.` };
  return {
    ok: true,
    value: codes,
    text: codes.map((c) => item.values.find((v) => v.code === c)!.label).join('; '),
  };
}

/** Whether a follow-up item is asked, given the entries so far. */
export function isPaperItemAsked(item: CodebookItem, entries: Record<string, string | undefined>): boolean {
  if (!item.showIf) return true;
  return entries[item.showIf.item]?.trim() === String(item.showIf.equals);
}

/** A free-text answer as the API takes it (the item's own, shorter limit is parsePaperEntry's). */
const paperText = plainText({ multiline: true }).max(20_000);
const receivedOnDate = z.iso.date('Datum im Format JJJJ-MM-TT erwartet');

/** Body of POST /api/surveys/:id/responses; core checks the values again against the wave's codebook. */
export const ZPaperResponse = z.strictObject({
  /** Answers by item code: a number (single choice), a list of numbers (multiple choice) or a text. */
  values: z.record(
    plainText().max(60),
    z.union([z.number(), z.array(z.number()).max(50), paperText, z.null()]),
  ),
  /** Day the questionnaire came back (default today); never a time of day. */
  receivedOn: receivedOnDate.optional(),
});
export type TPaperResponse = z.infer<typeof ZPaperResponse>;

/** The one rule for the received date: not after today (the date in Germany, from the caller). */
export function receivedOnProblem(receivedOn: string, today: string): string | null {
  return receivedOn > today ? 'Das Eingangsdatum darf nicht in der Zukunft liegen.' : null;
}

export const PAPER_SHEET_EMPTY = 'Der Bogen ist leer: Bitte mindestens eine Antwort eingeben.';

/**
 * The paper entry form of one wave: what staff typed per item code (text, as on the sheet) and the
 * received date, checked item by item with parsePaperEntry and turned into the API's body. Items that are
 * not asked (a follow-up whose filter answer is missing) are left out. A sheet without any answer is
 * refused at `entries` (the form as a whole).
 */
export function paperEntryForm(items: readonly CodebookItem[], today: string) {
  return z
    .object({ receivedOn: z.string(), entries: z.record(z.string(), z.string().optional()) })
    .transform((form, ctx) => {
      const values: Record<string, number | number[] | string> = {};
      const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const date = receivedOnDate.safeParse(form.receivedOn);
      if (form.receivedOn === '') issue(['receivedOn'], 'Bitte das Eingangsdatum des Bogens angeben.');
      else if (!date.success) issue(['receivedOn'], date.error.issues[0]!.message);
      else {
        const problem = receivedOnProblem(form.receivedOn, today);
        if (problem) issue(['receivedOn'], problem);
      }
      let itemFailed = false;
      for (const item of items) {
        if (!isPaperItemAsked(item, form.entries)) continue;
        const parsed = parsePaperEntry(item, form.entries[item.code] ?? '');
        // The API's text rule too, so a pasted control character is named at its item, not after sending.
        const problem = !parsed.ok
          ? parsed.error
          : typeof parsed.value === 'string' && !paperText.safeParse(parsed.value).success
            ? `Der Text ${CONTROL_CHARACTER_MESSAGE}`
            : null;
        if (problem) {
          issue(['entries', item.code], problem);
          itemFailed = true;
        } else if (parsed.ok && parsed.value !== undefined) values[item.code] = parsed.value;
      }
      if (!itemFailed && Object.keys(values).length === 0) issue(['entries'], PAPER_SHEET_EMPTY);
      return { values, receivedOn: form.receivedOn };
    });
}
export type TPaperEntryForm = z.input<ReturnType<typeof paperEntryForm>>;
/** What the form sends: the API's body (ZPaperResponse) with every value parsed. */
export type TPaperEntryBody = z.output<ReturnType<typeof paperEntryForm>>;
