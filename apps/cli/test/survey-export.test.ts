import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function asskomm(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['apps/cli/bin/asskomm.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ASSKOMM_REFERENCE_DIR: '/nonexistent-reference-dir', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('asskomm survey export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asskomm-export-'));
  const env = { ASSKOMM_DATA_DIR: join(dir, 'data') };

  it('writes the files of the Musterstadt demo wave into a directory, or one ZIP', async () => {
    const r = asskomm(['survey', 'export', '--wave', '1', '--format', 'r', '--out', join(dir, 'r')], env);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Exportiert: \d+ Antworten der Welle 1 \(R, mit Gewicht, Freitexte maskiert\)/);
    expect(existsSync(join(dir, 'r', 'befragung_14999999_1.R'))).toBe(true);
    expect(existsSync(join(dir, 'r', 'befragung_14999999_1.csv'))).toBe(true);

    const zipPath = join(dir, 'ablage', 'csv.zip');
    const z = asskomm(['survey', 'export', '--wave', '1', '--format', 'csv', '--out', zipPath], env);
    expect(z.code, z.err).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    expect(Object.keys(zip.files).sort()).toEqual([
      'befragung_14999999_1_codebuch.csv',
      'befragung_14999999_1_codes.csv',
      'befragung_14999999_1_labels.csv',
    ]);
  });

  it('refuses an unknown wave, a bad number and an unknown format', () => {
    const unknown = asskomm(['survey', 'export', '--wave', '99', '--format', 'csv', '--out', dir], env);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/Keine Befragung mit der Nummer 99/);
    const bad = asskomm(['survey', 'export', '--wave', 'x1', '--format', 'csv', '--out', dir], env);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/positive ganze Zahl/);
    const format = asskomm(['survey', 'export', '--wave', '1', '--format', 'sav', '--out', dir], env);
    expect(format.code).not.toBe(0);
    expect(format.err).toMatch(/sav/);
  });
});
