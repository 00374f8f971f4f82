// Behaviour that R reports as errors or that the issue asks for beyond R: clear errors, no mutation,
// small cells, Kish effect, Wilson intervals, trimming.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  factorCodes,
  flagSmallCells,
  kishEffect,
  postStratify,
  rake,
  svyBy,
  svyDesign,
  svyDomain,
  svyDomainsBy,
  svyMean,
  svyProportion,
  svyTotal,
  trimWeights,
  wilsonInterval,
} from '../src/index';
import { col, num, readCsv } from './helpers/csv';

const t = readCsv(path.join(import.meta.dirname, 'fixtures', 'municipal.csv'));
const w = num(t, 'w');
const base = () =>
  svyDesign({ strata: col(t, 'district'), clusters: col(t, 'segment'), weights: w, fpc: num(t, 'N_seg') });
const codes = (name: string) => factorCodes(col(t, name));
const margin = (name: string, population: Record<string, number>) => {
  const f = codes(name);
  return { name, codes: f.codes, levels: f.levels, population };
};
const ages = { '16-24': 5720, '25-34': 7280, '35-44': 7800, '45-59': 13000, '60-74': 10920, '75+': 7280 };
const sexes = { m: 24960, w: 27040 };

describe('svyDesign', () => {
  it('stops at a stratum with a single PSU, as R (survey.lonely.psu = "fail")', () => {
    expect(() =>
      svyDesign({
        strata: col(t, 'district_l'),
        clusters: col(t, 'segment'),
        weights: w,
        fpc: num(t, 'N_seg_l'),
      }),
    ).toThrow(/^svyDesign requires at least two PSUs in every stratum: stratum "Zentrum" has one/);
  });
  it('accepts a single PSU in a certainty stratum (fpc = 1 PSU)', () => {
    const d = svyDesign({
      strata: col(t, 'district_c'),
      clusters: col(t, 'segment'),
      weights: w,
      fpc: num(t, 'N_seg_c'),
    });
    expect(d.degf).toBe(23);
  });
  it('rejects negative, zero and missing weights, naming the row', () => {
    const bad = Float64Array.from(w);
    bad[4] = -2;
    expect(() => svyDesign({ weights: bad })).toThrow(
      /^svyDesign requires positive finite weights: row 5 has -2/,
    );
    bad[4] = Number.NaN;
    expect(() => svyDesign({ weights: bad })).toThrow(/row 5 has NaN/);
  });
  it('rejects clusters that cross strata unless nest is set', () => {
    expect(() =>
      svyDesign({ strata: col(t, 'district'), clusters: col(t, 'seg_local'), weights: w }),
    ).toThrow(/^svyDesign requires clusters nested in strata/);
    expect(
      svyDesign({ strata: col(t, 'district'), clusters: col(t, 'seg_local'), weights: w, nest: true }).nPsu,
    ).toBe(28);
  });
  it('rejects fpc that varies within a stratum or implies more than 100 % sampling', () => {
    const fpc = num(t, 'N_seg');
    fpc[0] = 41;
    expect(() =>
      svyDesign({ strata: col(t, 'district'), clusters: col(t, 'segment'), weights: w, fpc }),
    ).toThrow(/^svyDesign requires one fpc value per stratum: stratum "Nord"/);
    expect(() =>
      svyDesign({
        strata: col(t, 'district'),
        clusters: col(t, 'segment'),
        weights: w,
        fpc: new Float64Array(w.length).fill(3),
      }),
    ).toThrow(/^svyDesign requires fpc of at most 100 % sampling/);
  });
  it('reads fpc = 1 in every row as a census (variance 0), and names rows when sizes and fractions mix', () => {
    const census = svyDesign({
      strata: col(t, 'district'),
      clusters: col(t, 'segment'),
      weights: w,
      fpc: new Float64Array(w.length).fill(1),
    });
    const e = svyMean(census, num(t, 'fear'));
    expect(e.se).toBe(0);
    expect(Number.isFinite(e.estimate)).toBe(true);
    const mixed = new Float64Array(w.length).fill(0.5);
    mixed[3] = 40;
    expect(() => svyDesign({ strata: col(t, 'district'), weights: w, fpc: mixed })).toThrow(
      /all population sizes \(>= 1\) or all sampling fractions \(<= 1\): row 4 has 40, row 1 has 0.5/,
    );
  });
  it('never changes its inputs', () => {
    const weights = Object.freeze(Array.from(w));
    const strata = Object.freeze(col(t, 'district').slice());
    const d = svyDesign({ weights, strata, clusters: Object.freeze(col(t, 'segment').slice()) });
    const r = rake(d, [margin('age', ages), margin('sex', sexes)]);
    svyMean(r, Object.freeze(Array.from(num(t, 'fear'))));
    expect(Array.from(d.weights)).toEqual(Array.from(w));
    expect(r.weights).not.toBe(d.weights);
  });
});

describe('postStratify and rake', () => {
  it('report a sample level without population count', () => {
    expect(() => postStratify(base(), margin('sex', { m: 24960 }))).toThrow(
      /^postStratify requires a positive population count for every level in the sample: "sex" level "w" has none/,
    );
  });
  it('report a population level without respondents (empty cell)', () => {
    expect(() =>
      rake(base(), [margin('sex', { ...sexes, d: 10 }), margin('age', { ...ages, '16-24': 5730 })]),
    ).toThrow(
      /^rake requires every population level to occur in the sample: "sex" level "d" \(population 10\) has no respondents/,
    );
  });
  it('report a row without a value of the calibration variable', () => {
    const f = codes('sex');
    const c = Int32Array.from(f.codes);
    c[9] = -1;
    expect(() =>
      postStratify(base(), { name: 'sex', codes: c, levels: f.levels, population: sexes }),
    ).toThrow(/^postStratify requires a value of "sex" in every row: row 10 is missing/);
  });
  it('report margins whose totals differ', () => {
    expect(() => rake(base(), [margin('age', ages), margin('sex', { m: 24960, w: 27000 })])).toThrow(
      /^rake requires population margins with equal totals/,
    );
  });
  it('report non-convergence', () => {
    expect(() =>
      rake(
        base(),
        [
          margin('age', ages),
          margin('sex', sexes),
          margin('edu', { niedrig: 15600, mittel: 23400, hoch: 13000 }),
        ],
        { maxIter: 2, epsilon: 1e-12 },
      ),
    ).toThrow(/^rake requires convergence within 2 passes/);
  });
  it('hit the population margins', () => {
    const r = rake(base(), [margin('age', ages), margin('sex', sexes)]);
    const total = svyTotal(
      r,
      Float64Array.from(codes('sex').codes, (c) => (c === 1 ? 1 : 0)),
    );
    expect(total.estimate).toBeCloseTo(27040, 6);
    expect(total.se).toBeLessThan(1e-6);
  });
});

describe('estimates', () => {
  const d = rake(base(), [margin('age', ages), margin('sex', sexes)]);
  const fear = num(t, 'fear');
  it('carry the unweighted n, the Kish effect and n_eff of the answering rows', () => {
    const e = svyMean(d, fear);
    const answered = Array.from(fear.keys()).filter((i) => !Number.isNaN(fear[i] as number));
    const k = kishEffect(d.weights, answered);
    expect(e.n).toBe(answered.length);
    expect(e.kishEffect).toBeCloseTo(k.effect, 12);
    expect(e.nEff).toBeCloseTo(k.nEff, 9);
    expect(e.nEff).toBeLessThan(e.n);
  });
  it('treat null and undefined in an item array as missing answers, never as 0', () => {
    const withNull: (number | null | undefined)[] = Array.from(fear, (v) => (Number.isNaN(v) ? null : v));
    withNull[1] = undefined;
    const asNaN = Float64Array.from(withNull, (v) => (v === null || v === undefined ? Number.NaN : v));
    const a = svyMean(d, withNull as ArrayLike<number>);
    const b = svyMean(d, asNaN);
    expect(a.n).toBe(b.n);
    expect(a.estimate).toBe(b.estimate);
    expect(a.se).toBe(b.se);
    expect(svyTotal(d, withNull as ArrayLike<number>).estimate).toBe(svyTotal(d, asNaN).estimate);
  });
  it('flag and optionally suppress small cells', () => {
    const age = codes('age');
    const domains = svyDomainsBy(d, age.codes, age.levels, 'age');
    const young = domains[0];
    if (!young) throw new Error('no domain');
    const flagged = svyMean(d, fear, { domain: young, minN: 100 });
    expect(flagged.small).toBe(true);
    expect(Number.isFinite(flagged.estimate)).toBe(true);
    const suppressed = svyMean(d, fear, { domain: young, minN: 100, suppress: true });
    expect(suppressed.suppressed).toBe(true);
    expect(Number.isNaN(suppressed.estimate)).toBe(true);
    expect(suppressed.n).toBe(flagged.n);
    const [again] = flagSmallCells([flagged], 10);
    expect(again?.small).toBe(false);
  });
  it('restrict to a domain like R subset (same as a mask-built domain)', () => {
    const sex = codes('sex');
    const [, women] = svyDomainsBy(d, sex.codes, sex.levels, 'sex');
    const mask = svyDomain(
      d,
      Array.from(sex.codes, (c) => c === 1),
    );
    expect(women?.degf).toBe(mask.degf);
    expect(svyMean(d, fear, { domain: women }).se).toBe(svyMean(d, fear, { domain: mask }).se);
  });
  it('offer Wilson intervals for proportions', () => {
    const fearCodes = codes('fear');
    const hi = [fearCodes.levels.indexOf('3'), fearCodes.levels.indexOf('4')];
    const logit = svyProportion(d, fearCodes.codes, hi);
    const wilson = svyProportion(d, fearCodes.codes, hi, { ciMethod: 'wilson' });
    expect(wilson.estimate).toBe(logit.estimate);
    expect(wilson.ciMethod).toBe('wilson');
    expect(Math.abs(wilson.ciLow - logit.ciLow)).toBeLessThan(0.01);
    // textbook Wilson: p = 0.1, n = 100, z-like quantile from df = Infinity
    const [lo, hiB] = wilsonInterval(0.1, Math.sqrt(0.09 / 100), Number.POSITIVE_INFINITY);
    expect(lo).toBeCloseTo(0.05522914, 7);
    expect(hiB).toBeCloseTo(0.17436566, 7);
  });
  it('give the same proportion for factor codes as for the same answers as numbers, in domains too', () => {
    const fearCodes = codes('fear');
    const asNumbers = Float64Array.from(fearCodes.codes, (c) => (c < 0 ? Number.NaN : c));
    const [, women] = svyDomainsBy(d, codes('sex').codes, codes('sex').levels, 'sex');
    // in range, duplicated, beyond the levels, far beyond (no table), negative and fractional values
    for (const values of [[1], [0, 2, 2], [2, 70], [3, 1e6], [-1, 1.5, 1]]) {
      for (const domain of [undefined, women]) {
        const a = svyProportion(d, fearCodes.codes, values, { domain });
        const b = svyProportion(d, asNumbers, values, { domain });
        expect(a.n, String(values)).toBe(b.n);
        expect(a.estimate, String(values)).toBe(b.estimate);
        expect(a.se, String(values)).toBe(b.se);
      }
    }
  });
  it('svyBy gives what the single estimators give for the sample (to rounding) and each domain (bit for bit)', () => {
    const fearCodes = codes('fear');
    const age = codes('age');
    const byAge = svyDomainsBy(d, age.codes, age.levels, 'age');
    const sex = codes('sex');
    // overlapping domains (age groups and women) take the one-pass-per-domain route
    const overlapping = [...byAge, ...svyDomainsBy(d, sex.codes, sex.levels, 'sex').slice(1)];
    const cases = [
      { y: fear, what: { statistic: 'mean' } as const, one: (o: object) => svyMean(d, fear, o) },
      { y: fear, what: { statistic: 'total' } as const, one: (o: object) => svyTotal(d, fear, o) },
      {
        y: fearCodes.codes,
        what: { statistic: 'proportion', values: [2, 3], ciMethod: 'wilson' } as const,
        one: (o: object) => svyProportion(d, fearCodes.codes, [2, 3], { ...o, ciMethod: 'wilson' }),
      },
    ];
    for (const { y, what, one } of cases) {
      for (const domains of [byAge, overlapping]) {
        const by = svyBy(d, y, domains, what, { minN: 5 });
        // the sample's sums come from the domains' (another order of additions): equal to rounding
        const overall = one({ minN: 5 }) as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(by.overall)) {
          if (typeof value === 'number' && Number.isFinite(value) && value !== 0) {
            expect(Math.abs(value / (overall[key] as number) - 1), `${what.statistic} ${key}`).toBeLessThan(
              1e-13,
            );
          } else expect(value, `${what.statistic} ${key}`).toEqual(overall[key]);
        }
        expect(by.domains).toHaveLength(domains.length);
        domains.forEach((domain, k) => {
          expect(by.domains[k], `${what.statistic} ${domain.label}`).toEqual(one({ domain, minN: 5 }));
        });
      }
    }
    expect(() => svyBy(d, fear, byAge, { statistic: 'proportion', values: [] })).toThrow(/^svyBy requires/);
    expect(() =>
      svyBy(d, fear, [svyDomain(base(), new Uint8Array(d.n).fill(1))], { statistic: 'mean' }),
    ).toThrow(/^svyBy requires a domain of the same design/);
  });
  it('trim weights as R: excess spread equally, total kept', () => {
    const tr = trimWeights(d, { upper: 110 });
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    expect(sum(tr.weights)).toBeCloseTo(sum(d.weights), 6);
    expect(trimWeights(d, { upper: 1e9 })).toBe(d);
  });
  it('name the estimator in input errors', () => {
    expect(() => svyMean(d, [1, 2, 3])).toThrow(/^svyMean requires one value per row/);
    expect(() => svyProportion(d, fear, [])).toThrow(/^svyProportion requires at least one value/);
    const other = base();
    expect(() => svyTotal(d, fear, { domain: svyDomain(other, new Uint8Array(other.n).fill(1)) })).toThrow(
      /^svyTotal requires a domain of the same design/,
    );
  });
});
