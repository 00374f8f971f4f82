import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../scripts/openapi-document';

describe('docs/openapi.json', () => {
  it('is current (regenerate with npm run openapi)', async () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../docs/openapi.json'), 'utf8'),
    );
    expect(await openApiDocument()).toEqual(committed);
  });
});
