/**
 * The stored form of an access code: HMAC-SHA-256 (RFC 2104) of the compact code, keyed with a server
 * secret, as 64 hex digits. The database holds only this hash (plus a used flag), never the code.
 *
 * Why not argon2/bcrypt: a code is looked up by its hash (`WHERE code_hash = $1`); a salted slow hash
 * would need a salt per row and a scan over all rows for every attempt. Slow hashing protects low-entropy
 * secrets such as passwords; a code has ≈59 bits of entropy from a CSPRNG.
 * Why keyed and not plain SHA-256: a stolen table of unkeyed SHA-256 hashes could be attacked offline
 * (≈2^59 / 1,000 codes ≈ 2^49 guesses for one hit, days on a GPU); without the secret, which lives in the
 * server configuration and not in the database, the hashes reveal nothing.
 */
import { createHmac } from 'node:crypto';
import { normalizeAccessCode } from '@asskomm/contracts';

/** Minimum secret length in bytes (HMAC-SHA-256 key as long as the output, RFC 2104 section 3). */
export const MIN_SECRET_BYTES = 32;

/** Hash of a code (normalised first, so `abcd efgh jkmn` and `ABCD-EFGH-JKMN` hash alike). */
export function hashAccessCode(code: string, secret: string | Uint8Array): string {
  const canonical = normalizeAccessCode(code);
  if (canonical === null) throw new Error('Ungültiger Zugangscode');
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  if (key.length < MIN_SECRET_BYTES)
    throw new Error(`Das Geheimnis muss mindestens ${MIN_SECRET_BYTES} Bytes lang sein`);
  return createHmac('sha256', key).update(canonical.replace(/-/g, ''), 'utf8').digest('hex');
}
