// CI runs only the files of test/database-tests.ts on PostgreSQL. This keeps that list complete: a test
// file that opens a database or platform (itself or through a test helper it imports) must be sorted
// into DATABASE_TESTS or PGLITE_ONLY_TESTS, and one that uses the database under test must be in
// DATABASE_TESTS. Browser tests run on PGlite only (npm run test:browser) and are not checked here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_TESTS, PGLITE_ONLY_TESTS } from './database-tests';
import { REPO_ROOT } from './helpers/test-platform';

/** Uses the database under test: PGlite, or PostgreSQL when DATABASE_URL is set. */
const USES_TEST_DATABASE =
  /\b(createTestPlatform|createTestDatabase|TEST_DATABASE_URL)\b|process\.env\.DATABASE_URL|process\.env\[['"]DATABASE_URL/;
/** Opens some database: directly, through the platform, or in a CLI or server child process. */
const OPENS_A_DATABASE = /\b(createDb|openPlatform|startServerProcess)\b|asskomm\.mjs|@electric-sql\/pglite/;
/** The files that define or name the markers above: importing them (e.g. for REPO_ROOT) opens nothing. */
const DEFINING_HELPERS = new Set([
  'test/helpers/test-platform.ts',
  'test/helpers/server-process.ts',
  'test/database-tests.ts',
]);
const THIS_FILE = 'test/database-tests.test.ts';

function testFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(REPO_ROOT, path)] : [];
  });
}

function allTestFiles(): string[] {
  const workspaces = ['apps', 'packages'].flatMap((group) =>
    readdirSync(join(REPO_ROOT, group)).map((name) => join(REPO_ROOT, group, name, 'test')),
  );
  return [...workspaces, join(REPO_ROOT, 'test')]
    .flatMap(testFiles)
    .filter((file) => !file.startsWith('test/browser/') && file !== THIS_FILE)
    .sort();
}

/** The file's source and that of the test helpers it imports by relative path, transitively. */
function sourceWithHelpers(file: string, seen = new Set<string>()): string {
  seen.add(file);
  const source = readFileSync(join(REPO_ROOT, file), 'utf8');
  let text = source;
  for (const [, specifier] of source.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = resolve(REPO_ROOT, dirname(file), specifier!);
    const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
      (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
    );
    if (!target) continue;
    const helper = relative(REPO_ROOT, target);
    // Only test code counts: the sources under test open databases by design.
    if (!/(^|\/)test\//.test(helper) || DEFINING_HELPERS.has(helper) || seen.has(helper)) continue;
    text += `\n${sourceWithHelpers(helper, seen)}`;
  }
  return text;
}

describe('the database test set (test/database-tests.ts)', () => {
  const files = allTestFiles();

  it('lists only existing test files, each once', () => {
    const listed = [...DATABASE_TESTS, ...Object.keys(PGLITE_ONLY_TESTS)];
    expect(listed.filter((file) => !files.includes(file))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('holds every test file that uses the database under test', () => {
    const missing = files.filter(
      (file) => USES_TEST_DATABASE.test(sourceWithHelpers(file)) && !DATABASE_TESTS.includes(file),
    );
    expect(missing, 'add these to DATABASE_TESTS in test/database-tests.ts').toEqual([]);
  });

  it('sorts every other test file that opens a database into one of the two lists', () => {
    const unsorted = files.filter(
      (file) =>
        OPENS_A_DATABASE.test(sourceWithHelpers(file)) &&
        !DATABASE_TESTS.includes(file) &&
        !(file in PGLITE_ONLY_TESTS),
    );
    expect(unsorted, 'add these to DATABASE_TESTS or PGLITE_ONLY_TESTS in test/database-tests.ts').toEqual(
      [],
    );
  });
});
