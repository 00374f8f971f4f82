// CSV reading for `asskomm analyse`: a streaming RFC 4180 parser that keeps only the columns it is asked
// for, dictionary-coded into typed arrays (one Int32 per cell, each distinct text stored once), with the file
// line of every record so that errors can name it. A 1,000,000-row file never exists as row objects or as
// one string per cell. Pure functions except readCsvFile.

import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** An input problem the user can fix; the message is German and names the file, column or line. */
export class AnalyseInputError extends Error {
  override name = 'AnalyseInputError';
}

/** Cell texts that mean "no value": empty and R's `write.csv` default "NA". */
export const isMissingText = (s: string): boolean => s === '' || s === 'NA';

/**
 * One requested column. Normally dictionary-coded: `codes[r]` indexes `values` (the distinct trimmed cell
 * texts; one byte per cell while there are at most 256 of them, as for answer codes). A column with more than DICTIONARY_LIMIT distinct texts that are all numbers (weights, ids) is kept
 * as numbers instead (`numbers`, NaN for a missing cell).
 */
export interface CsvColumn {
  readonly codes: CodeArray | null;
  readonly values: readonly string[];
  readonly numbers: Float64Array | null;
  /** numbers only: first record whose text is neither a number nor missing */
  readonly firstText: { readonly row: number; readonly value: string } | null;
}

export interface CsvColumns {
  readonly header: readonly string[];
  readonly columns: ReadonlyMap<string, CsvColumn>;
  /** file line (1-based, header = line 1 for a header on the first line) where each record starts */
  readonly lines: Int32Array;
  readonly rows: number;
  readonly delimiter: string;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const DICTIONARY_LIMIT = 65_536;

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
 * Parses a number the way analysts write them: "12", "-3.5", "1e3"; with semicolon-separated files also
 * a decimal comma ("3,5"). Empty or "NA" (after trimming) is missing (NaN); anything else, and numbers
 * beyond the double range such as "1e400", returns undefined.
 */
export function parseNumber(raw: string, decimalComma: boolean): number | undefined {
  const s = raw.trim();
  if (isMissingText(s)) return Number.NaN;
  const normalised = decimalComma && !s.includes('.') ? s.replace(',', '.') : s;
  if (!isDecimalText(normalised)) return undefined;
  const v = Number(normalised);
  return Number.isFinite(v) ? v : undefined;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Whether s is a decimal number as /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/ describes it (no hex, no
 * "Infinity", no spaces: Number() would accept those). Written out because it runs once per cell of a
 * weight column.
 */
function isDecimalText(s: string): boolean {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  if (c === 43 || c === 45) i++; // + -
  const intStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  let digits = i - intStart;
  if (i < n && s.charCodeAt(i) === 46) {
    // '.'
    const fracStart = ++i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    digits += i - fracStart;
  }
  if (digits === 0) return false;
  if (i < n && (s.charCodeAt(i) | 32) === 101) {
    // 'e' or 'E'
    i++;
    c = s.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    const expStart = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === expStart) return false;
  }
  return i === n;
}

/** Per-cell dictionary codes, as narrow as the number of distinct values allows. */
export type CodeArray = Uint8Array | Uint16Array | Int32Array;

/** A code array of the same length that can hold codes up to `count` − 1. */
function widen(a: CodeArray, count: number): CodeArray {
  if (count <= 256 && a instanceof Uint8Array) return a;
  if (count <= 65_536 && !(a instanceof Int32Array)) {
    if (a instanceof Uint16Array) return a;
    const b = new Uint16Array(a.length);
    b.set(a);
    return b;
  }
  if (a instanceof Int32Array) return a;
  const b = new Int32Array(a.length);
  b.set(a);
  return b;
}

/**
 * The value of text[start, end) when it is an integer written canonically ("4", "-1", "1234"; not "04",
 * "+4", "-0" or " 4"), else NaN.
 */
function canonicalInteger(text: string, start: number, end: number): number {
  let i = start;
  const negative = text.charCodeAt(i) === 45; // '-'
  if (negative) i++;
  if (i >= end || (text.charCodeAt(i) === 48 && (end - i > 1 || negative))) return Number.NaN;
  let v = 0;
  for (; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    v = v * 10 + d;
  }
  return negative ? -v : v;
}

/** text[start, end) (at most 3 characters, each below 256) packed into one small integer, else −1. */
function packShort(text: string, start: number, end: number): number {
  let key = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 255) return -1;
    key = key * 256 + c;
  }
  return key;
}

/**
 * Integers in this range (answer codes, −1, cluster numbers) are looked up by value, without making a
 * string per cell; the table is made when a column has its first such cell.
 */
const SMALL_MIN = -1024;
const SMALL_MAX = 99_999;

class ColumnBuilder {
  private dict: Map<string, number> | null = new Map();
  /** code of each small integer already seen (canonical text only: "4", "-1", not "04" or "+4"), else −1 */
  private small: Int32Array | null = null;
  /** code of each other text of up to 3 one-byte characters already seen ("A08", "NA"), by its packed characters */
  private short = new Map<number, number>();
  private values: string[] = [];
  private codes: CodeArray = new Uint8Array(1024);
  private numbers: Float64Array | null = null;
  private firstText: { row: number; value: string } | null = null;
  private n = 0;
  constructor(private readonly decimalComma: boolean) {}

  /** Makes room for `rows` records at once (the caller estimates them from the file size). */
  reserve(rows: number): void {
    if (this.numbers && this.numbers.length < rows) {
      const b = new Float64Array(rows);
      b.set(this.numbers.subarray(0, this.n));
      this.numbers = b;
    } else if (!this.numbers && this.codes.length < rows) {
      const b = new (this.codes.constructor as { new (n: number): CodeArray })(rows);
      b.set(this.codes.subarray(0, this.n));
      this.codes = b;
    }
  }

  /** Stores code c for the next record (the code is known already). */
  private pushCode(c: number): void {
    const r = this.n++;
    if (r >= this.codes.length) this.codes = grow(this.codes);
    this.codes[r] = c;
  }

  /**
   * Adds the unquoted cell text[start, end). Canonical integers of the small range and other texts of up
   * to three one-byte characters are found by value without making a string; everything else goes
   * through push().
   */
  pushRange(text: string, start: number, end: number): void {
    const length = end - start;
    if (this.dict !== null && length <= 6) {
      const v = canonicalInteger(text, start, end);
      if (v >= SMALL_MIN && v <= SMALL_MAX) {
        if (this.small === null) this.small = new Int32Array(SMALL_MAX - SMALL_MIN + 1).fill(-1);
        const c = this.small[v - SMALL_MIN] as number;
        if (c >= 0) {
          this.pushCode(c);
          return;
        }
        this.push(text.slice(start, end));
        if (this.dict !== null) this.small[v - SMALL_MIN] = this.codes[this.n - 1] as number;
        return;
      }
      if (length <= 3) {
        const key = packShort(text, start, end);
        if (key >= 0) {
          const c = this.short.get(key);
          if (c !== undefined) {
            this.pushCode(c);
            return;
          }
          this.push(text.slice(start, end));
          if (this.dict !== null) this.short.set(key, this.codes[this.n - 1] as number);
          return;
        }
      }
    }
    this.push(text.slice(start, end));
  }

  push(raw: string): void {
    const value = raw.trim();
    const i = this.n++;
    if (this.numbers) {
      if (i >= this.numbers.length) this.numbers = grow(this.numbers);
      this.numbers[i] = this.number(value, i);
      return;
    }
    if (i >= this.codes.length) this.codes = grow(this.codes);
    const dict = this.dict as Map<string, number>;
    let c = dict.get(value);
    if (c === undefined) {
      c = this.values.length;
      dict.set(value, c);
      this.values.push(value);
      this.codes = widen(this.codes, this.values.length);
      this.codes[i] = c;
      if (this.values.length > DICTIONARY_LIMIT) this.tryNumbers();
      return;
    }
    this.codes[i] = c;
  }

  private number(value: string, row: number): number {
    const v = parseNumber(value, this.decimalComma);
    if (v !== undefined) return v;
    if (!this.firstText) this.firstText = { row, value };
    return Number.NaN;
  }

  /** Too many distinct texts: keep numbers instead, if every text so far is one. */
  private tryNumbers(): void {
    const parsed = this.values.map((v) => parseNumber(v, this.decimalComma));
    if (parsed.some((v) => v === undefined)) return; // text column with many values: stay a dictionary
    const numbers = new Float64Array(Math.max(this.codes.length, 1024));
    for (let r = 0; r < this.n; r++) numbers[r] = parsed[this.codes[r] as number] as number;
    this.numbers = numbers;
    this.dict = null;
    this.values = [];
    this.codes = new Uint8Array(0);
  }

  finish(): CsvColumn {
    // views, not copies: a copy would double the memory at its peak
    if (this.numbers)
      return {
        codes: null,
        values: [],
        numbers: this.numbers.subarray(0, this.n),
        firstText: this.firstText,
      };
    return { codes: this.codes.subarray(0, this.n), values: this.values, numbers: null, firstText: null };
  }
}

function grow<T extends CodeArray | Float64Array>(a: T): T {
  const b = new (a.constructor as { new (n: number): T })(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Incremental parser: feed text chunks, then `end()`. A record cut by the end of a chunk is parsed again
 * with the next one.
 */
export class CsvColumnParser {
  private pending = '';
  private header: string[] | null = null;
  private delimiter = ',';
  private delim = 44;
  private builders: (ColumnBuilder | undefined)[] = [];
  private byName = new Map<string, ColumnBuilder>();
  private lines = new Int32Array(1024);
  private rows = 0;
  private line = 1;
  private first = true;

  constructor(
    private readonly wanted: readonly string[],
    private readonly file: string,
  ) {}

  push(chunk: string): void {
    let text = this.pending + chunk;
    if (this.first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte order mark
      this.first = false;
    }
    const stop = this.parse(text, text.length, false);
    this.pending = stop < text.length ? text.slice(stop) : '';
  }

  /** Records parsed so far. */
  get rowCount(): number {
    return this.rows;
  }

  /** Makes room for about `rows` records in every column (no effect if they are already there). */
  reserve(rows: number): void {
    for (const b of this.byName.values()) b.reserve(rows);
    if (this.lines.length < rows) {
      const l = new Int32Array(rows);
      l.set(this.lines.subarray(0, this.rows));
      this.lines = l;
    }
  }

  end(): CsvColumns {
    if (this.pending.length > 0 || this.header === null) this.parse(this.pending, this.pending.length, true);
    this.pending = '';
    const header = this.header ?? [];
    const columns = new Map<string, CsvColumn>();
    for (const [name, b] of this.byName) columns.set(name, b.finish());
    return {
      header,
      columns,
      lines: this.lines.subarray(0, this.rows),
      rows: this.rows,
      delimiter: this.delimiter,
    };
  }

  /** Value of the quoted field read by the last readQuoted (when kept). */
  private quotedText = '';
  /** Per field of the current record: its text when quoted, else null and its range in starts/ends. */
  private quotedOf: (string | null)[] = [];
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);

  /**
   * Reads the quoted field that starts at body[pos] (a quote), keeping its text in quotedText when
   * `keep`. Returns the position after it (at the delimiter or line end), or −1 when the text ends inside
   * the quotes and more text may follow. Line feeds inside the quotes advance this.line.
   */
  private readQuoted(body: string, pos: number, len: number, last: boolean, keep: boolean): number {
    const startLine = this.line;
    let value = '';
    let p = pos + 1;
    let chunk = p;
    for (;;) {
      if (p >= len) {
        if (!last) return -1;
        throw new AnalyseInputError(
          `${this.file}: Anführungszeichen ab Zeile ${startLine} wird nicht geschlossen`,
        );
      }
      const q = body.charCodeAt(p);
      if (q === QUOTE) {
        if (body.charCodeAt(p + 1) === QUOTE) {
          if (keep) value += `${body.slice(chunk, p)}"`;
          p += 2;
          chunk = p;
          continue;
        }
        if (keep) value += body.slice(chunk, p);
        p++;
        break;
      }
      if (q === LF) this.line++;
      p++;
    }
    // anything between the closing quote and the delimiter is kept verbatim (lenient)
    const rest = p;
    const delim = this.delim;
    while (p < len) {
      const c = body.charCodeAt(p);
      if (c === delim || c === LF || c === CR) break;
      p++;
    }
    if (keep) this.quotedText = value + body.slice(rest, p);
    return p;
  }

  /**
   * Reads the header line at the start of body; returns where the first record starts, or −1 when the
   * line is not complete yet.
   */
  private parseHeader(body: string, len: number, last: boolean): number {
    this.delimiter = detectDelimiter(body);
    this.delim = this.delimiter.charCodeAt(0);
    const names: string[] = [];
    let pos = 0;
    for (;;) {
      if (body.charCodeAt(pos) === QUOTE) {
        pos = this.readQuoted(body, pos, len, last, true);
        if (pos < 0) return -1;
        names.push(this.quotedText.trim());
      } else {
        const start = pos;
        while (pos < len) {
          const c = body.charCodeAt(pos);
          if (c === this.delim || c === LF || c === CR) break;
          pos++;
        }
        names.push(body.slice(start, pos).trim());
      }
      if (pos < len && body.charCodeAt(pos) === this.delim) {
        pos++;
        continue;
      }
      // the line end is still to come (or the LF of a CR LF)
      if (!last && (pos >= len || (body.charCodeAt(pos) === CR && pos + 1 >= len))) return -1;
      if (pos < len) {
        if (body.charCodeAt(pos) === CR && body.charCodeAt(pos + 1) === LF) pos++;
        pos++;
        this.line++;
      }
      break;
    }
    const file = this.file;
    if (names.length === 1 && names[0] === '') throw new AnalyseInputError(`${file}: Datei ist leer`);
    const index = new Map<string, number>();
    names.forEach((h, i) => {
      if (!index.has(h)) index.set(h, i);
    });
    for (const w of new Set(this.wanted)) {
      if (!index.has(w)) {
        throw new AnalyseInputError(`Spalte „${w}“ fehlt in ${file} (vorhanden: ${names.join(', ')})`);
      }
      const b = new ColumnBuilder(this.delimiter === ';');
      this.byName.set(w, b);
      this.builders[index.get(w) as number] = b;
    }
    this.header = names;
    this.quotedOf = new Array(names.length).fill(null);
    this.starts = new Int32Array(names.length);
    this.ends = new Int32Array(names.length);
    return pos;
  }

  /**
   * Parses the records in text[0, len); `last` when no more text follows. Otherwise a record that the end
   * of the text cuts is left for the next chunk: returns where it starts (len when none is cut). The loop
   * over the characters of unquoted fields is the hot path of a large file: it keeps its position in a
   * local variable and only notes where each field starts and ends; the cells are stored once the record
   * is known to be complete.
   */
  private parse(body: string, len: number, last: boolean): number {
    let pos = 0;
    if (!last && body.lastIndexOf('\n') < 0) return 0; // not even one complete line yet
    if (this.header === null) {
      pos = this.parseHeader(body, len, last);
      if (pos < 0) {
        this.line = 1; // the header's quoted field continues in the next chunk
        return 0;
      }
    }
    const width = (this.header as string[]).length;
    const builders = this.builders;
    const delim = this.delim;
    const quotedOf = this.quotedOf;
    const starts = this.starts;
    const ends = this.ends;
    while (pos < len) {
      const recordLine = this.line;
      const recordStart = pos;
      const c0 = body.charCodeAt(pos);
      if (c0 === LF || c0 === CR) {
        if (c0 === CR && pos + 1 >= len && !last) return recordStart; // its LF may follow
        if (c0 === CR && body.charCodeAt(pos + 1) === LF) pos++;
        pos++;
        this.line++; // blank line
        continue;
      }
      let field = 0;
      for (;;) {
        if (body.charCodeAt(pos) === QUOTE) {
          const wanted = field < width && builders[field] !== undefined;
          pos = this.readQuoted(body, pos, len, last, wanted);
          if (pos < 0) {
            this.line = recordLine;
            return recordStart;
          }
          if (wanted) quotedOf[field] = this.quotedText;
        } else {
          const start = pos;
          while (pos < len) {
            const c = body.charCodeAt(pos);
            if (c === delim || c === LF || c === CR) break;
            pos++;
          }
          if (field < width) {
            starts[field] = start;
            ends[field] = pos;
            quotedOf[field] = null;
          }
        }
        field++;
        if (pos < len && body.charCodeAt(pos) === delim) {
          pos++;
          continue;
        }
        // the line end is still to come (or the LF of a CR LF)
        if (!last && (pos >= len || (body.charCodeAt(pos) === CR && pos + 1 >= len))) {
          this.line = recordLine;
          return recordStart;
        }
        if (pos < len) {
          if (body.charCodeAt(pos) === CR && body.charCodeAt(pos + 1) === LF) pos++;
          pos++;
          this.line++;
        }
        break;
      }
      if (field !== width) {
        throw new AnalyseInputError(
          `${this.file}, Zeile ${recordLine}: ${field} Felder statt ${width} wie in der Kopfzeile`,
        );
      }
      for (let j = 0; j < width; j++) {
        const b = builders[j];
        if (b === undefined) continue;
        const quoted = quotedOf[j];
        if (quoted !== null && quoted !== undefined) b.push(quoted);
        else b.pushRange(body, starts[j] as number, ends[j] as number);
      }
      if (this.rows >= this.lines.length) this.lines = grow(this.lines);
      this.lines[this.rows++] = recordLine;
    }
    return len;
  }
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a header line) and returns the
 * wanted columns; other fields are skipped without being copied. A missing column, a record with a
 * different number of fields or an unclosed quote stops with an error naming the file and line.
 */
export function parseCsvColumns(text: string, wanted: readonly string[], file: string): CsvColumns {
  const parser = new CsvColumnParser(wanted, file);
  parser.push(text);
  return parser.end();
}

/**
 * Reads a CSV file (UTF-8) in chunks; a missing file is an AnalyseInputError naming it. Each chunk is cut
 * after its last line feed (a byte that never occurs inside a UTF-8 sequence) and decoded in one go.
 */
export async function readCsvFile(
  file: string,
  wanted: readonly string[],
  role: string,
): Promise<CsvColumns> {
  const parser = new CsvColumnParser(wanted, file);
  let rest: Buffer = Buffer.alloc(0);
  let bytes = 0;
  let reserved = false;
  const push = (b: Buffer) => {
    // pure ASCII (the usual case) is copied byte for byte; the UTF-8 decoder is slower
    parser.push(isAscii(b) ? b.toString('latin1') : b.toString('utf8'));
    bytes += b.length;
  };
  try {
    const size = (await stat(file)).size;
    for await (const data of createReadStream(file, { highWaterMark: 4 << 20 })) {
      const chunk = data as Buffer;
      const last = chunk.lastIndexOf(LF);
      if (last < 0) {
        rest = Buffer.concat([rest, chunk]);
        continue;
      }
      // the line cut by the previous chunk, then this chunk's complete lines
      const first = chunk.indexOf(LF);
      if (rest.length > 0) push(Buffer.concat([rest, chunk.subarray(0, first + 1)]));
      else push(chunk.subarray(0, first + 1));
      if (last > first) push(chunk.subarray(first + 1, last + 1));
      rest = Buffer.from(chunk.subarray(last + 1));
      if (!reserved && parser.rowCount > 0) {
        // one allocation of the columns for the whole file instead of repeated doubling
        parser.reserve(Math.ceil((size / bytes) * parser.rowCount * 1.02 + 16));
        reserved = true;
      }
    }
  } catch (error) {
    if (error instanceof AnalyseInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AnalyseInputError(`${role} nicht gefunden: ${file}`);
    throw new AnalyseInputError(`${role} nicht lesbar: ${file} (${code ?? String(error)})`);
  }
  if (rest.length > 0) parser.push(rest.toString('utf8'));
  return parser.end();
}

/** Per record: the column's numbers; missing cells (and `missingCodes`) NaN; any other text an error. */
export function numericColumn(
  csv: CsvColumns,
  name: string,
  file: string,
  missingCodes: readonly number[] = [],
): Float64Array {
  const col = csv.columns.get(name) as CsvColumn;
  const comma = csv.delimiter === ';';
  const notANumber = (row: number, value: string) =>
    new AnalyseInputError(
      `${file}, Spalte „${name}“, Zeile ${csv.lines[row]}: „${value}“ ist keine Zahl (fehlende Werte: leer oder NA)`,
    );
  const drop = new Set(missingCodes);
  if (col.numbers) {
    if (col.firstText) throw notANumber(col.firstText.row, col.firstText.value);
    if (drop.size === 0) return col.numbers;
    return col.numbers.map((v) => (drop.has(v) ? Number.NaN : v));
  }
  const lookup = col.values.map((v) => parseNumber(v, comma));
  const bad = lookup.indexOf(undefined);
  if (bad >= 0) throw notANumber((col.codes as CodeArray).indexOf(bad), col.values[bad] as string);
  const table = Float64Array.from(lookup as number[], (v) => (drop.has(v) ? Number.NaN : v));
  const codes = col.codes as CodeArray;
  const out = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = table[codes[i] as number] as number;
  return out;
}

/**
 * Per record: an index into `levels` (the distinct non-missing texts, in order of first appearance) or −1
 * for a missing cell (empty, "NA" or one of `missingCodes`, compared as numbers).
 */
export function categoryColumn(
  csv: CsvColumns,
  name: string,
  missingCodes: readonly number[] = [],
): { codes: Int32Array; levels: string[] } {
  const col = csv.columns.get(name) as CsvColumn;
  const comma = csv.delimiter === ';';
  const drop = new Set(missingCodes);
  const missing = (text: string) => {
    if (isMissingText(text)) return true;
    if (drop.size === 0) return false;
    const v = parseNumber(text, comma);
    return v !== undefined && drop.has(v);
  };
  if (col.numbers) {
    const levels: string[] = [];
    const index = new Map<number, number>();
    const codes = new Int32Array(col.numbers.length);
    for (let i = 0; i < codes.length; i++) {
      const v = col.numbers[i] as number;
      if (Number.isNaN(v) || drop.has(v)) {
        codes[i] = -1;
        continue;
      }
      let c = index.get(v);
      if (c === undefined) {
        c = levels.length;
        index.set(v, c);
        levels.push(String(v));
      }
      codes[i] = c;
    }
    if (col.firstText) {
      throw new AnalyseInputError(
        `Spalte „${name}“: zu viele verschiedene Werte, die keine Zahlen sind (z. B. „${col.firstText.value}“)`,
      );
    }
    return { codes, levels };
  }
  const remap = new Int32Array(col.values.length);
  const levels: string[] = [];
  col.values.forEach((v, k) => {
    if (missing(v)) remap[k] = -1;
    else {
      remap[k] = levels.length;
      levels.push(v);
    }
  });
  const src = col.codes as CodeArray;
  const codes = new Int32Array(src.length);
  for (let i = 0; i < src.length; i++) codes[i] = remap[src[i] as number] as number;
  return { codes, levels };
}

/** Drops a column that is no longer needed, so that its memory can be reclaimed during the analysis. */
export function releaseColumn(csv: CsvColumns, name: string): void {
  (csv.columns as Map<string, CsvColumn>).delete(name);
}
