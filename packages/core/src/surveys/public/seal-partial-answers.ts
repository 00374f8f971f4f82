/**
 * Saved partial answers are stored encrypted under a key that only the access code itself opens
 * (AES-256-GCM; key = HMAC-SHA-256 of the code under the server secret, with a purpose label, so it is
 * not the stored code hash and cannot be computed from it). Saved answers resemble the final ones, and
 * their row (or its dead copy on disk) carries the code hash: in plain text an administrator could pair
 * code and answer by content. Encrypted, only someone holding the code (and the secret) can read them,
 * which is exactly who may resume the form anyway.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { normalizeAccessCode } from '@asskomm/contracts';
import { AppError } from '../../errors.ts';

const PURPOSE = 'asskomm-partial-answers-v1:';

function keyOf(code: string, secret: string): Buffer {
  const canonical = normalizeAccessCode(code);
  if (canonical === null) throw new AppError('SURVEY_CODE_INVALID', { fields: { code: 'Ungültiger Code.' } });
  return createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(PURPOSE + canonical.replace(/-/g, ''), 'utf8')
    .digest();
}

/** The sealed form stored in `survey_partial_answers.values` (a JSON string). */
export function sealPartialAnswers(values: unknown, code: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(code, secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/** The saved answers, or null when they cannot be opened (other secret, damaged, or not sealed). */
export function openPartialAnswers(sealed: unknown, code: string, secret: string): unknown {
  if (typeof sealed !== 'string' || !sealed.startsWith('v1.')) return null;
  try {
    const raw = Buffer.from(sealed.slice(3), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', keyOf(code, secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(text);
  } catch {
    return null;
  }
}
