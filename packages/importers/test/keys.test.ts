import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  BKA_KREISE_STANDARD_KEYS,
  classifyKey,
  keyCatalogueMap,
  MAIN_OFFENCE_GROUPS,
  normalizeKey,
  parseKeyCatalogue,
} from '../src/index';
import { FILES, readOpenData } from './helpers/open-data';

describe('normalizeKey', () => {
  it('keeps valid keys, pads dropped zeros, repairs scientific notation', () => {
    expect(normalizeKey('------')).toEqual({ ok: true, key: '------' });
    expect(normalizeKey(' 435*00 ')).toEqual({ ok: true, key: '435*00' });
    expect(normalizeKey('10000')).toEqual({ ok: true, key: '010000', repair: 'padded' });
    expect(normalizeKey('0')).toEqual({ ok: true, key: '000000', repair: 'padded' });
    expect(normalizeKey('3.00E+100')).toEqual({ ok: true, key: '3**100', repair: 'scientific' });
    expect(normalizeKey('3e+100')).toEqual({ ok: true, key: '3**100', repair: 'scientific' });
    expect(normalizeKey('4.00E+300')).toEqual({ ok: true, key: '4**300', repair: 'scientific' });
    for (const bad of ['', '1234567', '12a456', '--', '---***']) expect(normalizeKey(bad).ok).toBe(false);
  });
});

describe('classifyKey', () => {
  it('classifies total, wildcard, summary and plain keys', () => {
    expect(classifyKey('------')).toEqual({
      mainGroup: 'insgesamt',
      isSummary: false,
      isWildcard: false,
      isTotal: true,
    });
    expect(classifyKey('****00')).toMatchObject({ mainGroup: 'diebstahl', isWildcard: true });
    expect(classifyKey('435*00')).toMatchObject({ mainGroup: '4', isWildcard: true, isSummary: false });
    expect(classifyKey('892000')).toMatchObject({ mainGroup: '8', isSummary: true });
    expect(classifyKey('010000')).toMatchObject({ mainGroup: '0', isSummary: false, isWildcard: false });
  });
});

describe('key hierarchy', () => {
  it('derives containers by digits, wildcards and the summary-key definitions', () => {
    expect([...ancestorsOf('515001')].sort()).toEqual(['------', '500000', '510000', '515000']);
    expect(ancestorsOf('435*00').has('4***00')).toBe(true);
    expect(ancestorsOf('435*00').has('****00')).toBe(true);
    expect(ancestorsOf('436*00').has('435*00')).toBe(true);
    expect(ancestorsOf('326*00').has('3***00')).toBe(true);
    expect(ancestorsOf('326*00').has('4***00')).toBe(false);
    expect(ancestorsOf('211000').has('892000')).toBe(true); // via 210000 Raub
    expect(ancestorsOf('899500').has('674000')).toBe(true);
    expect(ancestorsOf('------').size).toBe(0);
    // No digit hierarchy for summary keys: 899500 is not inside 899000 by definition.
    expect(ancestorsOf('899500').has('899000')).toBe(false);
  });

  it('holds for every key and year of the national series 1987–2023', () => {
    const rows = parse(readOpenData(FILES.bund), { columns: true }) as Record<string, string>[];
    const by = new Map(rows.map((r) => [`${r.jahr}|${r.schluessel}`, r]));
    let checks = 0;
    const violations: string[] = [];
    for (const r of rows) {
      for (const a of ancestorsOf(r.schluessel as string)) {
        const p = by.get(`${r.jahr}|${a}`);
        if (!p) continue;
        for (const f of ['faelle', 'tv_insgesamt']) {
          if (r[f] === '' || p[f] === '') continue;
          checks++;
          if (Number(r[f]) > Number(p[f])) violations.push(`${r.jahr} ${f} ${r.schluessel} > ${a}`);
        }
      }
    }
    expect(checks).toBeGreaterThan(50_000);
    expect(violations).toEqual([]);
  });
});

describe('key catalogue', () => {
  it('reads all 490 keys, repairs the six scientific-notation keys and adds the five district-table keys', () => {
    const r = parseKeyCatalogue(readOpenData(FILES.catalogue));
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(495);
    expect(r.meta.issueCounts.key_scientific).toBe(6);
    const map = keyCatalogueMap(r.rows);
    expect(map.get('3**100')?.label).toBe(
      'Einfacher Diebstahl von Kraftwagen einschl. unbefugte Ingebrauchnahme',
    );
    expect(map.get('------')).toMatchObject({
      isTotal: true,
      firstYear: 1987,
      lastYear: 2023,
      mainGroup: 'insgesamt',
    });
    expect(map.get('435*00')).toMatchObject({ isWildcard: true, mainGroup: '4' });
    expect(map.get('892000')).toMatchObject({ isSummary: true, mainGroupLabel: 'Summenschlüssel' });
    expect(map.get('972500')?.source).toBe('kreistabelle');
    expect([...map.keys()].every((k) => typeof k === 'string' && k.length === 6)).toBe(true);
  });

  it('knows every main offence group key and every key of both BKA district tables', () => {
    const map = keyCatalogueMap(parseKeyCatalogue(readOpenData(FILES.catalogue)).rows);
    for (const g of MAIN_OFFENCE_GROUPS) expect(map.has(g.key), g.key).toBe(true);
    for (const k of BKA_KREISE_STANDARD_KEYS) expect(map.has(k), k).toBe(true);
    expect(map.has('980100')).toBe(true);
  });

  it('main groups: all keys except 220000 are in both BKA district tables', () => {
    const text = (f: string) => new TextDecoder('latin1').decode(readOpenData(f));
    for (const f of [FILES.bka2020, FILES.bka2022]) {
      const keys = new Set(
        text(f)
          .split('\n')
          .slice(2)
          .map((l) => l.split(';')[0]),
      );
      for (const g of MAIN_OFFENCE_GROUPS) expect(keys.has(g.key), `${f} ${g.key}`).toBe(g.key !== '220000');
      for (const k of MAIN_OFFENCE_GROUPS.find((g) => g.key === '220000')?.fallbackSumKeys ?? [])
        expect(keys.has(k)).toBe(true);
    }
  });
});
