/**
 * What staff type for one item of a paper questionnaire, read and checked as they type (the web's data
 * entry). The server checks the whole questionnaire again with the online form's rules
 * (core: validatePaperValues), so this is the early, per-field half of one contract.
 */
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
export function isPaperItemAsked(item: CodebookItem, entries: Record<string, string>): boolean {
  if (!item.showIf) return true;
  return entries[item.showIf.item]?.trim() === String(item.showIf.equals);
}
