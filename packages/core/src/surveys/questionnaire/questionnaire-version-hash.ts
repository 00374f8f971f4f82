/**
 * Version hash of a questionnaire: SHA-256 over a canonical JSON serialisation (object keys sorted, no
 * whitespace), so the same content always gives the same hash regardless of key order. Store the JSON and
 * its hash with a wave when fieldwork starts; answers are then interpreted against exactly that version.
 */
import { createHash } from 'node:crypto';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** `sha256:<64 hex digits>` of the canonical JSON. */
export function questionnaireVersionHash(json: unknown): string {
  return `sha256:${createHash('sha256').update(canonical(json), 'utf8').digest('hex')}`;
}
