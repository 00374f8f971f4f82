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
 * wanted columns; other fields are skipped without being copied. A missing column, a record with a
 * different number of fields or an unclosed quote stops with an error naming the file and line.
 */
export function parseCsvColumns(text: string, wanted: readonly string[], file: string): CsvColumns {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // byte order mark
  const delimiter = detectDelimiter(body);
  const delim = delimiter.charCodeAt(0);
  const len = body.length;
  let pos = 0;
  let line = 1;

  /** Reads one field at pos; leaves pos on the delimiter, line end or end of text. */
  const readField = (keep: boolean): string => {
    if (body.charCodeAt(pos) === QUOTE) {
      const startLine = line;
      pos++;
      let value = '';
      let chunk = pos;
      for (;;) {
        if (pos >= len)
          throw new AnalyseInputError(
            `${file}: Anführungszeichen ab Zeile ${startLine} wird nicht geschlossen`,
          );
        const q = body.charCodeAt(pos);
        if (q === QUOTE) {
          if (body.charCodeAt(pos + 1) === QUOTE) {
            if (keep) value += `${body.slice(chunk, pos)}"`;
            pos += 2;
            chunk = pos;
            continue;
          }
          if (keep) value += body.slice(chunk, pos);
          pos++;
          break;
        }
        if (q === LF) line++;
        pos++;
      }
      // anything between the closing quote and the delimiter is kept verbatim (lenient)
      const rest = pos;
      while (pos < len) {
        const c = body.charCodeAt(pos);
        if (c === delim || c === LF || c === CR) break;
        pos++;
      }
      return keep ? value + body.slice(rest, pos) : '';
    }
    const start = pos;
    while (pos < len) {
      const c = body.charCodeAt(pos);
      if (c === delim || c === LF || c === CR) break;
      pos++;
    }
    return keep ? body.slice(start, pos) : '';
  };

  /** Consumes the line end after a record. */
  const endOfRecord = (): void => {
    if (pos >= len) return;
    if (body.charCodeAt(pos) === CR && body.charCodeAt(pos + 1) === LF) pos++;
    pos++;
    line++;
  };

  // header
  const names: string[] = [];
  for (;;) {
    names.push(readField(true).trim());
    if (pos < len && body.charCodeAt(pos) === delim) {
      pos++;
      continue;
    }
    endOfRecord();
    break;
  }
  if (names.length === 1 && names[0] === '') throw new AnalyseInputError(`${file}: Datei ist leer`);
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
  const target: (string[] | undefined)[] = names.map(() => undefined);
  for (const w of unique) target[index.get(w) as number] = columns.get(w);
  const lines: number[] = [];
  const width = names.length;
  const pending: string[] = new Array(width).fill('');
  while (pos < len) {
    const recordLine = line;
    // blank line
    const c0 = body.charCodeAt(pos);
    if (c0 === LF || c0 === CR) {
      endOfRecord();
      continue;
    }
    let field = 0;
    for (;;) {
      const out = field < width ? target[field] : undefined;
      const value = readField(out !== undefined);
      if (out !== undefined) pending[field] = value;
      field++;
      if (pos < len && body.charCodeAt(pos) === delim) {
        pos++;
        continue;
      }
      endOfRecord();
      break;
    }
    if (field !== width) {
      throw new AnalyseInputError(
        `${file}, Zeile ${recordLine}: ${field} Felder statt ${width} wie in der Kopfzeile`,
      );
    }
    for (let j = 0; j < width; j++) {
      const out = target[j];
      if (out) out.push(pending[j] as string);
    }
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
