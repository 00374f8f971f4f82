import { ISSUE_CODES } from './issues';

/**
 * Cell parsers for counts and ratios. Each returns the value or a German reason that completes
 * the sentence `Zeile 17, Spalte "…": "-5" …`.
 */

export type Parsed = { ok: true; value: number | null } | { ok: false; code: string; reason: string };

export interface CountOptions {
  /** BKA tables group thousands with `,` (20,084). */
  thousands?: boolean;
  /** Empty cell allowed (→ null). */
  optional?: boolean;
}

const PLAIN_INT = /^\d+$/;
// 1,234 or 12,345,678, or plain digits: the BKA writes counts < 1000 without a separator.
const GROUPED_INT = /^\d{1,3}(?:,\d{3})+$/;
const MAX_COUNT = 2_147_483_647;

export function parseCount(raw: string, opts: CountOptions = {}): Parsed {
  const s = raw.trim();
  if (s === '') {
    if (opts.optional) return { ok: true, value: null };
    return {
      ok: false,
      code: ISSUE_CODES.required,
      reason: 'fehlt; die Spalte ist eine Pflichtangabe (0 eintragen, wenn es keine Fälle gab)',
    };
  }
  let digits: string | null = null;
  if (PLAIN_INT.test(s)) digits = s;
  else if (opts.thousands && GROUPED_INT.test(s)) digits = s.replaceAll(',', '');
  if (digits === null) {
    if (/^-\s*[\d.,]+$/.test(s)) {
      return {
        ok: false,
        code: ISSUE_CODES.negativeCount,
        reason: 'ist keine nicht-negative ganze Zahl; Anzahlen können nicht negativ sein',
      };
    }
    const hint = opts.thousands
      ? ' (erwartet: Ziffern, Tausender mit Komma wie "20,084")'
      : /^\d{1,3}([.,]\d{3})+$/.test(s)
        ? ' (bitte ohne Tausendertrennzeichen angeben)'
        : '';
    return { ok: false, code: ISSUE_CODES.notInteger, reason: `ist keine nicht-negative ganze Zahl${hint}` };
  }
  const value = Number(digits);
  if (value > MAX_COUNT)
    return { ok: false, code: ISSUE_CODES.tooLarge, reason: 'ist zu groß für eine Fallzahl' };
  return { ok: true, value };
}

export interface RatioOptions {
  thousands?: boolean;
  /** `#DIV/0!` (Excel's division by zero, in BKA shares when the base is 0) → null. */
  divZero?: boolean;
}

const PLAIN_DEC = /^\d+(?:\.\d+)?$/;
const GROUPED_DEC = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Non-negative decimal with `.` as decimal point (HZ, percentages); empty → null. */
export function parseRatio(raw: string, opts: RatioOptions = {}): Parsed {
  const s = raw.trim();
  if (s === '') return { ok: true, value: null };
  if (opts.divZero && s === '#DIV/0!') return { ok: true, value: null };
  if (PLAIN_DEC.test(s)) return { ok: true, value: Number(s) };
  if (opts.thousands && GROUPED_DEC.test(s)) return { ok: true, value: Number(s.replaceAll(',', '')) };
  return {
    ok: false,
    code: ISSUE_CODES.notNumber,
    reason: 'ist keine gültige nicht-negative Zahl (Dezimalpunkt ".")',
  };
}
