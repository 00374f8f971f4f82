import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED_DATA, SHARED_DATA_DIR } from '../../../test/helpers/test-platform';

const ROOT = resolve(import.meta.dirname, '../../..');

function asskomm(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['apps/cli/bin/asskomm.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ASSKOMM_REFERENCE_DIR: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('asskomm CLI (foundation)', () => {
  it('prints its version and help', () => {
    expect(asskomm(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = asskomm(['--help']);
    for (const command of ['start', 'user', 'reference', 'backup', 'restore'])
      expect(help.out).toContain(command);
  });

  it('prepares a fresh data directory, adds an admin with a one-time password, and refuses bad input', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'asskomm-cli-')), 'neu');
    const added = asskomm(['user', 'add', '--role', 'admin', '--email', 'lpr@example.org'], {
      ASSKOMM_DATA_DIR: dir,
    });
    expect(added.code, added.err).toBe(0);
    expect(added.out).toMatch(/Einmalpasswort: \S{23}/);
    expect(existsSync(join(dir, 'pgdata'))).toBe(true);

    const again = asskomm(['user', 'add', '--role', 'admin', '--email', 'LPR@example.org'], {
      ASSKOMM_DATA_DIR: dir,
    });
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/existiert bereits/);
    const badRole = asskomm(['user', 'add', '--role', 'chef', '--email', 'x@example.org'], {
      ASSKOMM_DATA_DIR: dir,
    });
    expect(badRole.code).not.toBe(0);
    expect(badRole.err).toMatch(/chef/);
    const badEmail = asskomm(['user', 'add', '--role', 'kommune', '--email', 'kein-at'], {
      ASSKOMM_DATA_DIR: dir,
    });
    expect(badEmail.code).toBe(1);
    expect(badEmail.err).toMatch(/email: Bitte eine gültige E-Mail-Adresse angeben/);
    expect(badEmail.err).toMatch(/ags: Für die Rollen kommune und rat ist die AGS/);
  });

  it('stops on a bad setting, naming the variable', () => {
    const r = asskomm(['start'], {
      PORT: '99999',
      ASSKOMM_DATA_DIR: mkdtempSync(join(tmpdir(), 'asskomm-cli-')),
    });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/PORT="99999": muss zwischen 1 und 65535 liegen/);
  });

  it('backs up and restores through the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asskomm-cli-'));
    const file = join(dir, 'sicherung.json.gz');
    expect(
      asskomm(['user', 'add', '--role', 'coach', '--email', 'c@example.org'], {
        ASSKOMM_DATA_DIR: join(dir, 'a'),
      }).code,
    ).toBe(0);
    const backup = asskomm(['backup', file], { ASSKOMM_DATA_DIR: join(dir, 'a') });
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/Gesichert: \d+ Zeilen/);
    const restore = asskomm(['restore', file], { ASSKOMM_DATA_DIR: join(dir, 'b') });
    expect(restore.code, restore.err).toBe(0);
    // The restored account exists: adding it again is refused.
    const dup = asskomm(['user', 'add', '--role', 'coach', '--email', 'c@example.org'], {
      ASSKOMM_DATA_DIR: join(dir, 'b'),
    });
    expect(dup.err).toMatch(/existiert bereits/);
    const missing = asskomm(['restore', join(dir, 'gibt-es-nicht.json.gz')], {
      ASSKOMM_DATA_DIR: join(dir, 'b'),
    });
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nicht lesbar/);
  });

  it('reports a reference directory without the expected files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asskomm-cli-'));
    const r = asskomm(['reference', 'load', dir], { ASSKOMM_DATA_DIR: join(dir, 'var') });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Referenzdatei sachsen_kreise_gv100ad_2025-11-30.csv fehlt/);
  });

  it.skipIf(!HAS_SHARED_DATA)('loads the reference data from a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asskomm-cli-'));
    const r = asskomm(['reference', 'load', SHARED_DATA_DIR], { ASSKOMM_DATA_DIR: join(dir, 'var') });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/418 Gemeinden, 13 Kreise/);
  });
});
