import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb, DataDirLockedError, DataDirUnwritableError } from '../src/index';

const ROOT = join(import.meta.dirname, '../../..');

describe('PGlite data directory', () => {
  it('creates missing parent folders and keeps data across reopen', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'asskomm-lock-')), 'a', 'b');
    const first = await createDb({ kind: 'pglite', dataDir: dir });
    await first.db.execute(sql`insert into settings (key, value) values ('probe', 'eins')`);
    await first.close();
    const second = await createDb({ kind: 'pglite', dataDir: dir });
    const result = await second.db.execute(sql`select value from settings where key = 'probe'`);
    expect((result as unknown as { rows: { value: string }[] }).rows[0]?.value).toBe('eins');
    await second.close();
  });

  it('refuses a second process with a clear message and leaves the directory intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asskomm-lock-'));
    const holder = await createDb({ kind: 'pglite', dataDir: dir });
    await holder.db.execute(sql`insert into settings (key, value) values ('probe', 'vorher')`);
    const other = spawnSync(
      process.execPath,
      ['apps/cli/bin/asskomm.mjs', 'backup', join(dir, 'x.json.gz')],
      {
        cwd: ROOT,
        env: { ...process.env, ASSKOMM_DATA_DIR: dir, DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/wird bereits von Prozess \d+ verwendet/);
    expect(other.stderr).toMatch(/is in use by process/);
    // The holder still works, and its data are unchanged.
    await holder.db.execute(sql`update settings set value = 'nachher' where key = 'probe'`);
    await holder.close();
    const reopened = await createDb({ kind: 'pglite', dataDir: dir });
    const result = await reopened.db.execute(sql`select value from settings where key = 'probe'`);
    expect((result as unknown as { rows: { value: string }[] }).rows[0]?.value).toBe('nachher');
    await reopened.close();
  });

  it('refuses a second opener in the same process too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asskomm-lock-'));
    const holder = await createDb({ kind: 'pglite', dataDir: dir });
    await expect(createDb({ kind: 'pglite', dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    await holder.close();
  });

  it('takes over a stale lock left by a dead process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asskomm-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(
      join(dir, 'asskomm.lock'),
      `${(await import('node:os')).hostname()}:${dead.stdout.trim()}\n`,
    );
    const db = await createDb({ kind: 'pglite', dataDir: dir });
    await db.close();
    expect(existsSync(join(dir, 'asskomm.lock'))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unwritable directory', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'asskomm-ro-'));
    chmodSync(parent, 0o500);
    await expect(createDb({ kind: 'pglite', dataDir: join(parent, 'db') })).rejects.toBeInstanceOf(
      DataDirUnwritableError,
    );
  });

  it('reports a data directory path that is a file', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'asskomm-file-'));
    writeFileSync(join(parent, 'datei'), 'kein Verzeichnis');
    const error = await createDb({ kind: 'pglite', dataDir: join(parent, 'datei') }).catch((e) => e);
    expect(error).toBeInstanceOf(DataDirUnwritableError);
    expect(String(error.message)).toMatch(/nicht beschreibbar/);
    expect(readdirSync(parent)).toEqual(['datei']);
  });
});
