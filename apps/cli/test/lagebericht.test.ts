// `asskomm lagebericht`: the acceptance command run as a real process against a fresh PGlite data
// directory (demo data, no reference data), and the option checks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../../..');

describe('asskomm lagebericht', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asskomm-cli-bericht-'));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ASSKOMM_DATA_DIR: join(dir, 'var'),
    ASSKOMM_REFERENCE_DIR: '/nonexistent-reference-dir',
    ASSKOMM_SECRET: 'cli-test-secret-cli-test-secret-0123456789',
  };
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(REPO, 'apps/cli/bin/asskomm.mjs'), ...args], {
      env,
      encoding: 'utf8',
      timeout: 280_000,
    });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects a malformed AGS and an unknown format with a clear message', () => {
    const bad = cli('lagebericht', '--ags', '1462', '--out', join(dir, 'x.pdf'));
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('8-stelligen Gemeindeschlüssel');
    const fmt = cli('lagebericht', '--ags', 'demo', '--format', 'odt', '--out', join(dir, 'x.odt'));
    expect(fmt.status).not.toBe(0);
    expect(fmt.stderr).toMatch(/odt/);
  }, 300_000);

  it('writes the demo report as HTML with the nine sections', () => {
    const out = join(dir, 'bericht.html');
    const r = cli('lagebericht', '--ags', 'demo', '--format', 'html', '--out', out, '--date', '2026-12-02');
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Lagebericht Musterstadt (Demodaten)</h1>');
    expect(html.match(/<section id=/g)).toHaveLength(9);
    expect(html).toContain('Bürgerbefragung Sicherheit 2023');
  }, 300_000);
});
