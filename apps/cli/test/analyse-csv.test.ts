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
