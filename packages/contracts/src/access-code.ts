/**
 * Access codes for the survey letters: 12 characters in three groups of four, e.g. `7KQM-XH3C-PZ9A`.
 *
 * Alphabet: digits 2–9 and capital letters without I, L and O, so that 0/O, 1/I/L cannot be confused on
 * paper (31 symbols, cf. Crockford's Base32 rationale, https://www.crockford.com/base32.html).
 * Entropy: 12 · log2(31) ≈ 59.4 bits (about 6.2 · 10^17 codes). With about 1,000 valid codes per wave an
 * online guess succeeds with probability ≈ 1.6 · 10^-15 per try, and guessing is rate-limited besides.
 */
export const ACCESS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ACCESS_CODE_LENGTH = 12;
export const ACCESS_CODE_GROUP = 4;
export const ACCESS_CODE_ENTROPY_BITS = ACCESS_CODE_LENGTH * Math.log2(ACCESS_CODE_ALPHABET.length);

/** `ABCDEFGHJKMN` → `ABCD-EFGH-JKMN`. */
export const formatAccessCode = (compact: string): string =>
  compact.match(new RegExp(`.{1,${ACCESS_CODE_GROUP}}`, 'g'))?.join('-') ?? compact;

/**
 * Normalises what a person typed (or what came from the QR-code link) into the canonical code:
 * Unicode NFKC (full-width characters), upper case, spaces, dashes and dots removed. Returns null when
 * the result is not 12 characters of the code alphabet, e.g. when it contains 0, O, 1, I or L, which
 * never occur in a code; the form should then ask to check the letter.
 */
const SEPARATORS = /[\s\-‐‑‒–—_.·/]+/gu;
const VALID = new RegExp(`^[${ACCESS_CODE_ALPHABET}]{${ACCESS_CODE_LENGTH}}$`);

/** Canonical code `ABCD-EFGH-JKMN`, or null if the input cannot be a code. */
export function normalizeAccessCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 100) return null;
  const compact = input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  return VALID.test(compact) ? formatAccessCode(compact) : null;
}
