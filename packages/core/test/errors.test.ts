import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES } from '../src/errors';

const doc = readFileSync(join(import.meta.dirname, '../../../docs/errors.md'), 'utf8');
const documented = new Map(
  [...doc.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1]!, Number(m[2])]),
);

describe('error registry', () => {
  it('documents every code with its status in docs/errors.md, and no stale ones', () => {
    for (const [code, entry] of Object.entries(ERROR_CODES))
      expect(documented.get(code), code).toBe(entry.status);
    expect([...documented.keys()].filter((code) => !(code in ERROR_CODES))).toEqual([]);
  });

  it('keeps internal detail out of the JSON sent to clients', () => {
    const e = new AppError('INTERNAL', { internal: 'SELECT secret FROM x failed' });
    expect(JSON.stringify(e.toJSON())).not.toContain('secret');
    expect(e.message).toContain('secret');
  });
});
