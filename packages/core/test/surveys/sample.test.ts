import { describe, expect, it } from 'vitest';
import { allocateFixed, allocateProportional } from '../../src/surveys/sample/allocate-sample.ts';
import {
  createRng,
  fnv1a32,
  mulberry32,
  sampleWithoutReplacement,
} from '../../src/surveys/sample/create-rng.ts';
import { drawStratifiedSample } from '../../src/surveys/sample/draw-stratified-sample.ts';
import { isEligible } from '../../src/surveys/sample/is-eligible.ts';
import type { RegisterPerson } from '../../src/surveys/sample/register-types.ts';

/** Reference Mulberry32 as published by Tommy Ettinger (gist 46a874533244883189143505d203312c). */
function referenceMulberry32(a: number) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

describe('seeded generator', () => {
  it('matches the reference Mulberry32', () => {
    for (const seed of [0, 1, 42, 0xdeadbeef]) {
      const mine = mulberry32(seed);
      const ref = referenceMulberry32(seed);
      for (let i = 0; i < 1000; i++) expect(mine()).toBe(ref());
    }
  });

  it('hashes seeds with FNV-1a (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('draws integers uniformly without modulo bias', () => {
    const rng = createRng('gleichverteilt');
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) counts[rng.nextInt(6)]!++;
    // Chi-square with 5 df; 20.5 is the 0.999 quantile.
    const chi = counts.reduce((s, c) => s + (c - 10_000) ** 2 / 10_000, 0);
    expect(chi).toBeLessThan(20.5);
  });

  it('samples without replacement, reproducibly', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const a = sampleWithoutReplacement(items, 10, createRng('x'));
    expect(new Set(a).size).toBe(10);
    expect(sampleWithoutReplacement(items, 10, createRng('x'))).toEqual(a);
    expect(sampleWithoutReplacement(items, 10, createRng('y'))).not.toEqual(a);
    expect(sampleWithoutReplacement(items, 100, createRng('x')).sort((p, q) => p - q)).toEqual(items);
  });
});

describe('eligibility', () => {
  it('counts only persons certainly 16 or older at the field start', () => {
    expect(isEligible({ birthYear: 2009 }, '2026-06-01')).toBe(true);
    expect(isEligible({ birthYear: 2010 }, '2026-06-01')).toBe(false);
    expect(isEligible({ birthYear: 2010 }, '2027-01-01')).toBe(true);
    expect(() => isEligible({ birthYear: 2000 }, '1.6.2026')).toThrow(/JJJJ-MM-TT/);
  });
});

describe('allocation', () => {
  it('is proportional with largest-remainder rounding and sums exactly', () => {
    const pops = new Map([
      ['A', 5000],
      ['B', 3000],
      ['C', 1500],
      ['D', 500],
    ]);
    expect(allocateProportional(pops, 1000).map((a) => a.sampleSize)).toEqual([500, 300, 150, 50]);
    // 10 · (1/3, 1/3, 1/3): the leftover unit goes to the tie broken by name.
    const even = new Map([
      ['Z', 100],
      ['Y', 100],
      ['X', 100],
    ]);
    expect(allocateProportional(even, 10)).toEqual([
      { district: 'X', population: 100, sampleSize: 4 },
      { district: 'Y', population: 100, sampleSize: 3 },
      { district: 'Z', population: 100, sampleSize: 3 },
    ]);
    const odd = new Map([
      ['A', 7],
      ['B', 11],
      ['C', 13],
    ]);
    for (let n = 0; n <= 31; n++) {
      const a = allocateProportional(odd, n);
      expect(a.reduce((s, x) => s + x.sampleSize, 0)).toBe(n);
      for (const x of a) expect(x.sampleSize).toBeLessThanOrEqual(x.population);
    }
  });

  it('refuses samples larger than the population and bad set sizes', () => {
    const pops = new Map([['A', 10]]);
    expect(() => allocateProportional(pops, 11)).toThrow(/größer als die Zahl der berechtigten Personen/);
    expect(() => allocateFixed(pops, { A: 11 })).toThrow(/nur 10 berechtigte/);
    expect(() => allocateFixed(pops, { B: 1 })).toThrow(/„B“ kommt im Melderegisterauszug nicht vor/);
    expect(
      allocateFixed(
        new Map([
          ['A', 10],
          ['B', 5],
        ]),
        { B: 5 },
      ).map((a) => a.sampleSize),
    ).toEqual([0, 5]);
  });
});

describe('drawStratifiedSample', () => {
  const districts = ['Altstadt', 'Nordviertel', 'Heide'];
  const persons: RegisterPerson[] = Array.from({ length: 3000 }, (_, i) => ({
    id: `P${String(i).padStart(5, '0')}`,
    birthYear: 1930 + (i % 85),
    sex: i % 2 === 0 ? 'w' : 'm',
    district: districts[i % 7 < 4 ? 0 : i % 7 < 6 ? 1 : 2]!,
    address: {
      name: `Person ${i}`,
      strasse: 'Hauptstraße',
      hausnummer: String(i),
      plz: '01234',
      ort: 'Musterstadt',
    },
  }));
  const options = { seed: 'welle-1', fieldStart: '2026-06-01', size: 300 };

  it('draws eligible persons only, proportionally per district', () => {
    const s = drawStratifiedSample(persons, options);
    expect(s.persons).toHaveLength(300);
    expect(s.persons.every((p) => p.birthYear <= 2009)).toBe(true);
    expect(s.tooYoung).toBeGreaterThan(0);
    expect(s.eligible + s.tooYoung).toBe(3000);
    for (const a of s.allocation) {
      expect(s.persons.filter((p) => p.district === a.district)).toHaveLength(a.sampleSize);
      expect(Math.abs(a.sampleSize - (300 * a.population) / s.eligible)).toBeLessThan(1);
    }
    expect(new Set(s.persons.map((p) => p.id)).size).toBe(300);
  });

  it('is reproducible from the seed and independent of the file row order', () => {
    const a = drawStratifiedSample(persons, options).persons.map((p) => p.id);
    const shuffled = sampleWithoutReplacement(persons, persons.length, createRng('mischen'));
    expect(drawStratifiedSample(shuffled, options).persons.map((p) => p.id)).toEqual(a);
    expect(
      drawStratifiedSample(persons, { ...options, seed: 'welle-2' }).persons.map((p) => p.id),
    ).not.toEqual(a);
  });

  it('takes set sizes per district', () => {
    const s = drawStratifiedSample(persons, { ...options, size: { Heide: 50, Altstadt: 10 } });
    expect(s.allocation.map((a) => [a.district, a.sampleSize])).toEqual([
      ['Altstadt', 10],
      ['Heide', 50],
      ['Nordviertel', 0],
    ]);
    expect(s.persons).toHaveLength(60);
  });
});
