import { createHmac, randomBytes } from 'node:crypto';

/**
 * A participant's personal access link: 32 random bytes (base64url) that only the participant holds. The
 * database keeps an HMAC of it with the server secret, so a leaked backup does not open any record. The
 * web app puts the token into the URL fragment (`/qualifizierung/teilnahme#TOKEN`), which browsers never
 * send to a server, and posts it in a request body: it appears in no request line or log.
 */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashAccessToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(`training:${token}`).digest('hex');
}

export const SELF_ACCESS_PATH = '/qualifizierung/teilnahme';

export function accessPath(token: string): string {
  return `${SELF_ACCESS_PATH}#${token}`;
}
