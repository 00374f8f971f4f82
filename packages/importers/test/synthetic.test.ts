import { describe, expect, it } from 'vitest';
import {
  binomial,
  columnsToRows,
  generateGemeindePksCsv,
  generateMusterstadtPks,
  MAIN_OFFENCE_KEYS,
  mulberry32,
  parseGemeindeCsv,
  poisson,
  rowsToColumns,
} from '../src/index';
import { checkFacts } from '../src/pks/check-facts';
import { IssueCollector } from '../src/pks/issues';

const moments = (xs: number[]) => {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return { mean: m, variance: xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1) };
};

describe('seeded randomness', () => {
  it('mulberry32 is reproducible and uniform on [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 50_000 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs.slice(0, 5));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(moments(xs).mean).toBeCloseTo(0.5, 2);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it.each([0.7, 4, 29, 30, 250, 5000])('poisson(%d) has mean = variance = λ', (lambda) => {
    const rng = mulberry32(7);
    const { mean, variance } = moments(Array.from({ length: 40_000 }, () => poisson(rng, lambda)));
    // 40,000 draws: standard error of the mean is sqrt(λ/40000); allow 5 of them.
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / 40_000));
    expect(variance / lambda).toBeGreaterThan(0.95);
    expect(variance / lambda).toBeLessThan(1.05);
  });

  it('binomial has mean n·p and never exceeds n', () => {
    const rng = mulberry32(9);
    const xs = Array.from({ length: 20_000 }, () => binomial(rng, 40, 0.3));
    expect(moments(xs).mean).toBeCloseTo(12, 0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(40);
  });
});

describe('Musterstadt (Demodaten)', () => {
  const demo = generateMusterstadtPks({ seed: 2026 });

  it('is reproducible and covers 2015–2025, the main keys, municipality and district', () => {
    expect(generateMusterstadtPks({ seed: 2026 })).toEqual(demo);
    expect(generateMusterstadtPks({ seed: 1 }).facts).not.toEqual(demo.facts);
    expect(demo).toMatchObject({ name: 'Musterstadt (Demodaten)', ags: '14999999', districtAgs: '14999' });
    const town = demo.facts.filter((f) => f.ags === '14999999');
    expect(new Set(town.map((f) => f.year))).toEqual(new Set(Array.from({ length: 11 }, (_, i) => 2015 + i)));
    for (const k of MAIN_OFFENCE_KEYS) expect(town.some((f) => f.key === k)).toBe(true);
    expect(demo.population.map((p) => p.date).slice(0, 2)).toEqual(['2014-12-31', '2014-12-31']);
  });

  it('passes the importer checks: no errors, no sub-key above its parent, plausible HZ', () => {
    for (const ags of ['14999999', '14999']) {
      const rows = demo.facts.filter((f) => f.ags === ags);
      const issues = new IssueCollector();
      checkFacts(
        rowsToColumns(rows),
        { ags: 'ags', key: 'schluessel', cases: 'faelle', cleared: 'aufgeklaert', suspects: 'tv' },
        issues,
      );
      const fin = issues.finish();
      expect(fin.errors).toEqual([]);
      expect(fin.warnings).toEqual([]);
    }
    const total2023 = demo.facts.find((f) => f.ags === '14999999' && f.year === 2023 && f.key === '------');
    const pop2022 = demo.population.find((p) => p.ags === '14999999' && p.date === '2022-12-31');
    const hz = ((total2023?.cases ?? 0) / (pop2022?.population ?? 1)) * 1e5;
    expect(hz).toBeGreaterThan(3000);
    expect(hz).toBeLessThan(8000);
  });
});

describe('synthetic municipality table for the benchmark', () => {
  it('is valid, exact in size and reproducible', () => {
    const a = generateGemeindePksCsv({ rows: 10_000, seed: 3 });
    expect(generateGemeindePksCsv({ rows: 10_000, seed: 3 })).toEqual(a);
    const r = parseGemeindeCsv(a);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.meta.rowCount).toBe(10_000);
    expect(columnsToRows(r.columns, 0, 1)[0]).toMatchObject({ ags: '14511001', year: 2015, key: '------' });
  });

  // How fast is measured by npm run bench -- pks (with a baseline in the same run), not here: a time
  // budget in a unit test fails on a loaded machine.
  it('parses 1,000,000 rows without errors', () => {
    const bytes = generateGemeindePksCsv({ rows: 1_000_000, seed: 42 });
    const r = parseGemeindeCsv(bytes);
    expect(r.errors).toEqual([]);
    expect(r.meta.rowCount).toBe(1_000_000);
  });
});
