import { normalizeAgs } from './ags';
import { ISSUE_CODES, type IssueCollector, quote, where } from './issues';
import { normalizeKey } from './keys';
import { parseCount, parseRatio } from './numbers';
import type { RawRecord } from './table-reader';
import type { AreaKind, PksFactRow } from './types';

/**
 * Spec-driven reading of the small, fixed-layout tables (BKA original format, tidy district CSV):
 * one ColumnSpec per header, validated exactly, each cell parsed by its kind.
 */

type CountField =
  | 'cases'
  | 'attempts'
  | 'cleared'
  | 'suspects'
  | 'suspectsMale'
  | 'suspectsFemale'
  | 'suspectsNonGerman'
  | 'firearmThreatened'
  | 'firearmFired';

export type ColumnSpec =
  | { header: string; kind: 'key' | 'ags' | 'year' }
  | { header: string; kind: 'text'; field: 'label' | 'areaName' | 'districtType' }
  | { header: string; kind: 'count'; field: CountField; required?: boolean }
  /** Ratio cells: HZ is kept, published percentages are only validated (they are derived). */
  | { header: string; kind: 'ratio'; field?: 'hzPublished' };

export interface SpecContext {
  areaKind: AreaKind;
  /** BKA CSV: thousands separators, `#DIV/0!`, leading zeros dropped as a matter of course. */
  bka: boolean;
  /** Year for every row when the table has no year column. */
  year?: number;
  maxYear: number;
}

/** Maps specs to column positions; reports missing, unexpected and repeated headers by name. */
export function validateHeader(
  header: string[],
  specs: readonly ColumnSpec[],
  line: number,
  issues: IssueCollector,
): number[] | null {
  const seen = new Map<string, number>();
  header.forEach((raw, i) => {
    const h = raw.trim();
    if (seen.has(h)) {
      issues.error({
        code: ISSUE_CODES.duplicateColumn,
        line,
        column: h,
        message: `Zeile ${line}: Spalte ${quote(h)} kommt doppelt vor (Spalten ${(seen.get(h) ?? 0) + 1} und ${i + 1}).`,
      });
    } else seen.set(h, i);
  });
  const expected = new Set(specs.map((s) => s.header));
  for (const h of seen.keys()) {
    if (!expected.has(h)) {
      issues.error({
        code: ISSUE_CODES.unexpectedColumn,
        line,
        column: h,
        message: `Zeile ${line}: unerwartete Spalte ${quote(h)}. Erwartet werden genau die Spalten ${specs.map((s) => quote(s.header)).join(', ')}. Wahrscheinliche Ursache: eine falsche Tabelle, eine umbenannte oder ergänzte Spalte.`,
      });
    }
  }
  let ok = true;
  const index = specs.map((s) => {
    const i = seen.get(s.header);
    if (i === undefined) {
      ok = false;
      issues.error({
        code: ISSUE_CODES.missingColumn,
        line,
        column: s.header,
        message: `Zeile ${line}: Spalte ${quote(s.header)} fehlt. Wahrscheinliche Ursache: eine andere Tabelle oder eine gelöschte oder umbenannte Spalte.`,
      });
      return -1;
    }
    return i;
  });
  return ok ? index : null;
}

/** Parses one record into a row, or reports every bad cell and returns null. */
export function parseSpecRecord(
  rec: RawRecord,
  specs: readonly ColumnSpec[],
  index: readonly number[],
  ctx: SpecContext,
  issues: IssueCollector,
): PksFactRow | null {
  const row: PksFactRow = {
    areaKind: ctx.areaKind,
    ags: '',
    year: ctx.year ?? 0,
    key: '',
    cases: 0,
    attempts: null,
    cleared: null,
    suspects: null,
  };
  let ok = true;
  const fail = (code: string, column: string, value: string, reason: string) => {
    ok = false;
    issues.error({
      code,
      line: rec.line,
      column,
      value,
      message: `${where(rec.line, column, value)} ${reason}.`,
    });
  };
  specs.forEach((spec, s) => {
    const raw = rec.fields[index[s] as number] ?? '';
    switch (spec.kind) {
      case 'key': {
        const k = normalizeKey(raw);
        if (!k.ok) {
          fail(
            ISSUE_CODES.badKey,
            spec.header,
            raw,
            'ist kein Straftatenschlüssel (6 Zeichen aus Ziffern und *, oder ------)',
          );
          return;
        }
        row.key = k.key;
        if (k.repair === 'scientific' || (k.repair === 'padded' && !ctx.bka)) {
          issues.warn({
            code: k.repair === 'scientific' ? ISSUE_CODES.keyScientific : ISSUE_CODES.keyPadded,
            line: rec.line,
            column: spec.header,
            value: raw,
            message: `${where(rec.line, spec.header, raw)} als Schlüssel ${k.key} gelesen. Wahrscheinliche Ursache: ein Tabellenprogramm hat den Schlüssel als Zahl behandelt. Schlüssel bitte als Text speichern.`,
          });
        }
        return;
      }
      case 'ags': {
        const a = normalizeAgs(raw, ctx.areaKind, ctx.bka ? 4 : 0);
        if (!a.ok) fail(ISSUE_CODES.badAgs, spec.header, raw, a.reason);
        else row.ags = a.ags;
        return;
      }
      case 'year': {
        const y = raw.trim();
        if (!/^\d{4}$/.test(y) || Number(y) < 1950 || Number(y) > ctx.maxYear) {
          fail(
            ISSUE_CODES.badYear,
            spec.header,
            raw,
            `ist kein Berichtsjahr zwischen 1950 und ${ctx.maxYear}`,
          );
        } else row.year = Number(y);
        return;
      }
      case 'text':
        row[spec.field] = raw.replace(/\s+/g, ' ').trim();
        return;
      case 'count': {
        const p = parseCount(raw, { thousands: ctx.bka, optional: !spec.required });
        if (!p.ok) fail(p.code, spec.header, raw, p.reason);
        else if (spec.field === 'cases') row.cases = p.value ?? 0;
        else row[spec.field] = p.value;
        return;
      }
      case 'ratio': {
        const p = parseRatio(raw, { thousands: ctx.bka, divZero: ctx.bka });
        if (!p.ok) fail(p.code, spec.header, raw, p.reason);
        else if (spec.field) row[spec.field] = p.value;
        return;
      }
    }
  });
  return ok ? row : null;
}

/** Field count check; the last record of a file with too few fields means truncation. */
export function checkFieldCount(
  rec: RawRecord,
  expected: number,
  isLast: boolean,
  issues: IssueCollector,
): boolean {
  const n = rec.fields.length;
  if (n === expected) return true;
  const truncated = isLast && n < expected;
  issues.error({
    code: truncated ? ISSUE_CODES.truncated : ISSUE_CODES.fieldCount,
    line: rec.line,
    value: rec.fields.join(';').slice(0, 80),
    message: truncated
      ? `Zeile ${rec.line}: nur ${n} von ${expected} Feldern – die Datei endet mitten in der Zeile. Wahrscheinliche Ursache: die Datei ist abgeschnitten (unvollständiger Download oder Kopie). Bitte die vollständige Datei verwenden.`
      : `Zeile ${rec.line}: ${n} statt ${expected} Felder. Wahrscheinliche Ursache: ein Trennzeichen im Text ohne Anführungszeichen, eine verrutschte oder fehlende Spalte.`,
  });
  return false;
}
