/**
 * Population margins of a wave for weighting (raking): which variables and levels are allowed, and the
 * parsing of the CSV upload. Pure functions.
 *
 * Variables: `SD_ALTER×SD_GESCHLECHT` (age group × sex, level e.g. `3×2`), `SD_ALTER`, `SD_GESCHLECHT`
 * and, when the wave has districts, `SD_ORTSTEIL` (level: the district code 1..n or its name as
 * configured; stored as the code). Levels are the substantive answer codes of the codebook (no missing
 * codes). In the file, `*`, `x` or `:` may stand for `×`.
 */

import type { SurveyConfig } from '../questionnaire/codebook-types.ts';
import { STANDARD_CODEBOOK } from '../questionnaire/standard-codebook.ts';
import { detectDelimiter, parseCsv } from '../sample/parse-csv.ts';
import type { WaveMargin } from './wave-types.ts';

export const AGE_SEX_VARIABLE = 'SD_ALTER×SD_GESCHLECHT';
export const DISTRICT_VARIABLE = 'SD_ORTSTEIL';

export interface MarginIssue {
  /** CSV line (header = 1) or, for JSON rows, the position of the row (1 = first). */
  readonly line: number;
  readonly column?: 'variable' | 'level' | 'count';
  readonly value?: string;
  readonly message: string;
}

export type MarginsResult =
  | { ok: true; margins: WaveMargin[]; warnings: string[] }
  | { ok: false; errors: MarginIssue[] };

function substantiveCodes(valueSetId: string): number[] {
  const set = STANDARD_CODEBOOK.valueSets.find((s) => s.id === valueSetId);
  if (!set || !('values' in set)) throw new Error(`Wertemenge ${valueSetId} fehlt`);
  return set.values.filter((v) => !v.missing).map((v) => v.code);
}

const AGE_CODES = substantiveCodes('altersgruppe');
const SEX_CODES = substantiveCodes('geschlecht');

/** The allowed levels per variable for a configuration. */
export function marginLevels(config: SurveyConfig): Map<string, string[]> {
  const levels = new Map<string, string[]>();
  levels.set(
    AGE_SEX_VARIABLE,
    AGE_CODES.flatMap((a) => SEX_CODES.map((s) => `${a}×${s}`)),
  );
  levels.set('SD_ALTER', AGE_CODES.map(String));
  levels.set('SD_GESCHLECHT', SEX_CODES.map(String));
  if (config.districts.length > 0) {
    levels.set(
      DISTRICT_VARIABLE,
      config.districts.map((_, i) => String(i + 1)),
    );
  }
  return levels;
}

function normaliseVariable(raw: string): string {
  return raw
    .trim()
    .toUpperCase()
    .replace(/\s*(?:×|\*|:)\s*|\s+X\s+/g, '×');
}

function normaliseLevel(raw: string): string {
  const cross = /^(\d+)\s*[×*:xX]\s*(\d+)$/.exec(raw.trim());
  return cross ? `${cross[1]}×${cross[2]}` : raw.trim();
}

export interface RawMarginRow {
  readonly line: number;
  readonly variable: unknown;
  readonly level: unknown;
  readonly count: unknown;
}

/** Validates rows (from a CSV or JSON) against the wave's configuration. */
export function validateMarginRows(
  rows: readonly RawMarginRow[],
  config: SurveyConfig,
  where: 'Zeile' | 'Eintrag' = 'Zeile',
): MarginsResult {
  const allowed = marginLevels(config);
  const errors: MarginIssue[] = [];
  const seen = new Map<string, number>();
  const margins: WaveMargin[] = [];
  for (const row of rows) {
    if (errors.length >= 100) break;
    const variableRaw = String(row.variable ?? '');
    const variable = normaliseVariable(variableRaw);
    const levels = allowed.get(variable);
    if (!levels) {
      const hint =
        variable === DISTRICT_VARIABLE
          ? ' Für Ortsteile müssen zuerst in den Fragebogen-Einstellungen Ortsteile eingetragen sein.'
          : '';
      errors.push({
        line: row.line,
        column: 'variable',
        value: variableRaw,
        message: `„${variableRaw}“ ist kein erlaubtes Merkmal (erlaubt: ${[...allowed.keys()].join(', ')}).${hint}`,
      });
      continue;
    }
    const levelRaw = String(row.level ?? '').trim();
    let level = normaliseLevel(levelRaw);
    if (variable === DISTRICT_VARIABLE && !levels.includes(level)) {
      const index = config.districts.findIndex(
        (d) => d.toLocaleLowerCase('de') === levelRaw.toLocaleLowerCase('de'),
      );
      if (index >= 0) level = String(index + 1);
    }
    if (!levels.includes(level)) {
      const expected =
        variable === DISTRICT_VARIABLE
          ? `Ortsteil-Nummer 1–${config.districts.length} oder ein Ortsteil aus den Einstellungen (${config.districts.join(', ')})`
          : variable === AGE_SEX_VARIABLE
            ? `Altersgruppe×Geschlecht, z. B. 1×2 (Altersgruppen ${AGE_CODES.join(', ')}; Geschlecht ${SEX_CODES.join(', ')})`
            : levels.join(', ');
      errors.push({
        line: row.line,
        column: 'level',
        value: levelRaw,
        message: `„${levelRaw}“ ist keine gültige Ausprägung von ${variable} (erwartet: ${expected}).`,
      });
      continue;
    }
    const countRaw = typeof row.count === 'number' ? String(row.count) : String(row.count ?? '').trim();
    if (!/^\d{1,9}$/.test(countRaw)) {
      errors.push({
        line: row.line,
        column: 'count',
        value: countRaw,
        message: `„${countRaw}“ ist keine gültige Anzahl (ganze Zahl ≥ 0 ohne Tausenderpunkte).`,
      });
      continue;
    }
    const key = `${variable}\u0000${level}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({
        line: row.line,
        column: 'level',
        value: levelRaw,
        message: `${variable} = ${level} kommt schon in ${where} ${earlier} vor.`,
      });
      continue;
    }
    seen.set(key, row.line);
    margins.push({ variable, level, count: Number(countRaw) });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (margins.length === 0) {
    return { ok: false, errors: [{ line: 1, message: 'Die Datei enthält keine Randverteilungen.' }] };
  }
  return { ok: true, margins, warnings: marginWarnings(margins, allowed) };
}

/** Incomplete variables and different totals (raking needs every margin to sum to the same population). */
function marginWarnings(margins: readonly WaveMargin[], allowed: Map<string, string[]>): string[] {
  const warnings: string[] = [];
  const totals = new Map<string, number>();
  for (const m of margins) totals.set(m.variable, (totals.get(m.variable) ?? 0) + m.count);
  for (const variable of totals.keys()) {
    const given = new Set(margins.filter((m) => m.variable === variable).map((m) => m.level));
    const missing = (allowed.get(variable) ?? []).filter((l) => !given.has(l));
    if (missing.length > 0) {
      warnings.push(`${variable}: keine Angabe für ${missing.join(', ')} (wird als 0 gewertet).`);
    }
  }
  const distinct = new Set(totals.values());
  if (distinct.size > 1) {
    warnings.push(
      `Die Summen der Merkmale unterscheiden sich (${[...totals].map(([v, t]) => `${v}: ${t.toLocaleString('de-DE')}`).join('; ')}). Für die Gewichtung sollten alle dieselbe Bevölkerung beschreiben.`,
    );
  }
  return warnings;
}

const HEADER_ALIASES: Record<string, 'variable' | 'level' | 'count'> = {
  variable: 'variable',
  merkmal: 'variable',
  level: 'level',
  auspraegung: 'level',
  ausprägung: 'level',
  kategorie: 'level',
  count: 'count',
  anzahl: 'count',
};

/** Parses a margins CSV (UTF-8, `;` or `,`, header variable,level,count) and validates it. */
export function parseMarginsCsv(input: string | Uint8Array, config: SurveyConfig): MarginsResult {
  let text: string;
  try {
    text =
      typeof input === 'string'
        ? input
        : new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return {
      ok: false,
      errors: [{ line: 1, message: 'Die Datei ist nicht UTF-8-kodiert. Bitte als „CSV UTF-8“ speichern.' }],
    };
  }
  text = text.replace(/^\uFEFF/, '');
  const parsed = parseCsv(text, detectDelimiter(text));
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, message: parsed.message }] };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, errors: [{ line: 1, message: 'Die Datei ist leer.' }] };
  const index: Partial<Record<'variable' | 'level' | 'count', number>> = {};
  header.fields.forEach((raw, i) => {
    const name = HEADER_ALIASES[raw.trim().toLocaleLowerCase('de')];
    if (name && index[name] === undefined) index[name] = i;
  });
  const missing = (['variable', 'level', 'count'] as const).filter((c) => index[c] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((column) => ({
        line: 1,
        column,
        message: `Spalte „${column}“ fehlt in der Kopfzeile (erwartet: variable;level;count).`,
      })),
    };
  }
  const rows: RawMarginRow[] = [];
  const errors: MarginIssue[] = [];
  for (const record of records) {
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (record.fields.length !== header.fields.length) {
      errors.push({
        line: record.line,
        message: `${record.fields.length} Felder statt ${header.fields.length} wie in der Kopfzeile.`,
      });
      continue;
    }
    rows.push({
      line: record.line,
      variable: record.fields[index.variable!],
      level: record.fields[index.level!],
      count: record.fields[index.count!],
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return validateMarginRows(rows, config);
}

/** "Zeile 3, Spalte „level“: …" */
export function formatMarginIssue(issue: MarginIssue, where: 'Zeile' | 'Eintrag' = 'Zeile'): string {
  return `${where} ${issue.line}${issue.column ? `, Spalte „${issue.column}“` : ''}: ${issue.message}`;
}
