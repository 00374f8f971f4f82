/**
 * SPSS export: a syntax file (`<name>.sps`) that reads the data CSV (`<name>_spss.csv`) with GET DATA and
 * sets VARIABLE LABELS, VALUE LABELS, MISSING VALUES and VARIABLE LEVEL.
 * Reference: IBM SPSS Statistics Command Syntax Reference (GET DATA /TYPE=TXT, VALUE LABELS, MISSING VALUES).
 *
 * Choices for robustness across SPSS versions and PSPP:
 * - UTF-8 data read with /ENCODING='UTF8'; the syntax file itself starts with "* Encoding: UTF-8."
 *   (the marker SPSS writes and reads).
 * - Line breaks inside free texts become " / " in the SPSS data file: GET DATA reads one case per line.
 * - String literals longer than 120 bytes are split into 'part' + 'part' over several lines, because
 *   older releases limit syntax lines; labels are cut to 255 bytes (variable) and 120 bytes (value).
 * - Text columns are A6000: 2,000 characters of up to 3 UTF-8 bytes each.
 */
import { type ExportColumn, exportColumns, weightLookup } from './export-columns.ts';
import { baseNameOf, type ExportInput } from './export-input.ts';
import type { ExportResult } from './response-types.ts';
import { csvLine } from './write-csv.ts';

const encoder = new TextEncoder();
const utf8Length = (s: string): number => encoder.encode(s).length;

/** Cuts a string to at most `bytes` UTF-8 bytes without splitting a character. */
function cutBytes(s: string, bytes: number): string {
  if (utf8Length(s) <= bytes) return s;
  let out = '';
  for (const ch of s) {
    if (utf8Length(`${out}${ch}…`) > bytes) break;
    out += ch;
  }
  return `${out}…`;
}

/** An SPSS string literal: single quotes doubled, long strings split into 'a' + 'b' chunks. */
export function spssString(s: string, maxBytes: number): string {
  const text = cutBytes(s.replace(/[\r\n\t]+/g, ' '), maxBytes);
  const chunks: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (utf8Length(chunk + ch) > 120) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  chunks.push(chunk);
  return chunks.map((c) => `'${c.replace(/'/g, "''")}'`).join(' +\n    ');
}

function format(column: ExportColumn): string {
  switch (column.kind) {
    case 'id':
      return 'A36';
    case 'mode':
      return 'A6';
    case 'date':
      return 'SDATE10';
    case 'weight':
      return 'F12.6';
    case 'text':
      return `A${(column.item?.maxLength ?? 2000) * 3}`;
    default:
      return 'F3.0';
  }
}

function spssData(input: ExportInput, columns: readonly ExportColumn[]): string {
  const weight = weightLookup(input.responses, input.weights);
  let out = csvLine(
    columns.map((c) => c.name),
    ',',
  );
  for (const r of input.responses) {
    out += csvLine(
      columns.map((c) => {
        const v = c.value(r, weight?.(r.responseId));
        if (v === null) return '';
        return typeof v === 'string' ? v.replace(/\r\n|\r|\n/g, ' / ') : String(v);
      }),
      ',',
    );
  }
  return out;
}

/** Groups columns with identical value labels so VALUE LABELS lists each label set once. */
function labelGroups(columns: readonly ExportColumn[]): { names: string[]; column: ExportColumn }[] {
  const groups = new Map<string, { names: string[]; column: ExportColumn }>();
  for (const c of columns) {
    if (c.values.length === 0) continue;
    const key = JSON.stringify(c.values);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { names: [c.name], column: c });
    else group.names.push(c.name);
  }
  return [...groups.values()];
}

const wrapNames = (names: readonly string[]): string =>
  names.reduce((acc, n, i) => acc + (i > 0 && i % 8 === 0 ? `\n  ${n}` : `${i > 0 ? ' ' : ''}${n}`), '');

function syntax(input: ExportInput, columns: readonly ExportColumn[], dataFile: string): string {
  const lines: string[] = [
    '* Encoding: UTF-8.',
    `* ${input.codebook.title}.`,
    `* Fragebogen: ${input.codebook.codebookId}. Fälle: ${input.responses.length}.`,
    '* Liest die Daten aus der CSV-Datei im selben Ordner. Vorher ggf. CD "Pfad zum Ordner". ausführen.',
    '* Fehlende Werte: -1 = Weiß nicht / keine Angabe, -2 = trifft nicht zu; leer = nicht beantwortet.',
    '',
    'GET DATA',
    '  /TYPE=TXT',
    `  /FILE='${dataFile}'`,
    "  /ENCODING='UTF8'",
    '  /DELCASE=LINE',
    "  /DELIMITERS=','",
    `  /QUALIFIER='"'`,
    '  /ARRANGEMENT=DELIMITED',
    '  /FIRSTCASE=2',
    '  /VARIABLES=',
    ...columns.map((c) => `    ${c.name} ${format(c)}`),
    '.',
    'CACHE.',
    'EXECUTE.',
    '',
    'VARIABLE LABELS',
    `  ${columns.map((c) => `${c.name} ${spssString(c.label, 255)}`).join('\n  /')}`,
    '.',
    '',
    'VALUE LABELS',
    `  ${labelGroups(columns)
      .map(
        ({ names, column }) =>
          `${wrapNames(names)}\n${column.values.map((v) => `    ${v.code} ${spssString(v.label, 120)}`).join('\n')}`,
      )
      .join('\n  /')}`,
    '.',
    '',
  ];
  const withMissing = columns.filter((c) => c.missingCodes.length > 0);
  const missingGroups = new Map<string, string[]>();
  for (const c of withMissing) {
    const key = [...c.missingCodes].sort((a, b) => a - b).join(', ');
    missingGroups.set(key, [...(missingGroups.get(key) ?? []), c.name]);
  }
  if (missingGroups.size > 0) {
    lines.push(
      'MISSING VALUES',
      `  ${[...missingGroups].map(([codes, names]) => `${wrapNames(names)} (${codes})`).join('\n  /')}`,
      '.',
      '',
    );
  }
  for (const level of ['nominal', 'ordinal', 'scale'] as const) {
    const names = columns.filter(
      (c) => c.level === level && c.kind !== 'id' && c.kind !== 'text' && c.kind !== 'mode',
    );
    if (names.length > 0)
      lines.push(`VARIABLE LEVEL ${wrapNames(names.map((c) => c.name))} (${level.toUpperCase()}).`);
  }
  if (columns.some((c) => c.kind === 'weight'))
    lines.push('', '* Gewichtung einschalten.', 'WEIGHT BY gewicht.');
  lines.push('EXECUTE.', '');
  return lines.join('\n');
}

export function exportSpss(input: ExportInput): ExportResult {
  const base = baseNameOf(input);
  const columns = exportColumns(input.codebook, input.weights !== undefined, input.populationWeights);
  const dataFile = `${base}_spss.csv`;
  return {
    files: [
      { name: `${base}.sps`, bytes: encoder.encode(syntax(input, columns, dataFile)) },
      { name: dataFile, bytes: encoder.encode(spssData(input, columns)) },
    ],
  };
}
