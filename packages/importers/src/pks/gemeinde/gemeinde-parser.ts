import { checkFacts, type FactColumnNames } from '../check-facts';
import { ColumnBuilder } from '../columns';
import { sniffBinary } from '../encoding';
import { ISSUE_CODES, IssueCollector } from '../issues';
import type { ColumnarImportResult, KeyLookup, PksFactColumns } from '../types';
import { BAD, CellReader } from './cell-reader';
import { CsvScanner } from './csv-scanner';
import { mapTemplateHeader, type TemplateField } from './template-columns';

export interface GemeindeParseOptions {
  catalogue?: KeyLookup;
  knownAgs?: KeyLookup;
  maxYear?: number;
  issueLimit?: number;
}

const SP = 0x20;
const TAB = 0x09;
const utf8 = new TextDecoder('utf-8');

/**
 * Incremental parser for the municipality template in CSV form. Feed bytes with `push` (any chunk
 * boundaries) and call `finish` once. Cell checks run per row; file-wide checks (duplicates,
 * catalogue, AGS list, sub-key vs parent) run in `finish`, so rows seen before `finish` are only
 * provisionally valid. Strings are made only for distinct AGS and keys (cached by numeric code).
 */
export class GemeindeCsvParser {
  private readonly issues: IssueCollector;
  private readonly cols = new ColumnBuilder('gemeinde', 1 << 14);
  private readonly maxYear: number;
  private scanner: CsvScanner | null = null;
  private pos: Record<TemplateField, number> | null = null;
  private header: string[] = [];
  private fatal = false;
  private started = false;
  private carry: Uint8Array | null = null;
  private line = 1;
  private cells: CellReader | null = null;
  private pendingShort: { line: number; fields: number; value: string } | null = null;
  private delimiter = ';';
  private finished: ColumnarImportResult | null = null;

  constructor(private readonly options: GemeindeParseOptions = {}) {
    this.issues = new IssueCollector(options.issueLimit);
    this.maxYear = options.maxYear ?? new Date().getFullYear();
  }

  /** Rows accepted so far. */
  get rowCount(): number {
    return this.cols.length;
  }

  /** Rows [from, to) accepted so far, as column views. */
  columns(from = 0, to = this.cols.length): PksFactColumns {
    return this.cols.view(from, to);
  }

  push(chunk: Uint8Array): void {
    if (this.finished) throw new Error('GemeindeCsvParser: push() nach finish()');
    this.consume(chunk, false);
  }

  finish(): ColumnarImportResult {
    if (this.finished) return this.finished;
    this.consume(new Uint8Array(0), true);
    const issues = this.issues;
    if (this.pendingShort) this.reportShort(true);
    if (!this.pos && !this.fatal)
      issues.error({ code: ISSUE_CODES.emptyFile, message: 'Die Datei ist leer.' });
    else if (this.pos && this.cols.length === 0 && !issues.hasErrors) {
      issues.error({
        code: ISSUE_CODES.emptyFile,
        line: 1,
        message: 'Die Datei enthält nur die Kopfzeile, keine Datenzeilen.',
      });
    }
    const columns = this.cols.view();
    const stats = this.pos
      ? checkFacts(columns, this.names(), issues, {
          catalogue: this.options.catalogue,
          knownAgs: this.options.knownAgs,
        })
      : { areaCount: 0, keys: [] };
    const fin = issues.finish();
    const years = new Set<number>();
    for (const y of columns.year) years.add(y);
    this.finished = {
      columns,
      errors: fin.errors,
      warnings: fin.warnings,
      meta: {
        format: 'gemeinde',
        areaKind: 'gemeinde',
        years: [...years].sort((a, b) => a - b),
        rowCount: columns.length,
        errorCount: fin.errorCount,
        warningCount: fin.warningCount,
        issueCounts: fin.issueCounts,
        areaCount: stats.areaCount,
        keys: stats.keys,
        encoding: 'UTF-8',
        delimiter: this.delimiter,
        yearSource: 'column',
      },
    };
    return this.finished;
  }

  private names(): FactColumnNames {
    const p = this.pos as Record<TemplateField, number>;
    const h = (f: TemplateField) => (p[f] >= 0 ? this.header[p[f]] : undefined);
    return {
      ags: h('ags') ?? 'ags',
      year: h('year'),
      key: h('key') ?? 'schluessel',
      cases: h('cases') ?? 'erfasste_faelle',
      attempts: h('attempts'),
      cleared: h('cleared'),
      suspects: h('suspects'),
      suspectsMale: h('suspectsMale'),
      suspectsFemale: h('suspectsFemale'),
    };
  }

  private consume(chunk: Uint8Array, final: boolean): void {
    if (this.fatal) return;
    let buf = chunk;
    if (this.carry) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
      this.carry = null;
    }
    let p = 0;
    const n = buf.length;
    if (!this.started) {
      if (n < 4 && !final) {
        this.carry = buf.slice();
        return;
      }
      this.started = true;
      const bad = sniffBinary(buf);
      if (bad) {
        this.issues.error(bad);
        this.fatal = true;
        return;
      }
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) p = 3;
    }
    if (!this.scanner) {
      const lf = buf.indexOf(0x0a, p);
      if (lf === -1 && !final) {
        this.carry = buf.slice(p);
        return;
      }
      this.scanner = new CsvScanner(detectDelimiter(buf, p, lf === -1 ? n : lf));
      this.delimiter = String.fromCharCode(this.scanner.delimiter);
    }
    const sc = this.scanner;
    while (p < n) {
      const next = sc.scan(buf, p, n, final);
      if (next === -1) {
        this.carry = buf.slice(p);
        return;
      }
      const line = this.line;
      this.line += sc.newlines;
      if (!this.pos) {
        if (!this.readHeader(buf, line)) {
          this.fatal = true;
          return;
        }
      } else this.record(buf, line);
      p = next;
    }
  }

  private readHeader(buf: Uint8Array, line: number): boolean {
    const sc = this.scanner as CsvScanner;
    this.header = [];
    const reader = new CellReader(sc, this.header, this.issues, this.maxYear);
    for (let f = 0; f < sc.fieldCount && f < sc.capacity; f++) this.header.push(reader.text(buf, f));
    this.pos = mapTemplateHeader(this.header, line, this.issues);
    this.cells = reader;
    return this.pos !== null;
  }

  private reportShort(isLast: boolean): void {
    const s = this.pendingShort;
    if (!s) return;
    this.pendingShort = null;
    const expected = this.header.length;
    this.issues.error({
      code: isLast ? ISSUE_CODES.truncated : ISSUE_CODES.fieldCount,
      line: s.line,
      value: s.value,
      message: isLast
        ? `Zeile ${s.line}: nur ${s.fields} von ${expected} Feldern – die Datei endet mitten in der Zeile. Wahrscheinliche Ursache: die Datei ist abgeschnitten (unvollständiger Download oder Kopie). Bitte die vollständige Datei verwenden.`
        : `Zeile ${s.line}: ${s.fields} statt ${expected} Felder. Wahrscheinliche Ursache: ein Trennzeichen im Text ohne Anführungszeichen oder eine verrutschte Spalte.`,
    });
  }

  private record(buf: Uint8Array, line: number): void {
    const sc = this.scanner as CsvScanner;
    const pos = this.pos as Record<TemplateField, number>;
    const cells = this.cells as CellReader;
    const fc = sc.fieldCount;
    if (this.pendingShort) this.reportShort(false);
    if (isBlank(buf, sc)) return;
    if (sc.quoteError !== -1) {
      this.issues.error({
        code: ISSUE_CODES.badQuote,
        line,
        message: `Zeile ${line}: fehlerhafte Anführungszeichen (ein Feld in "…" muss direkt vor dem Trennzeichen enden; "" steht für ein Anführungszeichen im Text).`,
      });
      return;
    }
    const expected = this.header.length;
    if (fc !== expected) {
      const value = utf8
        .decode(buf.subarray(sc.fieldStart[0], sc.fieldEnd[Math.min(fc, sc.capacity) - 1]))
        .slice(0, 80);
      if (fc < expected) this.pendingShort = { line, fields: fc, value };
      else
        this.issues.error({
          code: ISSUE_CODES.fieldCount,
          line,
          value,
          message: `Zeile ${line}: ${fc} statt ${expected} Felder. Wahrscheinliche Ursache: ein Trennzeichen im Text ohne Anführungszeichen oder eine verrutschte Spalte.`,
        });
      return;
    }
    let ok = true;
    const ags = cells.ags(buf, pos.ags, line);
    if (ags === null) ok = false;
    const year = cells.year(buf, pos.year, line);
    if (year === -1) ok = false;
    const key = cells.key(buf, pos.key, line);
    if (key === null) ok = false;
    const cases = cells.count(buf, pos.cases, line, true);
    const attempts = cells.count(buf, pos.attempts, line, false);
    const cleared = cells.count(buf, pos.cleared, line, false);
    const suspects = cells.count(buf, pos.suspects, line, false);
    const male = cells.count(buf, pos.suspectsMale, line, false);
    const female = cells.count(buf, pos.suspectsFemale, line, false);
    const nonGerman = cells.count(buf, pos.suspectsNonGerman, line, false);
    if (
      !ok ||
      cases === BAD ||
      attempts === BAD ||
      cleared === BAD ||
      suspects === BAD ||
      male === BAD ||
      female === BAD ||
      nonGerman === BAD
    )
      return;
    const c = this.cols;
    const i = c.next();
    c.ags[i] = ags as string;
    c.key[i] = key as string;
    c.year[i] = year;
    c.cases[i] = cases;
    c.attempts[i] = attempts;
    c.cleared[i] = cleared;
    c.suspects[i] = suspects;
    c.suspectsMale[i] = male;
    c.suspectsFemale[i] = female;
    c.suspectsNonGerman[i] = nonGerman;
    c.line[i] = line;
  }
}

/** `;` (German Excel), `,` (RFC 4180) or tab, whichever occurs most in the header line. */
function detectDelimiter(buf: Uint8Array, s: number, e: number): number {
  let semi = 0;
  let comma = 0;
  let tab = 0;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b === 0x3b) semi++;
    else if (b === 0x2c) comma++;
    else if (b === TAB) tab++;
  }
  if (tab > semi && tab > comma) return TAB;
  return semi >= comma && semi > 0 ? 0x3b : 0x2c;
}

/** A line with nothing but delimiters and spaces (Excel writes `;;;;` for empty rows). */
function isBlank(buf: Uint8Array, sc: CsvScanner): boolean {
  const n = Math.min(sc.fieldCount, sc.capacity);
  for (let f = 0; f < n; f++) {
    for (let i = sc.fieldStart[f] as number; i < (sc.fieldEnd[f] as number); i++) {
      const b = buf[i];
      if (b !== SP && b !== TAB && b !== 0x0d) return false;
    }
  }
  return true;
}
