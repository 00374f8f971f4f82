/**
 * Types shared by every PKS importer. The importers are pure: bytes + options in, rows + issues out;
 * nothing here touches a database (DESIGN.md, "Architecture"). A caller writes the rows only when
 * `errors` is empty, so an import lands whole or not at all.
 */

/** Level of the area a fact belongs to: an 8-digit Gemeinde AGS, a 5-digit Kreis or `14` for Saxony. */
export type AreaKind = 'gemeinde' | 'kreis' | 'land';

/** Formats `importPks` understands (see detect.ts). */
export type PksFormat = 'bka-kreise' | 'kreise-csv' | 'gemeinde';

/**
 * One recorded-crime fact: area × Berichtsjahr × Straftatenschlüssel.
 * Counts follow the PKS definitions (reference/domain.md §4.1): `cases` = erfasste Fälle,
 * `attempts` = davon Versuche, `cleared` = aufgeklärte Fälle, `suspects` = Tatverdächtige
 * (echte Zählung per key). `null` = not delivered; 0 is a real zero.
 */
export interface PksFactRow {
  areaKind: AreaKind;
  /** 8 digits (Gemeinde), 5 digits (Kreis) or `14` (Land); always text, leading zeros kept. */
  ags: string;
  year: number;
  /** 6-character key, always text: `------`, `435*00`, `010000` … */
  key: string;
  cases: number;
  attempts: number | null;
  cleared: number | null;
  suspects: number | null;
  suspectsMale?: number | null;
  suspectsFemale?: number | null;
  suspectsNonGerman?: number | null;
  /** "mit Schusswaffe gedroht" / "geschossen" (BKA tables only). */
  firearmThreatened?: number | null;
  firearmFired?: number | null;
  /** HZ as printed in the source (per 100,000); kept for cross-checks only, never recomputed here. */
  hzPublished?: number | null;
  /** Offence label as printed in the source (whitespace collapsed). */
  label?: string;
  /** Area name as printed in the source (BKA: "Stadt-/Landkreis"). */
  areaName?: string;
  /** BKA "Kreisart": `KfS` kreisfreie Stadt, `LK` Landkreis. */
  districtType?: string;
}

/** One error or warning. `line` is 1-based as in the file (for Excel: the row number). */
export interface ImportIssue {
  /** Machine code, stable, see ISSUE_CODES in issues.ts. */
  code: string;
  line?: number;
  /** Header name as written in the file. */
  column?: string;
  /** The offending cell text as written in the file. */
  value?: string;
  /** A second line involved (duplicate rows, sub-key vs parent). */
  otherLine?: number;
  /** German, complete sentence(s): what is wrong, likely cause, what to do. */
  message: string;
  /** Set on a summary issue: how many issues of this code were not listed one by one. */
  omitted?: number;
}

export interface ImportMeta {
  format: string;
  /** Berichtsjahre (or Stichtag years) present in the rows, ascending. */
  years: number[];
  rowCount: number;
  /** Totals including issues not listed one by one (see ImportIssue.omitted). */
  errorCount: number;
  warningCount: number;
  issueCounts: Record<string, number>;
  areaKind?: AreaKind;
  /** Number of distinct areas. */
  areaCount?: number;
  /** Distinct keys in file order of first appearance. */
  keys?: string[];
  encoding?: string;
  delimiter?: string;
  /** Where the Berichtsjahr came from (BKA tables have no year column). */
  yearSource?: 'option' | 'filename' | 'column';
}

export interface ImportResult<R> {
  rows: R[];
  warnings: ImportIssue[];
  errors: ImportIssue[];
  meta: ImportMeta;
}

/** Anything with `has`, e.g. a Set<string> or Map<string, …>. */
export interface KeyLookup {
  has(value: string): boolean;
}

export interface PksImportOptions {
  format?: PksFormat;
  /** Used to detect the format and, for BKA tables, the year (`_2022_`, `PKS2022`). */
  filename?: string;
  /** Berichtsjahr for BKA tables (they have no year column); wins over the filename. */
  year?: number;
  /** Known Straftatenschlüssel; when given, any other key is an error. */
  catalogue?: KeyLookup;
  /** Known AGS of the expected level; when given, any other AGS is an error. */
  knownAgs?: KeyLookup;
  /** Issues listed one by one per code before a summary issue (default 50). */
  issueLimit?: number;
  /** Latest acceptable Berichtsjahr (default: the current calendar year). */
  maxYear?: number;
}

/**
 * Column-oriented facts for bulk loading (1M rows without 1M objects). Row i is
 * (ags[i], year[i], key[i], cases[i], …). Optional counts use NULL_COUNT (-1) for "not delivered"
 * (negative counts are rejected, so -1 is free). `line[i]` is the source line of row i.
 */
export interface PksFactColumns {
  length: number;
  areaKind: AreaKind;
  ags: string[];
  year: Int32Array;
  key: string[];
  cases: Int32Array;
  attempts: Int32Array;
  cleared: Int32Array;
  suspects: Int32Array;
  suspectsMale: Int32Array;
  suspectsFemale: Int32Array;
  suspectsNonGerman: Int32Array;
  line: Int32Array;
}

export const NULL_COUNT = -1;

export interface ColumnarImportResult {
  columns: PksFactColumns;
  warnings: ImportIssue[];
  errors: ImportIssue[];
  meta: ImportMeta;
}
