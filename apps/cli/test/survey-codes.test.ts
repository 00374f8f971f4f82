// `asskomm survey codes`: run as a real process against a PGlite data directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openPlatform, testConfig } from '@asskomm/core';
import { createWave } from '@asskomm/core/surveys/waves';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../../..');
const quiet = { info() {}, warn() {}, error() {} };
const ADMIN = {
  id: 0,
  email: 'cli@example.org',
  name: 'CLI',
  role: 'admin' as const,
  ags: null,
  assignedAgs: [],
};

describe('asskomm survey codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asskomm-cli-codes-'));
  const dataDir = join(dir, 'var');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ASSKOMM_DATA_DIR: dataDir,
    ASSKOMM_REFERENCE_DIR: '/nonexistent-reference-dir',
    ASSKOMM_SECRET: 'cli-test-secret-cli-test-secret-0123456789',
    ASSKOMM_PUBLIC_URL: 'https://sicherheit.example.org',
  };
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(REPO, 'apps/cli/bin/asskomm.mjs'), ...args], {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
  let waveId: number;

  beforeAll(async () => {
    const ctx = await openPlatform(
      testConfig({ ASSKOMM_DATA_DIR: dataDir, ASSKOMM_SECRET: env.ASSKOMM_SECRET }),
      {
        log: quiet,
        skipReference: true,
      },
    );
    waveId = (await createWave(ctx, ADMIN, { ags: '14999999', title: 'CLI-Welle' })).id;
    await ctx.database.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the codes with links to a CSV file readable only by the owner, and stores their hashes', async () => {
    const run = cli('survey', 'codes', '--wave', String(waveId), '--count', '5', '--out', 'codes.csv');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/5 Zugangscodes für Welle \d+ nach .*codes\.csv geschrieben/);
    const file = join(dir, 'codes.csv');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('zugangscode;link');
    expect(lines).toHaveLength(6);
    for (const line of lines.slice(1)) {
      const [code, link] = line.split(';');
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(link).toBe(`https://sicherheit.example.org/befragung?code=${code}`);
    }
    const ctx = await openPlatform(
      testConfig({ ASSKOMM_DATA_DIR: dataDir, ASSKOMM_SECRET: env.ASSKOMM_SECRET }),
      {
        log: quiet,
        skipReference: true,
      },
    );
    try {
      const rows = (await ctx.db.execute(
        `select code_hash, used from survey_access_codes where wave_id = ${waveId}`,
      )) as unknown as { rows: { code_hash: string; used: boolean }[] };
      expect(rows.rows).toHaveLength(5);
      expect(rows.rows.every((r) => /^[0-9a-f]{64}$/.test(r.code_hash) && !r.used)).toBe(true);
      const dump = JSON.stringify(rows.rows);
      for (const line of lines.slice(1)) expect(dump).not.toContain(line.split(';')[0]!.replace(/-/g, ''));
    } finally {
      await ctx.database.close();
    }
  });

  it('refuses to overwrite a file, a bad count and an unknown wave, with German messages', () => {
    writeFileSync(join(dir, 'exists.csv'), 'wichtig');
    const exists = cli('survey', 'codes', '--wave', String(waveId), '--count', '1', '--out', 'exists.csv');
    expect(exists.status).toBe(1);
    expect(exists.stderr).toMatch(/gibt es schon.*--force/);
    expect(readFileSync(join(dir, 'exists.csv'), 'utf8')).toBe('wichtig');
    const count = cli('survey', 'codes', '--wave', String(waveId), '--count', 'viele', '--out', 'x.csv');
    expect(count.status).not.toBe(0);
    expect(count.stderr).toMatch(/Die Anzahl ist eine ganze Zahl/);
    const unknown = cli('survey', 'codes', '--wave', '999', '--count', '1', '--out', 'y.csv');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Keine Befragungswelle mit der Nummer 999/);
  });
});
