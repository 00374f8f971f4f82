// The streaming CSV reader of `asskomm analyse`: chunks cut anywhere (inside quotes, between CR and LF)
// give the same columns as one piece; dictionary coding and the switch to numbers for many distinct values.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CsvColumnParser,
  categoryColumn,
  numericColumn,
  parseCsvColumns,
  parseNumber,
  readCsvFile,
} from '../src/commands/analyse-csv';

const text =
  '\ufeffid;"Text";Zahl\r\n1;"ein ""Zitat""\r\nüber zwei Zeilen";1,5\r\n2;Süd;NA\r\n\r\n3;"x;y";-1\r\n4;;7';

function columns(csv: ReturnType<typeof parseCsvColumns>) {
  return {
    rows: csv.rows,
    lines: Array.from(csv.lines),
    text: categoryColumn(csv, 'Text'),
    zahl: Array.from(numericColumn(csv, 'Zahl', 'f', [-1])),
  };
}

describe('CsvColumnParser', () => {
  const whole = columns(parseCsvColumns(text, ['Text', 'Zahl'], 'f'));
  it('reads quotes, line breaks in quotes, blank lines, "NA" and missing codes', () => {
    expect(whole.rows).toBe(4);
    expect(whole.lines).toEqual([2, 4, 6, 7]);
    expect(whole.text.levels).toEqual(['ein "Zitat"\r\nüber zwei Zeilen', 'Süd', 'x;y']);
    expect(Array.from(whole.text.codes)).toEqual([0, 1, 2, -1]);
    expect(whole.zahl).toEqual([1.5, Number.NaN, Number.NaN, 7]);
  });
  it('gives the same result for every way of cutting the text into two or three chunks', () => {
    for (let a = 0; a <= text.length; a++) {
      for (const b of [a, Math.min(text.length, a + 3), text.length]) {
        const p = new CsvColumnParser(['Text', 'Zahl'], 'f');
        p.push(text.slice(0, a));
        p.push(text.slice(a, b));
        p.push(text.slice(b));
        expect(columns(p.end()), `cut at ${a}, ${b}`).toEqual(whole);
      }
    }
  });
  it('keeps a column with very many distinct numbers as numbers, and reads a file in chunks', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'asskomm-csv-'));
    const n = 200_000;
    const lines = ['w,g'];
    for (let i = 0; i < n; i++) lines.push(`${(i * 0.731).toFixed(3)},${i % 3 === 0 ? 'NA' : `G${i % 5}`}`);
    const file = path.join(dir, 'gross.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const csv = await readCsvFile(file, ['w', 'g'], 'Datendatei');
    expect(csv.rows).toBe(n);
    expect(csv.columns.get('w')?.numbers).not.toBeNull();
    const w = numericColumn(csv, 'w', file);
    expect(w[n - 1]).toBeCloseTo((n - 1) * 0.731, 6);
    const g = categoryColumn(csv, 'g');
    expect(g.levels.sort()).toEqual(
      ['G1', 'G2', 'G3', 'G4', 'G5']
        .filter((x) => x !== 'G5')
        .concat('G0')
        .sort(),
    );
    expect(Array.from(g.codes).filter((c) => c < 0)).toHaveLength(Math.ceil(n / 3));
    expect(csv.lines[n - 1]).toBe(n + 1);
  });
});

describe('cell texts', () => {
  it('keeps texts that look alike apart ("04", "-0", " 4") and reads short texts and large integers the same in every chunking', () => {
    const cells = [
      '4',
      '04',
      '-0',
      '0',
      '99999',
      '100000',
      'A08',
      ' A08',
      '4',
      'A08',
      '-1',
      'NA',
      '',
      'Süd',
      '-1',
    ];
    const csv = `v,x\n${cells.map((c) => `${c},1`).join('\n')}\n`;
    const whole = categoryColumn(parseCsvColumns(csv, ['v'], 'f'), 'v');
    expect(whole.levels).toEqual(['4', '04', '-0', '0', '99999', '100000', 'A08', '-1', 'Süd']);
    expect(Array.from(whole.codes)).toEqual([0, 1, 2, 3, 4, 5, 6, 6, 0, 6, 7, -1, -1, 8, 7]);
    for (let a = 1; a < csv.length; a++) {
      const p = new CsvColumnParser(['v'], 'f');
      p.push(csv.slice(0, a));
      p.push(csv.slice(a));
      expect(categoryColumn(p.end(), 'v'), `cut at ${a}`).toEqual(whole);
    }
  });
  it('reads a quoted header with a line break however the text is cut', () => {
    const csv = '"a\nb";c\n1;2\n3;4\n';
    for (let a = 0; a <= csv.length; a++) {
      const p = new CsvColumnParser(['a\nb', 'c'], 'f');
      p.push(csv.slice(0, a));
      p.push(csv.slice(a));
      const out = p.end();
      expect(Array.from(out.lines), `cut at ${a}`).toEqual([3, 4]);
      expect(Array.from(numericColumn(out, 'c', 'f')), `cut at ${a}`).toEqual([2, 4]);
    }
  });
  it('accepts exactly the decimal numbers of /^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$/ (and NA, empty)', () => {
    const pattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    const samples = [
      '12',
      '-3.5',
      '+4',
      '1e3',
      '1E-3',
      '5.',
      '.5',
      '.',
      '-.5e-2',
      '1e',
      '1e+',
      'e5',
      '.e5',
      '0x10',
      'Infinity',
      '-Infinity',
      '1.2.3',
      '--1',
      '+-1',
      '12a',
      '1_000',
      '1 000',
      '١٢',
      '0',
      '-0',
      '007',
    ];
    for (const s of samples) {
      const expected = pattern.test(s) ? Number(s) : undefined;
      expect(parseNumber(s, false), s).toBe(expected);
    }
    expect(parseNumber(' 12 ', false)).toBe(12);
    expect(parseNumber('1e400', false)).toBeUndefined();
    expect(parseNumber('NA', false)).toBeNaN();
    expect(parseNumber('', false)).toBeNaN();
    expect(parseNumber('3,5', true)).toBe(3.5);
  });
});
