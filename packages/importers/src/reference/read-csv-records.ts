import { parse } from 'csv-parse/sync';

export interface ReferenceIssue {
  file: string;
  line?: number;
  column?: string;
  value?: string;
  message: string;
}

/** Thrown when a reference file does not have the expected shape; names file, line and column. */
export class ReferenceFileError extends Error {
  constructor(readonly issue: ReferenceIssue) {
    const where = [
      issue.file,
      issue.line ? `Zeile ${issue.line}` : null,
      issue.column ? `Spalte "${issue.column}"` : null,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${issue.message}${issue.value !== undefined ? ` (Wert: "${issue.value}")` : ''}`);
    this.name = 'ReferenceFileError';
  }
}

/**
 * Reads a UTF-8, comma-separated CSV with one header row (the convention of data/reference/SOURCES.md)
 * into records of strings. Keys stay strings: AGS and PKS keys carry leading zeros.
 */
export function readCsvRecords(text: string, file: string, required: string[]): Record<string, string>[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: false, skip_empty_lines: true });
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new ReferenceFileError({ file, line: e.lines, message: `CSV nicht lesbar: ${e.message}` });
  }
  const [header, ...rows] = records;
  if (!header) throw new ReferenceFileError({ file, message: 'Die Datei ist leer.' });
  for (const column of required) {
    if (!header.includes(column))
      throw new ReferenceFileError({ file, line: 1, column, message: 'Spalte fehlt.' });
  }
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

export function requireInt(
  record: Record<string, string>,
  column: string,
  file: string,
  line: number,
): number {
  const value = record[column] ?? '';
  if (!/^\d+$/.test(value))
    throw new ReferenceFileError({ file, line, column, value, message: 'keine ganze Zahl ≥ 0' });
  return Number(value);
}

export function requireNumber(
  record: Record<string, string>,
  column: string,
  file: string,
  line: number,
): number {
  const value = record[column] ?? '';
  const n = Number(value);
  if (value === '' || !Number.isFinite(n) || n < 0) {
    throw new ReferenceFileError({ file, line, column, value, message: 'keine Zahl ≥ 0' });
  }
  return n;
}

export function requirePattern(
  record: Record<string, string>,
  column: string,
  pattern: RegExp,
  file: string,
  line: number,
  what: string,
): string {
  const value = record[column] ?? '';
  if (!pattern.test(value)) throw new ReferenceFileError({ file, line, column, value, message: what });
  return value;
}
