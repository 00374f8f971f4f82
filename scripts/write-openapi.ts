// Writes docs/openapi.json from the routes' schemas. Committed; a test checks it is current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocument } from './openapi-document';

writeFileSync(
  join(import.meta.dirname, '../docs/openapi.json'),
  `${JSON.stringify(await openApiDocument(), null, 2)}\n`,
);
console.log('docs/openapi.json geschrieben');
process.exit(0);
