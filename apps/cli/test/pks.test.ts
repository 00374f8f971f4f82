// `asskomm pks import` and `asskomm pks profile`, run as a user runs them: a child process on a fresh
// PGlite data directory (ASSKOMM_DATA_DIR in a temp dir, DATABASE_URL empty), real reference data.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR, REPO_ROOT } from '../../../test/helpers/test-platform';

const dataDir = mkdtempSync(join(tmpdir(), 'asskomm-pks-cli-'));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['apps/cli/bin/asskomm.mjs', ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ASSKOMM_DATA_DIR: dataDir,
      ASSKOMM_REFERENCE_DIR: REFERENCE_DIR,
      DATABASE_URL: '',
    },
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function write(name: string, text: string): string {
  const file = join(dataDir, name);
  writeFileSync(file, text);
  return file;
}

// Each call opens the embedded database; the limits guard against a hang, they are no speed goal (the
// first call also prepares the data directory, minutes on a heavily loaded machine).
describe('asskomm pks (CLI, PGlite)', { timeout: 900_000 }, () => {
  it('prints the profile of Saxony in the documented JSON shape', () => {
    const run = cli('pks', 'profile', '--ags', '14', '--keys', '------,435*00', '--json');
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['ags', 'name', 'series']);
    expect(json).toMatchObject({ ags: '14', name: 'Sachsen' });
    for (const entry of json.series)
      expect(Object.keys(entry)).toEqual([
        'key',
        'year',
        'cases',
        'population',
        'hz',
        'hz_ci_low',
        'hz_ci_high',
        'clearance_rate',
        'change_vs_previous',
      ]);
    const total = json.series.filter((e: { key: string }) => e.key === '------');
    expect(total.map((e: { year: number; cases: number }) => [e.year, e.cases])).toEqual([
      [2020, 272_053],
      [2022, 266_609],
    ]);
    // 2021 is missing: 2022 is compared with 2020, the last earlier year present (issue 9).
    expect(total[0].change_vs_previous).toBeNull();
    expect(total[1].change_vs_previous.rate_ratio).toBeCloseTo(
      266_609 / total[1].population / (272_053 / total[0].population),
      10,
    );
    expect(total[0].hz_ci_low).toBeLessThan(total[0].hz);
    expect(total[0].hz_ci_high).toBeGreaterThan(total[0].hz);
    expect(Math.abs(total[0].hz - (272_053 / total[0].population) * 1e5)).toBeLessThan(1e-9);
  });

  it('prints the demo town with changes as JSON and as a German table', () => {
    const json = JSON.parse(cli('pks', 'profile', '--ags', '14999999', '--keys', '------', '--json').stdout);
    expect(json.name).toBe('Musterstadt (Demodaten)');
    expect(json.series).toHaveLength(11);
    expect(json.series[0].change_vs_previous).toBeNull();
    expect(Object.keys(json.series[1].change_vs_previous)).toEqual([
      'rate_ratio',
      'ci_low',
      'ci_high',
      'p_value',
    ]);
    const text = cli('pks', 'profile', '--ags', '14999999', '--keys', '------,730000');
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('Kriminalitätsprofil: Musterstadt (Demodaten)');
    expect(text.stdout).toMatch(/Jahr\s+Fälle\s+Einwohner\s+HZ/);
    expect(text.stdout).toContain('Cannabisgesetz');
    expect(text.stdout).toContain('Quelle: Bundeskriminalamt');
    const bad = cli('pks', 'profile', '--ags', '1234');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('8 Ziffern');
  });

  it('checks a BKA table with --dry-run and re-imports it, replacing the same year', () => {
    const file = join(REFERENCE_DIR, 'pks_bka_kr-f-01-t01_kreise_sachsen_2022_originalformat.csv');
    const dry = cli('pks', 'import', file, '--dry-run');
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('nichts gespeichert');
    expect(dry.stdout).toContain('Straftaten insgesamt 2022: 266.609 Fälle');
    expect(dry.stdout).toContain('Ein Import ersetzt 533 Zeilen');
    const real = cli('pks', 'import', file, '--format', 'bka-kreise');
    expect(real.status, real.stderr).toBe(0);
    expect(real.stdout).toContain('Ersetzt: 533 Zeilen');
  });

  it('rejects a broken file, listing line, column and value, with exit code 1', () => {
    const file = write(
      'kaputt.csv',
      'ags;jahr;schluessel;erfasste_faelle\n14625020;2024;------;-5\n14625020;2024;99x000;3\n',
    );
    const run = cli('pks', 'import', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Zeile 2, Spalte „erfasste_faelle“, Wert „-5“');
    expect(run.stderr).toContain('Zeile 3, Spalte „schluessel“');
    expect(run.stderr).toContain('nichts gespeichert');
    const profile = JSON.parse(
      cli('pks', 'profile', '--ags', '14625020', '--keys', '------', '--json').stdout,
    );
    expect(profile.series).toEqual([]);
  });

  it('imports a large municipality table with a progress display and a summary', () => {
    const agsList = readFileSync(join(REFERENCE_DIR, 'sachsen_gemeinden_gv100ad_2025-11-30.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!)
      .filter((ags) => /^\d{8}$/.test(ags));
    const keys = ['------', '****00', '435*00', '674000', '730000', '892000', '899000', '222000', '224000'];
    const lines = ['ags;jahr;schluessel;erfasste_faelle;versuche;aufgeklaerte_faelle;tatverdaechtige'];
    for (const ags of agsList)
      for (let year = 2015; year <= 2024; year++)
        for (const [i, key] of keys.entries())
          lines.push(`${ags};${year};${key};${i === 0 ? 900 : i === 1 ? 300 : 40 - i};1;20;10`);
    const file = write('gemeinden.csv', `${lines.join('\n')}\n`);
    const run = cli('pks', 'import', file, '--source', 'LKA-Testlieferung');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Prüfen: 100 %');
    expect(run.stdout).toContain(
      `Zeilen:       ${(agsList.length * 10 * keys.length).toLocaleString('de-DE')}`,
    );
    expect(run.stdout).toContain('Quelle:       LKA-Testlieferung');
    expect(run.stdout).toMatch(/Durchsatz: [\d.]+ Zeilen\/s/);
    const profile = JSON.parse(
      cli('pks', 'profile', '--ags', '14625020', '--keys', '------', '--json').stdout,
    );
    expect(profile.series.map((e: { year: number }) => e.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    // GV100AD gives the population of 31.12.2024 only: no denominator for these years.
    expect(profile.series[0].hz).toBeNull();
  });
});
