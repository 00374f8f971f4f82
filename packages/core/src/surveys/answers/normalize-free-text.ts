/**
 * Checks and normalises one free-text answer.
 *
 * Free text is stored as plain text exactly as typed (no HTML stripping): "<script>" stays the literal
 * characters "<script>". Every output (web pages, PDF, exports) must escape it for its format; React
 * escapes by default, Typst receives it as data (sys.inputs), never as markup.
 *
 * Rejected: C0/C1 control characters other than tab and line feed (they have no meaning in an answer and
 * can break exports), and unpaired UTF-16 surrogates (not valid Unicode). CR LF and lone CR become LF.
 */
export type FreeTextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'control' | 'too_long' };

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Length in Unicode code points (what a person counts as characters, also for emoji). */
export const codePointLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Normalises line breaks and trims; an empty result means "not answered". */
export function normalizeFreeText(input: string, maxLength: number): FreeTextResult {
  const text = input.replace(/\r\n?/g, '\n').trim();
  if (FORBIDDEN.test(text) || LONE_SURROGATE.test(text)) return { ok: false, reason: 'control' };
  if (codePointLength(text) > maxLength) return { ok: false, reason: 'too_long' };
  return { ok: true, text };
}
