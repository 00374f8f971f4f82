/**
 * Normalises what a person typed (or what came from the QR-code link) into the canonical code:
 * Unicode NFKC (full-width characters), upper case, spaces, dashes and dots removed. Returns null when
 * the result is not 12 characters of the code alphabet, e.g. when it contains 0, O, 1, I or L, which
 * never occur in a code; the form should then ask to check the letter.
 */
import { ACCESS_CODE_ALPHABET, ACCESS_CODE_LENGTH, formatAccessCode } from './access-code-format.ts';

const SEPARATORS = /[\s\-‐‑‒–—_.·/]+/gu;
const VALID = new RegExp(`^[${ACCESS_CODE_ALPHABET}]{${ACCESS_CODE_LENGTH}}$`);

/** Canonical code `ABCD-EFGH-JKMN`, or null if the input cannot be a code. */
export function normalizeAccessCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 100) return null;
  const compact = input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  return VALID.test(compact) ? formatAccessCode(compact) : null;
}
