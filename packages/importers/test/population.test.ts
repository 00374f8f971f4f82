import { describe, expect, it } from 'vitest';
import { importPopulation } from '../src/index';

const file = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`);

describe('population series', () => {
  it('reads Gemeinde, Kreis and Land rows with either delimiter', () => {
    const lines = [
      'ags,stichtag,population',
      '14612000,2023-12-31,566222',
      '14612,2023-12-31,566222',
      '14,2023-12-31,4033000',
    ];
    for (const l of [lines, lines.map((x) => x.replaceAll(',', ';'))]) {
      const r = importPopulation(file(...l));
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(r.rows.map((x) => [x.areaKind, x.ags])).toEqual([
        ['gemeinde', '14612000'],
        ['kreis', '14612'],
        ['land', '14'],
      ]);
      expect(r.meta.years).toEqual([2023]);
    }
  });

  it.each([
    ['1461200,2023-12-31,1', 'bad_ags', 'ags', '1461200'],
    ['14612000,31.12.2023,1', 'bad_date', 'stichtag', '31.12.2023'],
    ['14612000,2023-02-30,1', 'bad_date', 'stichtag', '2023-02-30'],
    ['14612000,2023-12-31,-1', 'negative_count', 'population', '-1'],
    ['14612000,2023-12-31,', 'required', 'population', ''],
  ])('%s → %s', (line, code, column, value) => {
    const r = importPopulation(file('ags,stichtag,population', line));
    expect(r.errors[0]).toMatchObject({ code, line: 2, column, value });
    expect(r.errors[0]?.message.startsWith(`Zeile 2, Spalte "${column}": "${value}"`)).toBe(true);
  });

  it('duplicates, unknown AGS, missing column', () => {
    const dup = importPopulation(
      file('ags,stichtag,population', '14612000,2023-12-31,1', '14612000,2023-12-31,2'),
    );
    expect(dup.errors).toEqual([expect.objectContaining({ code: 'duplicate_row', line: 3, otherLine: 2 })]);
    const unknown = importPopulation(file('ags,stichtag,population', '14612999,2023-12-31,1'), {
      knownAgs: new Set(['14612000']),
    });
    expect(unknown.errors[0]?.code).toBe('unknown_ags');
    const missing = importPopulation(file('ags,datum,population', '14612000,2023-12-31,1'));
    expect(missing.errors.map((e) => [e.code, e.column])).toEqual([
      ['unexpected_column', 'datum'],
      ['missing_column', 'stichtag'],
    ]);
  });

  it('warns about a Stichtag other than 31.12. and parts larger than the whole', () => {
    const r = importPopulation(
      file('ags,stichtag,population', '14612000,2023-06-30,10', '14612,2023-06-30,5'),
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.code).sort()).toEqual([
      'population_sum',
      'stichtag_not_year_end',
      'stichtag_not_year_end',
    ]);
  });
});
