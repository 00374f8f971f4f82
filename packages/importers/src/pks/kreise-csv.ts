import { checkFacts, type FactColumnNames } from './check-facts';
import { rowsToColumns } from './columns';
import { decodeUtf8Strict } from './encoding';
import { ISSUE_CODES, IssueCollector } from './issues';
import { buildResult } from './result';
import { type ColumnSpec, checkFieldCount, parseSpecRecord, validateHeader } from './spec-rows';
import { readRecords } from './table-reader';
import type { ImportResult, PksFactRow, PksImportOptions } from './types';

/**
 * The tidy district table `pks_kreise_sachsen_2020_2022.csv` (SOURCES.md §7): UTF-8, `,`, plain
 * numbers, empty cell = missing (the source's `#DIV/0!`), a `jahr` column.
 */
export const KREISE_CSV_COLUMNS: readonly ColumnSpec[] = [
  { header: 'jahr', kind: 'year' },
  { header: 'schluessel', kind: 'key' },
  { header: 'straftat', kind: 'text', field: 'label' },
  { header: 'kreis_schluessel', kind: 'ags' },
  { header: 'kreis_name', kind: 'text', field: 'areaName' },
  { header: 'kreisart', kind: 'text', field: 'districtType' },
  { header: 'faelle', kind: 'count', field: 'cases', required: true },
  { header: 'hz', kind: 'ratio', field: 'hzPublished' },
  { header: 'versuche_anzahl', kind: 'count', field: 'attempts' },
  { header: 'versuche_anteil_pct', kind: 'ratio' },
  { header: 'schusswaffe_gedroht', kind: 'count', field: 'firearmThreatened' },
  { header: 'schusswaffe_geschossen', kind: 'count', field: 'firearmFired' },
  { header: 'aufgeklaerte_faelle', kind: 'count', field: 'cleared' },
  { header: 'aufklaerungsquote_pct', kind: 'ratio' },
  { header: 'tv_insgesamt', kind: 'count', field: 'suspects' },
  { header: 'tv_maennlich', kind: 'count', field: 'suspectsMale' },
  { header: 'tv_weiblich', kind: 'count', field: 'suspectsFemale' },
  { header: 'tv_nichtdeutsch_anzahl', kind: 'count', field: 'suspectsNonGerman' },
  { header: 'tv_nichtdeutsch_anteil_pct', kind: 'ratio' },
];

const NAMES: FactColumnNames = {
  ags: 'kreis_schluessel',
  year: 'jahr',
  key: 'schluessel',
  cases: 'faelle',
  attempts: 'versuche_anzahl',
  cleared: 'aufgeklaerte_faelle',
  suspects: 'tv_insgesamt',
  suspectsMale: 'tv_maennlich',
  suspectsFemale: 'tv_weiblich',
};

export function importKreiseCsv(bytes: Uint8Array, options: PksImportOptions = {}): ImportResult<PksFactRow> {
  const issues = new IssueCollector(options.issueLimit);
  const maxYear = options.maxYear ?? new Date().getFullYear();
  const meta = {
    format: 'kreise-csv',
    areaKind: 'kreis' as const,
    delimiter: ',',
    yearSource: 'column' as const,
  };
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) {
    issues.error(decoded.issue);
    return buildResult([], issues, meta);
  }
  const { records, error } = readRecords(decoded.text, ',');
  if (error) issues.error(error);
  const [header, ...body] = records;
  if (!header) {
    if (!error) issues.error({ code: ISSUE_CODES.emptyFile, message: 'Die Datei ist leer.' });
    return buildResult([], issues, { ...meta, encoding: decoded.encoding });
  }
  const index = validateHeader(header.fields, KREISE_CSV_COLUMNS, header.line, issues);
  if (!index) return buildResult([], issues, { ...meta, encoding: decoded.encoding });
  const rows: PksFactRow[] = [];
  const lines: number[] = [];
  const ctx = { areaKind: 'kreis' as const, bka: false, maxYear };
  body.forEach((rec, i) => {
    if (!checkFieldCount(rec, header.fields.length, i === body.length - 1, issues)) return;
    const row = parseSpecRecord(rec, KREISE_CSV_COLUMNS, index, ctx, issues);
    if (row) {
      rows.push(row);
      lines.push(rec.line);
    }
  });
  if (body.length === 0)
    issues.error({
      code: ISSUE_CODES.emptyFile,
      line: header.line,
      message: 'Die Datei enthält keine Datenzeilen.',
    });
  checkFacts(rowsToColumns(rows, lines), NAMES, issues, {
    catalogue: options.catalogue,
    knownAgs: options.knownAgs,
    requireGrid: rows.length === body.length,
  });
  return buildResult(rows, issues, { ...meta, encoding: decoded.encoding });
}
