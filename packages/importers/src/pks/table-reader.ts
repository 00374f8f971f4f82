import { parse } from 'csv-parse/sync';
import { ISSUE_CODES } from './issues';
import type { ImportIssue } from './types';

export interface RawRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/**
 * Splits delimited text into records with their line numbers (csv-parse, RFC 4180 quoting: BKA
 * labels may be quoted and contain `;`). Blank lines are skipped but still counted.
 */
export function readRecords(text: string, delimiter: string): { records: RawRecord[]; error?: ImportIssue } {
  try {
    const out = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const records = out.map(({ record, info }) => {
      // info.lines is the line where the record ends; a quoted field may span lines.
      let breaks = 0;
      for (const f of record) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) breaks++;
      return { fields: record, line: info.lines - breaks };
    });
    return { records };
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    const line = e.lines;
    return {
      records: [],
      error: {
        code: ISSUE_CODES.badQuote,
        line,
        message: `${line ? `Zeile ${line}: ` : ''}Die Datei ist keine gültige CSV-Datei (${e.message ?? 'Lesefehler'}). Wahrscheinliche Ursache: ein Anführungszeichen ohne Gegenstück. Bitte die Zeile prüfen.`,
      },
    };
  }
}
