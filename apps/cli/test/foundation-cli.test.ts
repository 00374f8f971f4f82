// The `asskomm` command run as a user runs it: a child process. All tests share one prepared PGlite data
// directory (preparing one costs migrations, reference data and demo seeding), so they run in order.
// Every call opens the embedded database (seconds of CPU), so on a loaded machine a test with several
// calls outlasts the default per-test timeout; the limit here only guards against a hang (each call has
// its own 600 s limit). How fast the CLI is, is measured by `npm run bench -- startup`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '../../../test/helpers/test-platform';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'asskomm-cli-'));
const dataDir = join(work, 'var');

function asskomm(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['apps/cli/bin/asskomm.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ASSKOMM_REFERENCE_DIR: '', ASSKOMM_DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('asskomm CLI (foundation)', { timeout: 900_000 }, () => {
  it('prints its version and help', () => {
    expect(asskomm(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = asskomm(['--help']);
    for (const command of ['start', 'user', 'reference', 'backup', 'restore', 'survey', 'analyse', 'pks'])
      expect(help.out).toContain(command);
    const sub = asskomm(['user', 'add', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.out).toMatch(/--role <rolle>.*admin/s);
    expect(existsSync(dataDir), 'help must not prepare a data directory').toBe(false);
  });

  it('prepares a fresh data directory with the shipped reference data, adds an admin with a one-time password, and refuses bad input', () => {
    const added = asskomm(['user', 'add', '--role', 'admin', '--email', 'lpr@example.org']);
    expect(added.code, added.err).toBe(0);
    expect(added.out).toMatch(/Einmalpasswort: \S{23}/);
    expect(added.err).toMatch(/Referenzdaten geladen aus .*data\/reference: 418 Gemeinden, 13 Kreise/);
    expect(existsSync(join(dataDir, 'pgdata'))).toBe(true);

    const again = asskomm(['user', 'add', '--role', 'admin', '--email', 'LPR@example.org']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/existiert bereits/);
    const badRole = asskomm(['user', 'add', '--role', 'chef', '--email', 'x@example.org']);
    expect(badRole.code).not.toBe(0);
    expect(badRole.err).toMatch(/chef/);
    const badEmail = asskomm(['user', 'add', '--role', 'kommune', '--email', 'kein-at']);
    expect(badEmail.code).toBe(1);
    expect(badEmail.err).toMatch(/email: Bitte eine gültige E-Mail-Adresse angeben/);
    expect(badEmail.err).toMatch(/ags: Für die Rollen kommune und rat ist die AGS/);
  });

  it('stops on a bad setting, naming the variable', () => {
    const r = asskomm(['start'], { PORT: '99999' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/PORT="99999": muss zwischen 1 und 65535 liegen/);
  });

  it('backs up and restores through the command line', () => {
    const file = join(work, 'sicherung.json.gz');
    expect(asskomm(['user', 'add', '--role', 'coach', '--email', 'c@example.org']).code).toBe(0);
    const backup = asskomm(['backup', file]);
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/Gesichert: \d+ Zeilen/);
    // An account added after the backup is gone after the restore; the one before it is back.
    expect(asskomm(['user', 'add', '--role', 'coach', '--email', 'spaeter@example.org']).code).toBe(0);
    const restore = asskomm(['restore', file]);
    expect(restore.code, restore.err).toBe(0);
    expect(restore.out).toMatch(/Wiederhergestellt: \d+ Zeilen/);
    expect(asskomm(['user', 'add', '--role', 'coach', '--email', 'c@example.org']).err).toMatch(
      /existiert bereits/,
    );
    const later = asskomm(['user', 'add', '--role', 'coach', '--email', 'spaeter@example.org']);
    expect(later.code, later.err).toBe(0);
    const missing = asskomm(['restore', join(work, 'gibt-es-nicht.json.gz')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nicht lesbar/);
  });

  it('reports a reference directory without the expected files', () => {
    const r = asskomm(['reference', 'load', mkdtempSync(join(tmpdir(), 'asskomm-leer-'))]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Referenzdatei sachsen_kreise_gv100ad_2025-11-30.csv fehlt/);
  });

  it('loads the reference data from a directory', () => {
    const r = asskomm(['reference', 'load', REFERENCE_DIR]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/418 Gemeinden, 13 Kreise/);
  });
});
