import { ISSUE_CODES, type IssueCollector, where } from '../issues';
import { normalizeKey } from '../keys';
import { parseCount } from '../numbers';
import { NULL_COUNT } from '../types';
import type { CsvScanner } from './csv-scanner';

const SP = 0x20;
const TAB = 0x09;
const utf8 = new TextDecoder('utf-8');

/** Result of `count` for a cell that was reported as an error. */
export const BAD = -2;
const EMPTY = -1;

/**
 * Reads the cells of the record the scanner last found, straight from the bytes: digits are
 * summed without making strings, and AGS and keys become strings only once per distinct value
 * (cached by their numeric code). Bad cells are reported with line, column and value; only then
 * is the cell decoded to text.
 */
export class CellReader {
  /** AGS as 8-digit number → its string. */
  readonly agsCache = new Map<number, string>();
  /** Key coded base 12 (digits, `*` = 10, `-` = 11) → its string. */
  readonly keyCache = new Map<number, string>();

  constructor(
    private readonly scanner: CsvScanner,
    private readonly header: readonly string[],
    private readonly issues: IssueCollector,
    private readonly maxYear: number,
  ) {}

  text(buf: Uint8Array, f: number): string {
    const sc = this.scanner;
    const s = utf8.decode(buf.subarray(sc.fieldStart[f], sc.fieldEnd[f]));
    return sc.escaped[f] ? s.replaceAll('""', '"') : s;
  }

  private fail(buf: Uint8Array, f: number, line: number, code: string, reason: string): void {
    const column = this.header[f] ?? '';
    const value = this.text(buf, f);
    this.issues.error({ code, line, column, value, message: `${where(line, column, value)} ${reason}.` });
  }

  ags(buf: Uint8Array, f: number, line: number): string | null {
    const sc = this.scanner;
    let s = sc.fieldStart[f] as number;
    let e = sc.fieldEnd[f] as number;
    while (s < e && (buf[s] === SP || buf[s] === TAB)) s++;
    while (e > s && (buf[e - 1] === SP || buf[e - 1] === TAB)) e--;
    const len = e - s;
    let num = 0;
    for (let i = s; i < e; i++) {
      const d = (buf[i] as number) - 48;
      if (d < 0 || d > 9) {
        this.fail(buf, f, line, ISSUE_CODES.badAgs, 'ist kein Amtlicher Gemeindeschlüssel (8 Ziffern)');
        return null;
      }
      num = num * 10 + d;
    }
    if (len !== 8 && len !== 7) {
      this.fail(
        buf,
        f,
        line,
        ISSUE_CODES.badAgs,
        `hat ${len} statt 8 Ziffern; erwartet wird der Amtliche Gemeindeschlüssel (8 Ziffern, z. B. 14612000)`,
      );
      return null;
    }
    const land = Math.floor(num / 1e6);
    if (land < 1 || land > 16) {
      this.fail(buf, f, line, ISSUE_CODES.badAgs, 'beginnt nicht mit einer Länderkennung 01–16');
      return null;
    }
    let str = this.agsCache.get(num);
    if (str === undefined) {
      str = String(num).padStart(8, '0');
      this.agsCache.set(num, str);
    }
    if (len === 7) {
      const column = this.header[f] ?? '';
      this.issues.warn({
        code: ISSUE_CODES.agsPadded,
        line,
        column,
        value: this.text(buf, f),
        message: `${where(line, column, this.text(buf, f))} hat 7 Ziffern und wird als ${str} gelesen. Wahrscheinliche Ursache: ein Tabellenprogramm hat die führende Null entfernt. AGS bitte als Text speichern.`,
      });
    }
    return str;
  }

  year(buf: Uint8Array, f: number, line: number): number {
    const sc = this.scanner;
    let s = sc.fieldStart[f] as number;
    let e = sc.fieldEnd[f] as number;
    while (s < e && (buf[s] === SP || buf[s] === TAB)) s++;
    while (e > s && (buf[e - 1] === SP || buf[e - 1] === TAB)) e--;
    let y = 0;
    for (let i = s; i < e; i++) {
      const d = (buf[i] as number) - 48;
      if (d < 0 || d > 9) {
        y = -1;
        break;
      }
      y = y * 10 + d;
    }
    if (e - s !== 4 || y < 1950 || y > this.maxYear) {
      this.fail(buf, f, line, ISSUE_CODES.badYear, `ist kein Berichtsjahr zwischen 1950 und ${this.maxYear}`);
      return -1;
    }
    return y;
  }

  key(buf: Uint8Array, f: number, line: number): string | null {
    const sc = this.scanner;
    const s = sc.fieldStart[f] as number;
    const e = sc.fieldEnd[f] as number;
    if (e - s === 6) {
      // Fast path: 6 bytes of [0-9*] or "------", coded base 12 for the cache.
      let code = 0;
      let dashes = 0;
      for (let i = s; i < e; i++) {
        const b = buf[i] as number;
        let v: number;
        if (b >= 48 && b <= 57) v = b - 48;
        else if (b === 0x2a) v = 10;
        else if (b === 0x2d) {
          v = 11;
          dashes++;
        } else {
          code = -1;
          break;
        }
        code = code * 12 + v;
      }
      if (code >= 0 && (dashes === 0 || dashes === 6)) {
        let str = this.keyCache.get(code);
        if (str === undefined) {
          str = String.fromCharCode(...buf.subarray(s, e));
          this.keyCache.set(code, str);
        }
        return str;
      }
    }
    const raw = this.text(buf, f);
    const k = normalizeKey(raw);
    if (!k.ok) {
      this.fail(
        buf,
        f,
        line,
        ISSUE_CODES.badKey,
        'ist kein Straftatenschlüssel (6 Zeichen aus Ziffern und *, oder ------)',
      );
      return null;
    }
    if (k.repair) {
      const column = this.header[f] ?? '';
      this.issues.warn({
        code: k.repair === 'scientific' ? ISSUE_CODES.keyScientific : ISSUE_CODES.keyPadded,
        line,
        column,
        value: raw,
        message: `${where(line, column, raw)} als Schlüssel ${k.key} gelesen. Wahrscheinliche Ursache: ein Tabellenprogramm hat den Schlüssel als Zahl behandelt (führende Null entfernt oder Exponentialschreibweise). Schlüssel bitte als Text speichern.`,
      });
    }
    // Interned like the fast path so equal keys share one string.
    let code = 0;
    for (let i = 0; i < 6; i++) {
      const ch = k.key.charCodeAt(i);
      code = code * 12 + (ch === 0x2a ? 10 : ch === 0x2d ? 11 : ch - 48);
    }
    const cached = this.keyCache.get(code);
    if (cached !== undefined) return cached;
    this.keyCache.set(code, k.key);
    return k.key;
  }

  /** Count cell: value ≥ 0, NULL_COUNT when empty and optional, BAD after reporting an error. */
  count(buf: Uint8Array, f: number, line: number, required: boolean): number {
    if (f < 0) return NULL_COUNT;
    const sc = this.scanner;
    let s = sc.fieldStart[f] as number;
    let e = sc.fieldEnd[f] as number;
    while (s < e && (buf[s] === SP || buf[s] === TAB)) s++;
    while (e > s && (buf[e - 1] === SP || buf[e - 1] === TAB)) e--;
    let v = s === e ? EMPTY : 0;
    if (e - s > 10) v = BAD;
    else {
      for (let i = s; i < e; i++) {
        const d = (buf[i] as number) - 48;
        if (d < 0 || d > 9) {
          v = BAD;
          break;
        }
        v = v * 10 + d;
      }
    }
    if (v === EMPTY && !required) return NULL_COUNT;
    if (v >= 0 && v <= 2_147_483_647) return v;
    // Slow path only for bad cells: reuse the string parser for the exact reason.
    const p = parseCount(this.text(buf, f), { optional: !required });
    this.fail(
      buf,
      f,
      line,
      p.ok ? ISSUE_CODES.tooLarge : p.code,
      p.ok ? 'ist zu groß für eine Fallzahl' : p.reason,
    );
    return BAD;
  }
}
