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
