/**
 * CSV export (RFC 4180) in two variants plus a codebook:
 * - `<name>_codes.csv`: numeric codes, comma-separated, decimal point, UTF-8 without BOM: for statistics
 *   software (R, Stata, Python). Missing codes (-1, -2) stay codes; empty = not answered.
 * - `<name>_labels.csv`: value labels instead of codes, semicolon-separated with decimal comma and a
 *   UTF-8 BOM, so that German Excel opens it correctly. Free texts that start with = + - @ are prefixed
 *   with an apostrophe so that Excel does not run them as formulas (OWASP "CSV Injection").
 * - `<name>_codebuch.csv`: variable, label, value, value label, missing (semicolon, BOM).
 */
import {
  type CellValue,
  type ExportColumn,
  exportColumns,
  MODE_LABELS,
  weightLookup,
} from './export-columns.ts';
import { baseNameOf, type ExportInput } from './export-input.ts';
import type { ExportResult } from './response-types.ts';

const encoder = new TextEncoder();
const BOM = '\uFEFF';

/** Quotes a field when it contains the delimiter, a quote, a line break or leading/trailing blanks. */
export function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export const csvLine = (fields: readonly string[], delimiter: string): string =>
  `${fields.map((f) => csvField(f, delimiter)).join(delimiter)}\r\n`;

const codeCell = (v: CellValue): string => (v === null ? '' : String(v));

/** Defuses spreadsheet formulas in untrusted text (OWASP CSV injection). */
export const defuseFormula = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function labelCell(column: ExportColumn, v: CellValue): string {
  if (v === null) return '';
  if (column.kind === 'weight' && typeof v === 'number') {
    return v.toLocaleString('de-DE', { useGrouping: false, maximumFractionDigits: 6 });
  }
  if (column.kind === 'mode') return MODE_LABELS[v as keyof typeof MODE_LABELS] ?? String(v);
  if (column.kind === 'text') return defuseFormula(String(v));
  if (typeof v === 'number') return column.values.find((l) => l.code === v)?.label ?? String(v);
  return String(v);
}

/** Data rows with codes (comma-separated) — also the data file of the R export. */
export function codesCsv(input: ExportInput, delimiter = ','): string {
  const weight = weightLookup(input.responses, input.weights);
  const columns = exportColumns(input.codebook, weight !== undefined, input.populationWeights);
  let out = csvLine(
    columns.map((c) => c.name),
    delimiter,
  );
  for (const r of input.responses) {
    out += csvLine(
      columns.map((c) => codeCell(c.value(r, weight?.(r.responseId)))),
      delimiter,
    );
  }
  return out;
}

function labelsCsv(input: ExportInput): string {
  const weight = weightLookup(input.responses, input.weights);
  const columns = exportColumns(input.codebook, weight !== undefined, input.populationWeights);
  let out =
    BOM +
    csvLine(
      columns.map((c) => c.name),
      ';',
    );
  for (const r of input.responses) {
    out += csvLine(
      columns.map((c) => labelCell(c, c.value(r, weight?.(r.responseId)))),
      ';',
    );
  }
  return out;
}

function codebookCsv(input: ExportInput): string {
  const columns = exportColumns(input.codebook, input.weights !== undefined, input.populationWeights);
  let out = BOM + csvLine(['variable', 'variablenlabel', 'wert', 'wertelabel', 'fehlend'], ';');
  for (const c of columns) {
    if (c.values.length === 0) out += csvLine([c.name, c.label, '', '', ''], ';');
    for (const v of c.values)
      out += csvLine([c.name, c.label, String(v.code), v.label, v.missing ? 'ja' : 'nein'], ';');
  }
  return out;
}

export function exportCsv(input: ExportInput): ExportResult {
  const base = baseNameOf(input);
  return {
    files: [
      { name: `${base}_codes.csv`, bytes: encoder.encode(codesCsv(input)) },
      { name: `${base}_labels.csv`, bytes: encoder.encode(labelsCsv(input)) },
      { name: `${base}_codebuch.csv`, bytes: encoder.encode(codebookCsv(input)) },
    ],
  };
}
