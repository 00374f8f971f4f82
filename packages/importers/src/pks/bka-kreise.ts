import { checkFacts, type FactColumnNames } from './check-facts';
import { rowsToColumns } from './columns';
import { decodeLatin1Strict } from './encoding';
import { ISSUE_CODES, IssueCollector, quote } from './issues';
import { buildResult } from './result';
import { type ColumnSpec, checkFieldCount, parseSpecRecord, validateHeader } from './spec-rows';
import { readRecords } from './table-reader';
import type { ImportResult, PksFactRow, PksImportOptions } from './types';
import { resolveYear } from './year-option';

/**
 * BKA table KR-F-01-T01 "Kreise – Fälle – HZ" in its published CSV form (SOURCES.md §5, §6):
 * ISO-8859-1, `;`, line 1 = column numbers, line 2 = headers, thousands separator `,`, `#DIV/0!` in
 * shares, leading zeros of keys and district codes dropped. No year column: the year comes from
 * `options.year` or the file name.
 */
export const BKA_KREISE_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Schluessel', kind: 'key' },
  { header: 'Straftat', kind: 'text', field: 'label' },
  { header: 'Gemeindeschluessel', kind: 'ags' },
  { header: 'Stadt-/Landkreis', kind: 'text', field: 'areaName' },
  { header: 'Kreisart', kind: 'text', field: 'districtType' },
  { header: 'Anzahl erfasste Faelle', kind: 'count', field: 'cases', required: true },
  { header: 'Haeufigkeitszahl', kind: 'ratio', field: 'hzPublished' },
  { header: 'erfasste Faelle, davon Versuche - Anzahl', kind: 'count', field: 'attempts' },
  { header: 'erfasste Faelle, davon Versuche - Anteil in %', kind: 'ratio' },
  { header: 'mit Schusswaffe gedroht', kind: 'count', field: 'firearmThreatened' },
  { header: 'mit Schusswaffe geschossen', kind: 'count', field: 'firearmFired' },
  // "Auffklaerung" (sic): the typo is in the BKA original.
  { header: 'Auffklaerung - Anzahl Faelle', kind: 'count', field: 'cleared' },
  { header: 'Aufklaerungsquote', kind: 'ratio' },
  { header: 'Tatverdaechtige insgesamt', kind: 'count', field: 'suspects' },
  { header: 'Tatverdaechtige - maennlich', kind: 'count', field: 'suspectsMale' },
  { header: 'Tatverdaechtige - weiblich', kind: 'count', field: 'suspectsFemale' },
  { header: 'Nichtdeutsche Tatverdaechtige - Anzahl', kind: 'count', field: 'suspectsNonGerman' },
  { header: 'Nichtdeutsche Tatverdaechtige - Anteil in % an der Gesamtzahl', kind: 'ratio' },
];

const NAMES: FactColumnNames = {
  ags: 'Gemeindeschluessel',
  key: 'Schluessel',
  cases: 'Anzahl erfasste Faelle',
  attempts: 'erfasste Faelle, davon Versuche - Anzahl',
  cleared: 'Auffklaerung - Anzahl Faelle',
  suspects: 'Tatverdaechtige insgesamt',
  suspectsMale: 'Tatverdaechtige - maennlich',
  suspectsFemale: 'Tatverdaechtige - weiblich',
};

/**
 * The 41 keys of KR-F-01-T01 in both 2020 and 2022 (the 2020 table also has 980100). A missing one
 * is a warning only: the BKA may change the selection, but usually it means a truncated file.
 */
// biome-ignore format: a table of keys reads best in rows
export const BKA_KREISE_STANDARD_KEYS: readonly string[] = [
  '------', '****00', '***100', '***200', '***300', '*50*00', '*90*00', '111000', '210000', '211000',
  '212000', '216000', '217000', '219000', '222000', '224000', '3***00', '326*00', '4***00', '435*00',
  '436*00', '510000', '515000', '515001', '530000', '540000', '621100', '621110', '621120', '630000',
  '640000', '674000', '725000', '730000', '890000', '892000', '892500', '897000', '899000', '899500',
  '972500',
];

// Line 1 of the original is `1;2;…;18`; after a column was deleted in a spreadsheet it has a gap.
const isColumnNumbers = (fields: string[]) =>
  fields.length > 1 && fields.every((f) => /^\d{1,2}$/.test(f.trim()));

export function importBkaKreise(bytes: Uint8Array, options: PksImportOptions = {}): ImportResult<PksFactRow> {
  const issues = new IssueCollector(options.issueLimit);
  const maxYear = options.maxYear ?? new Date().getFullYear();
  const { year, source: yearSource } = resolveYear(options, maxYear, issues);
  const meta = { format: 'bka-kreise', areaKind: 'kreis' as const, delimiter: ';', yearSource };

  const decoded = decodeLatin1Strict(bytes);
  if (!decoded.ok) {
    issues.error(decoded.issue);
    return buildResult([], issues, meta);
  }
  const { records, error } = readRecords(decoded.text, ';');
  if (error) issues.error(error);
  if (records.length === 0) {
    if (!error) issues.error({ code: ISSUE_CODES.emptyFile, message: 'Die Datei ist leer.' });
    return buildResult([], issues, { ...meta, encoding: decoded.encoding });
  }

  let headerAt = 0;
  if (isColumnNumbers(records[0]?.fields ?? [])) headerAt = 1;
  else if (records[0]?.fields[0]?.trim() === 'Schluessel') {
    issues.warn({
      code: ISSUE_CODES.missingColumnNumbers,
      line: 1,
      message: `Zeile 1: Die Zeile mit den Spaltennummern (1;2;…;18) fehlt; Zeile 1 wird als Kopfzeile gelesen. Das BKA-Original beginnt mit dieser Zeile; vermutlich wurde die Datei bearbeitet.`,
    });
  }
  const header = records[headerAt];
  if (!header) {
    issues.error({
      code: ISSUE_CODES.emptyFile,
      line: 1,
      message: 'Zeile 2: Die Kopfzeile fehlt; die Datei enthält nur die Spaltennummern.',
    });
    return buildResult([], issues, { ...meta, encoding: decoded.encoding });
  }
  const index = validateHeader(header.fields, BKA_KREISE_COLUMNS, header.line, issues);
  if (!index) return buildResult([], issues, { ...meta, encoding: decoded.encoding });

  const rows: PksFactRow[] = [];
  const lines: number[] = [];
  const ctx = { areaKind: 'kreis' as const, bka: true, year: year ?? 1900, maxYear };
  const body = records.slice(headerAt + 1);
  body.forEach((rec, i) => {
    if (!checkFieldCount(rec, header.fields.length, i === body.length - 1, issues)) return;
    const row = parseSpecRecord(rec, BKA_KREISE_COLUMNS, index, ctx, issues);
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
  if (!decoded.text.endsWith('\n') && !issues.count(ISSUE_CODES.truncated)) {
    const last = body[body.length - 1];
    issues.warn({
      code: ISSUE_CODES.noFinalNewline,
      line: last?.line,
      message: `Zeile ${last?.line ?? 1}: Die Datei endet ohne Zeilenumbruch. Das BKA-Original endet mit einem Zeilenumbruch; wahrscheinliche Ursache: die Datei ist abgeschnitten oder bearbeitet. Bitte die letzte Zeile mit der Quelle vergleichen.`,
    });
  }

  checkFacts(rowsToColumns(rows, lines), NAMES, issues, {
    catalogue: options.catalogue,
    knownAgs: options.knownAgs,
    requireGrid: rows.length === body.length,
  });
  warnMissingStandardKeys(rows, issues);
  if (year === null) return buildResult([], issues, { ...meta, encoding: decoded.encoding });
  return buildResult(rows, issues, { ...meta, encoding: decoded.encoding });
}

function warnMissingStandardKeys(rows: readonly PksFactRow[], issues: IssueCollector): void {
  if (rows.length === 0) return;
  const present = new Set(rows.map((r) => r.key));
  const missing = BKA_KREISE_STANDARD_KEYS.filter((k) => !present.has(k));
  if (missing.length === 0) return;
  issues.warn({
    code: ISSUE_CODES.missingStandardKeys,
    value: missing.join(', '),
    message: `Es fehlen Schlüssel, die die BKA-Kreistabelle KR-F-01-T01 2020 und 2022 enthält: ${missing.map(quote).join(', ')}. Wahrscheinliche Ursache: die Datei ist nach einem vollständigen Schlüsselblock abgeschnitten, oder das BKA hat die Schlüsselauswahl geändert. Bitte mit der Originaldatei vergleichen.`,
  });
}
