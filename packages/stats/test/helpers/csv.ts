// Minimal RFC 4180 reader for the test fixtures (the stats package itself does no I/O).
import { readFileSync } from 'node:fs';

export type Table = Record<string, string[]>;

export function parseCsv(text: string): Table {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...data] = rows;
  if (!header) throw new Error('empty csv');
  const table: Table = {};
  header.forEach((h, j) => {
    table[h] = data.map((r) => r[j] ?? '');
  });
  return table;
}

export function readCsv(path: string): Table {
  return parseCsv(readFileSync(path, 'utf8'));
}

export function col(t: Table, name: string): string[] {
  const c = t[name];
  if (!c) throw new Error(`no column ${name}`);
  return c;
}

/** Numeric column, empty = NaN. */
export function num(t: Table, name: string): Float64Array {
  return Float64Array.from(col(t, name), (s) => (s === '' || s === 'NA' ? Number.NaN : Number(s)));
}
