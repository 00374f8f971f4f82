/**
 * Generates access codes with the operating system's CSPRNG (node:crypto randomInt, uniform without
 * modulo bias). Codes within one batch are distinct; across waves the database's unique index on the
 * hash catches the (negligible, ~n²/2^60) chance of a repeat.
 */
import { randomInt } from 'node:crypto';
import { ACCESS_CODE_ALPHABET, ACCESS_CODE_LENGTH, formatAccessCode } from '@asskomm/contracts';

/** Largest batch in one call (more than any municipal sample needs). */
export const MAX_ACCESS_CODES = 1_000_000;

function randomCode(): string {
  let code = '';
  for (let i = 0; i < ACCESS_CODE_LENGTH; i++)
    code += ACCESS_CODE_ALPHABET[randomInt(ACCESS_CODE_ALPHABET.length)];
  return code;
}

/** `n` distinct codes in display form (`ABCD-EFGH-JKMN`). */
export function generateAccessCodes(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_ACCESS_CODES) {
    throw new RangeError(`Anzahl der Zugangscodes muss zwischen 0 und ${MAX_ACCESS_CODES} liegen`);
  }
  const codes = new Set<string>();
  while (codes.size < n) codes.add(formatAccessCode(randomCode()));
  return [...codes];
}
