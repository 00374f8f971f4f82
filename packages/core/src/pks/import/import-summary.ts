import { ISSUE_CODES, NULL_COUNT, TOTAL_KEY } from '@asskomm/importers';
import { agsOf, type ParsedUpload, yearsOf } from './parse-upload';
import { FORMAT_LABELS, type PksImportFormat } from './resolve-format';

/** What a file holds, for the preview and the import result. */
export interface PksImportSummary {
  format: PksImportFormat;
  formatLabel: string;
  source: string;
  filename: string | null;
  areaKind: 'gemeinde' | 'kreis' | 'land' | 'gemischt';
  years: number[];
  rowCount: number;
  areaCount: number;
  keyCount: number;
  encoding: string | null;
  /** Cases of key `------` (Straftaten insgesamt) summed per year over all areas of the file. */
  totals: { year: number; cases: number; areas: number }[];
  errorCount: number;
  warningCount: number;
}

/** A few parsed rows as a plain table (for the preview). */
export interface PksSample {
  columns: string[];
  rows: (string | number | null)[][];
}

export function summarize(parsed: ParsedUpload, filename: string | null): PksImportSummary {
  const ags = agsOf(parsed);
  const totals = new Map<number, { cases: number; areas: number }>();
  const keys = new Set<string>();
  const add = (key: string, year: number, cases: number) => {
    keys.add(key);
    if (key !== TOTAL_KEY) return;
    const t = totals.get(year) ?? { cases: 0, areas: 0 };
    t.cases += cases;
    t.areas += 1;
    totals.set(year, t);
  };
  let rowCount = 0;
  let areaKind: PksImportSummary['areaKind'] = 'gemischt';
  if (parsed.type === 'facts') {
    areaKind = parsed.areaKind;
    if (parsed.rows) for (const r of parsed.rows) add(r.key, r.year, r.cases);
    else if (parsed.columns)
      for (let i = 0; i < parsed.columns.length; i++)
        add(parsed.columns.key[i]!, parsed.columns.year[i]!, parsed.columns.cases[i]!);
    rowCount = parsed.rows?.length ?? parsed.columns?.length ?? 0;
  } else {
    rowCount = parsed.rows.length;
    const kinds = new Set(parsed.rows.map((r) => r.areaKind));
    if (kinds.size === 1) areaKind = [...kinds][0]!;
  }
  return {
    format: parsed.format,
    // An unrecognised or empty file has no format: say so instead of the fallback's label.
    formatLabel: parsed.errors.some(
      (e) => e.code === ISSUE_CODES.unknownFormat || e.code === ISSUE_CODES.emptyFile,
    )
      ? 'nicht erkannt'
      : FORMAT_LABELS[parsed.format],
    source: parsed.source,
    filename,
    areaKind,
    years: yearsOf(parsed),
    rowCount,
    areaCount: ags.length,
    keyCount: keys.size,
    encoding: parsed.meta.encoding ?? null,
    totals: [...totals.entries()].sort((a, b) => a[0] - b[0]).map(([year, t]) => ({ year, ...t })),
    errorCount: parsed.meta.errorCount ?? parsed.errors.length,
    warningCount: parsed.meta.warningCount ?? parsed.warnings.length,
  };
}

const SAMPLE_ROWS = 10;

export function sampleOf(parsed: ParsedUpload): PksSample {
  if (parsed.type === 'population') {
    return {
      columns: ['AGS', 'Stichtag', 'Einwohner'],
      rows: parsed.rows.slice(0, SAMPLE_ROWS).map((r) => [r.ags, r.date, r.population]),
    };
  }
  const columns = ['AGS', 'Jahr', 'Schlüssel', 'Fälle', 'Versuche', 'aufgeklärt', 'Tatverdächtige'];
  const nn = (v: number) => (v === NULL_COUNT ? null : v);
  if (parsed.rows) {
    return {
      columns,
      rows: parsed.rows
        .slice(0, SAMPLE_ROWS)
        .map((r) => [r.ags, r.year, r.key, r.cases, r.attempts, r.cleared, r.suspects]),
    };
  }
  const c = parsed.columns;
  const rows: (string | number | null)[][] = [];
  if (c)
    for (let i = 0; i < Math.min(SAMPLE_ROWS, c.length); i++)
      rows.push([
        c.ags[i]!,
        c.year[i]!,
        c.key[i]!,
        c.cases[i]!,
        nn(c.attempts[i]!),
        nn(c.cleared[i]!),
        nn(c.suspects[i]!),
      ]);
  return { columns, rows };
}
