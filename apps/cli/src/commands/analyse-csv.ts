// CSV reading for `asskomm analyse`: a small RFC 4180 parser that keeps only the columns it is asked for,
// with the file line of every record so that errors can name it. Pure functions except readCsvFile.
import { readFile } from 'node:fs/promises';

/** An input problem the user can fix; the message is German and names the file, column or line. */
export class AnalyseInputError extends Error {
  override name = 'AnalyseInputError';
}

export interface CsvColumns {
  readonly header: readonly string[];
  /** the requested columns, one string per record (empty string for an empty cell) */
  readonly columns: ReadonlyMap<string, string[]>;
  /** file line (1-based, header = line 1 for a header on the first line) where each record starts */
  readonly lines: Int32Array;
  readonly rows: number;
  readonly delimiter: string;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Picks the delimiter that occurs most often in the header line outside quotes: comma, semicolon or tab. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] as number) + 1;
  }
  let best = ',';
  for (const d of [';', '\t']) if ((counts[d] as number) > (counts[best] as number)) best = d;
  return best;
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a header line) and returns the
 * wanted columns. A missing column, a record with a different number of fields or an unclosed quote
 * stops with an error naming the file and line.
 */
export function parseCsvColumns(text: string, wanted: readonly string[], file: string): CsvColumns {
  let start = 0;
  if (text.charCodeAt(0) === 0xfeff) start = 1; // byte order mark
  const body = start ? text.slice(start) : text;
  const delimiter = detectDelimiter(body);
  const delim = delimiter.charCodeAt(0);
  const len = body.length;
  let pos = 0;
  let line = 1;

  // reads one record starting at pos; returns its fields
  const readRecord = (): string[] | null => {
    if (pos >= len) return null;
    const fields: string[] = [];
    let field = '';
    let fieldStart = pos;
    const startLine = line;
    for (;;) {
      if (pos >= len) {
        fields.push(field + body.slice(fieldStart, pos));
        return fields;
      }
      const c = body.charCodeAt(pos);
      if (c === QUOTE && pos === fieldStart && field === '') {
        // quoted field
        pos++;
        let value = '';
        let chunk = pos;
        for (;;) {
          if (pos >= len) {
            throw new AnalyseInputError(
              `${file}: Anführungszeichen ab Zeile ${startLine} wird nicht geschlossen`,
            );
          }
          const q = body.charCodeAt(pos);
          if (q === QUOTE) {
            if (body.charCodeAt(pos + 1) === QUOTE) {
              value += `${body.slice(chunk, pos)}"`;
              pos += 2;
              chunk = pos;
              continue;
            }
            value += body.slice(chunk, pos);
            pos++;
            break;
          }
          if (q === LF) line++;
          pos++;
        }
        field = value;
        fieldStart = pos;
        // anything between the closing quote and the delimiter is kept verbatim (lenient)
        continue;
      }
      if (c === delim) {
        fields.push(field + body.slice(fieldStart, pos));
        field = '';
        pos++;
        fieldStart = pos;
        continue;
      }
      if (c === LF || c === CR) {
        fields.push(field + body.slice(fieldStart, pos));
        if (c === CR && body.charCodeAt(pos + 1) === LF) pos++;
        pos++;
        line++;
        return fields;
      }
      pos++;
    }
  };

  const header = readRecord();
  if (!header || (header.length === 1 && header[0] === ''))
    throw new AnalyseInputError(`${file}: Datei ist leer`);
  const names = header.map((h) => h.trim());
  const index = new Map<string, number>();
  names.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  const unique = [...new Set(wanted)];
  for (const w of unique) {
    if (!index.has(w)) {
      throw new AnalyseInputError(`Spalte „${w}“ fehlt in ${file} (vorhanden: ${names.join(', ')})`);
    }
  }
  const columns = new Map<string, string[]>(unique.map((w) => [w, []]));
  const picks = unique.map((w) => [index.get(w) as number, columns.get(w) as string[]] as const);
  const lines: number[] = [];
  for (;;) {
    const recordLine = line;
    const rec = readRecord();
    if (rec === null) break;
    if (rec.length === 1 && rec[0] === '') continue; // blank line
    if (rec.length !== names.length) {
      throw new AnalyseInputError(
        `${file}, Zeile ${recordLine}: ${rec.length} Felder statt ${names.length} wie in der Kopfzeile`,
      );
    }
    for (const [i, out] of picks) out.push(rec[i] as string);
    lines.push(recordLine);
  }
  return { header: names, columns, lines: Int32Array.from(lines), rows: lines.length, delimiter };
}

/** Reads a CSV file (UTF-8); a missing file is an AnalyseInputError naming it. */
export async function readCsvFile(
  file: string,
  wanted: readonly string[],
  role: string,
): Promise<CsvColumns> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AnalyseInputError(`${role} nicht gefunden: ${file}`);
    throw new AnalyseInputError(`${role} nicht lesbar: ${file} (${code ?? String(error)})`);
  }
  return parseCsvColumns(text, wanted, file);
}

/**
 * Parses a number the way analysts write them: "12", "-3.5", "1e3"; with semicolon-separated files also
 * a decimal comma ("3,5"). Empty (after trimming) is missing (NaN); anything else returns undefined.
 */
export function parseNumber(raw: string, decimalComma: boolean): number | undefined {
  const s = raw.trim();
  if (s === '') return Number.NaN;
  const normalised = decimalComma && !s.includes('.') ? s.replace(',', '.') : s;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}
