import { decodeUtf8Strict } from './encoding';
import { fmt, ISSUE_CODES, IssueCollector, where } from './issues';
import { classifyKey, MAIN_GROUP_LABELS, type MainGroupCode, normalizeKey } from './keys';
import { validateHeader } from './spec-rows';
import { readRecords } from './table-reader';
import type { ImportResult } from './types';

/** One Straftatenschlüssel with its label and where it occurs. */
export interface KeyCatalogueEntry {
  key: string;
  /** Most recent label (SOURCES.md §9: "straftat_bezeichnung_letzte"). */
  label: string;
  firstYear: number;
  lastYear: number;
  /** First-digit main group; `diebstahl` for keys starting with `*`, `insgesamt` for `------`. */
  mainGroup: MainGroupCode;
  mainGroupLabel: string;
  /** Summenschlüssel 8xxxxx (Gewaltkriminalität, Straßenkriminalität …). */
  isSummary: boolean;
  /** Contains `*`: aggregates all keys matching the pattern. */
  isWildcard: boolean;
  /** `------` Straftaten insgesamt. */
  isTotal: boolean;
  /** `zeitreihe`: BKA ZR-F-01-T01 (file 9); `kreistabelle`: only in KR-F-01-T01 (see below). */
  source: 'zeitreihe' | 'kreistabelle';
}

/**
 * Keys of the BKA district table KR-F-01-T01 that the national time series (and hence the
 * catalogue file, which holds only keys of the time series) lacks; without them the real district
 * files would fail the catalogue check. The years are those of the two shipped district tables.
 * Labels and years as printed in pks_bka_kr-f-01-t01_kreise_sachsen_{2020,2022} (SOURCES.md §5, §6).
 */
export const DISTRICT_TABLE_EXTRA_KEYS: readonly KeyCatalogueEntry[] = [
  entry('515001', 'Beförderungserschleichung', 2020, 2022, 'kreistabelle'),
  entry(
    '621110',
    'Widerstand gegen Vollstreckungsbeamte und gleichstehende Personen §§ 113, 115 StGB',
    2020,
    2022,
    'kreistabelle',
  ),
  entry(
    '621120',
    'Tätlicher Angriff auf Vollstreckungsbeamte und gleichstehende Personen §§ 114, 115 StGB',
    2020,
    2022,
    'kreistabelle',
  ),
  entry(
    '972500',
    'Unerlaubt eingereiste/aufhältige Personen (SZ: 725100, 725700)',
    2020,
    2022,
    'kreistabelle',
  ),
  entry('980100', 'Cybercrime im engeren Sinne', 2020, 2020, 'kreistabelle'),
];

function entry(
  key: string,
  label: string,
  firstYear: number,
  lastYear: number,
  source: KeyCatalogueEntry['source'],
): KeyCatalogueEntry {
  const c = classifyKey(key);
  return { key, label, firstYear, lastYear, ...c, mainGroupLabel: MAIN_GROUP_LABELS[c.mainGroup], source };
}

const COLUMNS = [
  { header: 'schluessel', kind: 'key' },
  { header: 'straftat_bezeichnung_letzte', kind: 'text', field: 'label' },
  { header: 'erstes_jahr', kind: 'year' },
  { header: 'letztes_jahr', kind: 'year' },
] as const;

/**
 * Reads pks_straftatenschluessel_bka_zeitreihe_2023.csv (SOURCES.md §9). Keys in scientific
 * notation (`3.00E+100`) are repaired to their real form (`3**100`, see keys.ts) with a warning.
 * `supplement` (default true) appends DISTRICT_TABLE_EXTRA_KEYS not already in the file.
 */
export function parseKeyCatalogue(
  bytes: Uint8Array,
  options: { supplement?: boolean } = {},
): ImportResult<KeyCatalogueEntry> {
  const issues = new IssueCollector();
  const rows: KeyCatalogueEntry[] = [];
  const decoded = decodeUtf8Strict(bytes);
  const done = () => {
    const fin = issues.finish();
    const years = new Set<number>();
    for (const r of rows) for (let y = r.firstYear; y <= r.lastYear; y++) years.add(y);
    return {
      rows,
      errors: fin.errors,
      warnings: fin.warnings,
      meta: {
        format: 'pks-katalog',
        years: [...years].sort((a, b) => a - b),
        rowCount: rows.length,
        errorCount: fin.errorCount,
        warningCount: fin.warningCount,
        issueCounts: fin.issueCounts,
        encoding: 'UTF-8',
        delimiter: ',',
      },
    };
  };
  if (!decoded.ok) {
    issues.error(decoded.issue);
    return done();
  }
  const { records, error } = readRecords(decoded.text, ',');
  if (error) issues.error(error);
  const [header, ...body] = records;
  if (!header) {
    issues.error({ code: ISSUE_CODES.emptyFile, message: 'Die Datei ist leer.' });
    return done();
  }
  const index = validateHeader(header.fields, COLUMNS, header.line, issues);
  if (!index) return done();
  const seen = new Map<string, number>();
  for (const rec of body) {
    const [rawKey = '', label = '', first = '', last = ''] = index.map((i) => (rec.fields[i] ?? '').trim());
    const k = normalizeKey(rawKey);
    if (!k.ok) {
      issues.error({
        code: ISSUE_CODES.badKey,
        line: rec.line,
        column: 'schluessel',
        value: rawKey,
        message: `${where(rec.line, 'schluessel', rawKey)} ist kein Straftatenschlüssel.`,
      });
      continue;
    }
    if (k.repair) {
      issues.warn({
        code: k.repair === 'scientific' ? ISSUE_CODES.keyScientific : ISSUE_CODES.keyPadded,
        line: rec.line,
        column: 'schluessel',
        value: rawKey,
        message: `${where(rec.line, 'schluessel', rawKey)} als Schlüssel ${k.key} gelesen (in der BKA-Zeitreihe als Zahl verfälscht; Bezeichnung "${label}").`,
      });
    }
    const years = [first, last].map(Number);
    if (!/^\d{4}$/.test(first) || !/^\d{4}$/.test(last) || (years[0] as number) > (years[1] as number)) {
      issues.error({
        code: ISSUE_CODES.badYear,
        line: rec.line,
        column: 'erstes_jahr',
        value: `${first}–${last}`,
        message: `${where(rec.line, 'erstes_jahr', first)}: ungültiger Zeitraum ${first}–${last}.`,
      });
      continue;
    }
    const prev = seen.get(k.key);
    if (prev !== undefined) {
      issues.error({
        code: ISSUE_CODES.duplicateRow,
        line: rec.line,
        column: 'schluessel',
        value: k.key,
        otherLine: prev,
        message: `${where(rec.line, 'schluessel', k.key)} steht schon in Zeile ${prev}.`,
      });
      continue;
    }
    seen.set(k.key, rec.line);
    rows.push(entry(k.key, label.replace(/\s+/g, ' '), years[0] as number, years[1] as number, 'zeitreihe'));
  }
  if (options.supplement !== false)
    for (const e of DISTRICT_TABLE_EXTRA_KEYS) if (!seen.has(e.key)) rows.push(e);
  if (rows.length === 0)
    issues.error({
      code: ISSUE_CODES.emptyFile,
      message: `Der Katalog enthält keine gültigen Schlüssel (${fmt(body.length)} Zeilen gelesen).`,
    });
  return done();
}

/** Catalogue as a Map (usable as `catalogue` option of the importers). */
export function keyCatalogueMap(entries: readonly KeyCatalogueEntry[]): Map<string, KeyCatalogueEntry> {
  return new Map(entries.map((e) => [e.key, e]));
}
