// A prepared, empty PGlite cluster with the platform's schema, made once after `npm install` (issue 9).
// PGlite's initdb takes several seconds of WebAssembly work on every new data directory; a new data
// directory is instead unpacked from this template (PGlite's `loadDataDir`, from `dumpDataDir`), which is
// what makes the first `npm start` fast. The template holds no data: only the catalogue and the migrated,
// empty tables. Its name carries a hash of the PGlite version and the migrations, so a changed schema or
// PGlite never uses a stale template; without a matching one, PGlite runs initdb as before.
// Plain JavaScript so the postinstall build (apps/cli/build/build.mjs) can run it without compiling.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIGRATIONS = join(PACKAGE_DIR, 'migrations');
const CACHE = join(PACKAGE_DIR, '.cache');

/** The template's file for the installed PGlite and the current migrations. */
export function pgliteTemplateFile() {
  const hash = createHash('sha256');
  // PGlite's package.json is not among its exports; it is read from the workspace's node_modules.
  const pglite = join(PACKAGE_DIR, '..', '..', 'node_modules', '@electric-sql', 'pglite', 'package.json');
  hash.update(JSON.parse(readFileSync(pglite, 'utf8')).version);
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(join(MIGRATIONS, file)));
  }
  hash.update(readFileSync(join(MIGRATIONS, 'meta', '_journal.json')));
  return join(CACHE, `pglite-template-${hash.digest('hex').slice(0, 16)}.tar.gz`);
}

/** Makes the template unless it exists (PGlite in memory, Drizzle's migrator, then a gzip'd dump). */
export async function ensurePgliteTemplate() {
  const file = pgliteTemplateFile();
  if (existsSync(file)) return file;
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = await PGlite.create();
  try {
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS });
    const dump = await client.dumpDataDir('gzip');
    mkdirSync(CACHE, { recursive: true });
    // Older templates go; another process's half-written file (.tmp) is left to it.
    const stale = readdirSync(CACHE).filter((f) => f.startsWith('pglite-template-') && f.endsWith('.tar.gz'));
    for (const old of stale) rmSync(join(CACHE, old), { force: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    renameSync(tmp, file);
    return file;
  } finally {
    await client.close();
  }
}
