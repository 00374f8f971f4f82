import {
  type ImportIssue,
  type ImportMeta,
  importBkaKreise,
  importGemeinde,
  importKreiseCsv,
  importPks,
  importPopulation,
  type PksFactColumns,
  type PksFactRow,
  type PopulationRow,
} from '@asskomm/importers';
import { can } from '../../auth/authorize';
import type { Actor } from '../../context';
import { PKS_SOURCES } from '../constants';
import type { ImportLookups } from './import-lookups';
import type { PksImportFormat } from './resolve-format';

export interface ParsedFacts {
  type: 'facts';
  format: PksImportFormat;
  source: string;
  areaKind: 'gemeinde' | 'kreis' | 'land';
  rows: PksFactRow[] | null;
  columns: PksFactColumns | null;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  meta: ImportMeta;
}

export interface ParsedPopulation {
  type: 'population';
  format: 'bevoelkerung';
  source: string;
  rows: PopulationRow[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  meta: ImportMeta;
}

export type ParsedUpload = ParsedFacts | ParsedPopulation;

export interface ParseInput {
  bytes: Uint8Array;
  filename?: string | null;
  year?: number;
  source?: string;
}

/** The data set a file's rows belong to: fixed for the BKA district table, else given or a default. */
export function sourceFor(format: PksImportFormat | null, given?: string): string {
  if (format === 'bka-kreise' || format === 'kreise-csv') return PKS_SOURCES.bkaKreise;
  const name = given?.trim();
  if (name) return name;
  return format === 'bevoelkerung' ? PKS_SOURCES.bevoelkerung : PKS_SOURCES.gemeinde;
}

/** Parses any supported file against the loaded catalogue and area lists. Writes nothing. */
export async function parseUpload(
  format: PksImportFormat | null,
  input: ParseInput,
  lookups: ImportLookups,
): Promise<ParsedUpload> {
  const filename = input.filename ?? undefined;
  const source = sourceFor(format, input.source);
  const common = { filename, year: input.year, catalogue: lookups.catalogue };
  switch (format) {
    case 'bka-kreise':
    case 'kreise-csv': {
      const r =
        format === 'bka-kreise'
          ? importBkaKreise(input.bytes, { ...common, knownAgs: lookups.kreise })
          : importKreiseCsv(input.bytes, { ...common, knownAgs: lookups.kreise });
      return { type: 'facts', format, source, areaKind: 'kreis', rows: r.rows, columns: null, ...issues(r) };
    }
    case 'gemeinde': {
      const r = await importGemeinde(input.bytes, { ...common, knownAgs: lookups.gemeinden });
      return {
        type: 'facts',
        format,
        source,
        areaKind: 'gemeinde',
        rows: null,
        columns: r.columns,
        ...issues(r),
      };
    }
    case 'bevoelkerung': {
      const r = importPopulation(input.bytes, { knownAgs: lookups.anyArea });
      return { type: 'population', format, source, rows: r.rows, ...issues(r) };
    }
    default: {
      const r = await importPks(input.bytes, { filename });
      return {
        type: 'facts',
        format: 'gemeinde',
        // Not recognised: no default source either (it would read as if the file were the template).
        source: input.source?.trim() || '–',
        areaKind: 'gemeinde',
        rows: [],
        columns: null,
        ...issues(r),
      };
    }
  }
}

function issues(r: { errors: ImportIssue[]; warnings: ImportIssue[]; meta: ImportMeta }) {
  return { errors: r.errors.map(withoutLocation), warnings: r.warnings.map(withoutLocation), meta: r.meta };
}

/**
 * The importers' messages start with their location (`Zeile 17, Spalte "X": "-5": …`), which the issue
 * also carries as line, column and value; the web shows those in their own columns and the CLI prints
 * them in front. Drops the repeated prefix so that each place is said once (issue 9).
 */
export function withoutLocation(issue: ImportIssue): ImportIssue {
  if (issue.line == null && issue.column == null) return issue;
  let message = issue.message.replace(/^Zeile \d+(?:, Spalte "[^"]*")?(?=: )/, '');
  if (message === issue.message && issue.column != null)
    message = message.replace(/^Spalte "[^"]*"(?=: )/, '');
  if (message !== issue.message) {
    message = message.replace(/^: /, '');
    if (issue.value !== undefined) message = message.replace(/^"(?:[^"]|"")*": /, '');
  }
  if (message === '') return issue;
  return { ...issue, message: message.charAt(0).toUpperCase() + message.slice(1) };
}

/** Distinct AGS of the parsed rows, in first-seen order. */
export function agsOf(parsed: ParsedUpload): string[] {
  const seen = new Set<string>();
  if (parsed.type === 'population') for (const r of parsed.rows) seen.add(r.ags);
  else if (parsed.rows) for (const r of parsed.rows) seen.add(r.ags);
  else if (parsed.columns) for (const a of parsed.columns.ags) seen.add(a);
  return [...seen];
}

/** Distinct years of the parsed rows (Berichtsjahre; for population the Stichtag years). */
export function yearsOf(parsed: ParsedUpload): number[] {
  const seen = new Set<number>();
  if (parsed.type === 'population') for (const r of parsed.rows) seen.add(Number(r.date.slice(0, 4)));
  else if (parsed.rows) for (const r of parsed.rows) seen.add(r.year);
  else if (parsed.columns) for (const y of parsed.columns.year) seen.add(y);
  return [...seen].sort((a, b) => a - b);
}

const PERMISSION_LIMIT = 20;

/** One error per AGS the actor may not import for (pks:import), as import issues. */
export function permissionIssues(actor: Actor | string, agsList: readonly string[]): ImportIssue[] {
  if (typeof actor === 'string') return [];
  const denied = agsList.filter((ags) => !can(actor, 'pks:import', ags));
  const out: ImportIssue[] = denied.slice(0, PERMISSION_LIMIT).map((ags) => ({
    code: 'not_permitted',
    column: 'ags',
    value: ags,
    message: `Für ${ags.length === 5 ? 'den Kreis' : ags.length === 2 ? 'das Land' : 'die Kommune'} ${ags} dürfen Sie keine PKS-Daten importieren. Kreis- und Landesdaten importiert die Geschäftsstelle des Landespräventionsrates; Kommunen importieren nur ihre eigenen Daten.`,
  }));
  if (denied.length > PERMISSION_LIMIT)
    out.push({
      code: 'not_permitted',
      omitted: denied.length - PERMISSION_LIMIT,
      message: `… und ${denied.length - PERMISSION_LIMIT} weitere Gebiete ohne Berechtigung.`,
    });
  return out;
}
