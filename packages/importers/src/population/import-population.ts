import { normalizeAnyAgs } from '../pks/ags';
import { decodeUtf8Strict } from '../pks/encoding';
import { normalizeHeader } from '../pks/gemeinde/template-columns';
import { fmt, ISSUE_CODES, IssueCollector, quote, where } from '../pks/issues';
import { parseCount } from '../pks/numbers';
import { readRecords } from '../pks/table-reader';
import type { AreaKind, ImportResult, KeyLookup } from '../pks/types';

/** Population of an area on a reference date. The PKS denominator for year Y is the stock on 31.12.(Y−1). */
export interface PopulationRow {
  areaKind: AreaKind;
  /** 8 digits (Gemeinde), 5 (Kreis) or 2 (Land, `14` = Sachsen). */
  ags: string;
  /** ISO date, e.g. `2023-12-31`. */
  date: string;
  population: number;
}

export interface PopulationImportOptions {
  knownAgs?: KeyLookup;
  issueLimit?: number;
}

const COLUMNS = ['ags', 'stichtag', 'population'] as const;

/**
 * Population series `ags,stichtag,population` (issue 4), `,` or `;`, UTF-8 with or without BOM.
 * Errors: bad AGS/date/count, unknown AGS, duplicate (AGS, Stichtag). Warnings: a Stichtag other
 * than 31 December, population 0, municipalities adding up to more than their district (or
 * districts to more than their Land) on the same date.
 */
export function importPopulation(
  bytes: Uint8Array,
  options: PopulationImportOptions = {},
): ImportResult<PopulationRow> {
  const issues = new IssueCollector(options.issueLimit);
  const rows: PopulationRow[] = [];
  const lines: number[] = [];
  const decoded = decodeUtf8Strict(bytes);
  let delimiter = ',';
  const done = (): ImportResult<PopulationRow> => {
    const fin = issues.finish();
    return {
      rows,
      errors: fin.errors,
      warnings: fin.warnings,
      meta: {
        format: 'bevoelkerung',
        years: [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))].sort((a, b) => a - b),
        rowCount: rows.length,
        errorCount: fin.errorCount,
        warningCount: fin.warningCount,
        issueCounts: fin.issueCounts,
        areaCount: new Set(rows.map((r) => r.ags)).size,
        encoding: 'UTF-8',
        delimiter,
      },
    };
  };
  if (!decoded.ok) {
    issues.error(decoded.issue);
    return done();
  }
  const nl = decoded.text.indexOf('\n');
  const firstLine = nl === -1 ? decoded.text : decoded.text.slice(0, nl);
  delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const { records, error } = readRecords(decoded.text, delimiter);
  if (error) issues.error(error);
  const [header, ...body] = records;
  if (!header) {
    if (!error) issues.error({ code: ISSUE_CODES.emptyFile, message: 'Die Datei ist leer.' });
    return done();
  }
  const names = header.fields.map(normalizeHeader);
  const pos = COLUMNS.map((c) => names.indexOf(c));
  names.forEach((n, i) => {
    if (!(COLUMNS as readonly string[]).includes(n)) {
      issues.error({
        code: ISSUE_CODES.unexpectedColumn,
        line: header.line,
        column: header.fields[i],
        message: `Zeile ${header.line}: unerwartete Spalte ${quote(header.fields[i] ?? '')}. Erwartet werden genau die Spalten ags, stichtag, population.`,
      });
    }
  });
  COLUMNS.forEach((c, i) => {
    if (pos[i] === -1)
      issues.error({
        code: ISSUE_CODES.missingColumn,
        line: header.line,
        column: c,
        message: `Zeile ${header.line}: Spalte ${quote(c)} fehlt. Erwartet werden ags, stichtag, population.`,
      });
  });
  if (issues.hasErrors) return done();
  const [pa, pd, pp] = pos as [number, number, number];
  const seen = new Map<string, number>();
  for (const rec of body) {
    if (rec.fields.length !== header.fields.length) {
      issues.error({
        code: ISSUE_CODES.fieldCount,
        line: rec.line,
        message: `Zeile ${rec.line}: ${rec.fields.length} statt ${header.fields.length} Felder.`,
      });
      continue;
    }
    const rawAgs = rec.fields[pa] ?? '';
    const rawDate = (rec.fields[pd] ?? '').trim();
    const rawPop = rec.fields[pp] ?? '';
    let ok = true;
    const a = normalizeAnyAgs(rawAgs);
    if (!a.ok) {
      ok = false;
      issues.error({
        code: ISSUE_CODES.badAgs,
        line: rec.line,
        column: header.fields[pa],
        value: rawAgs,
        message: `${where(rec.line, header.fields[pa], rawAgs)} ${a.reason}.`,
      });
    } else if (options.knownAgs && !options.knownAgs.has(a.ags)) {
      ok = false;
      issues.error({
        code: ISSUE_CODES.unknownAgs,
        line: rec.line,
        column: header.fields[pa],
        value: rawAgs,
        message: `${where(rec.line, header.fields[pa], rawAgs)} ist kein bekannter AGS. Wahrscheinliche Ursache: Tippfehler oder anderer Gebietsstand.`,
      });
    }
    if (!isIsoDate(rawDate)) {
      ok = false;
      const hint = /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(rawDate)
        ? ' (bitte im ISO-Format JJJJ-MM-TT, z. B. 2023-12-31)'
        : ' (erwartet JJJJ-MM-TT)';
      issues.error({
        code: ISSUE_CODES.badDate,
        line: rec.line,
        column: header.fields[pd],
        value: rawDate,
        message: `${where(rec.line, header.fields[pd], rawDate)} ist kein gültiges Datum${hint}.`,
      });
    }
    const p = parseCount(rawPop);
    if (!p.ok) {
      ok = false;
      issues.error({
        code: p.code,
        line: rec.line,
        column: header.fields[pp],
        value: rawPop,
        message: `${where(rec.line, header.fields[pp], rawPop)} ${p.reason}.`,
      });
    }
    if (!ok || !a.ok || !p.ok) continue;
    const id = `${a.ags}|${rawDate}`;
    const prev = seen.get(id);
    if (prev !== undefined) {
      issues.error({
        code: ISSUE_CODES.duplicateRow,
        line: rec.line,
        column: header.fields[pa],
        value: a.ags,
        otherLine: prev,
        message: `Zeile ${rec.line}: doppelte Zeile – AGS ${a.ags} zum Stichtag ${rawDate} steht schon in Zeile ${prev}. Bitte eine der beiden Zeilen entfernen.`,
      });
      continue;
    }
    seen.set(id, rec.line);
    const population = p.value as number;
    if (!rawDate.endsWith('-12-31')) {
      issues.warn({
        code: ISSUE_CODES.stichtagNotYearEnd,
        line: rec.line,
        column: header.fields[pd],
        value: rawDate,
        message: `${where(rec.line, header.fields[pd], rawDate)}: Stichtag ist nicht der 31. Dezember. Die Häufigkeitszahl der PKS bezieht sich auf den Bevölkerungsstand am 31.12. des Vorjahres; dieser Wert wird dafür nicht verwendet.`,
      });
    }
    if (population === 0) {
      issues.warn({
        code: ISSUE_CODES.populationZero,
        line: rec.line,
        column: header.fields[pp],
        value: rawPop,
        message: `${where(rec.line, header.fields[pp], rawPop)}: Bevölkerung 0 – für dieses Gebiet kann keine Häufigkeitszahl berechnet werden.`,
      });
    }
    rows.push({ areaKind: a.kind, ags: a.ags, date: rawDate, population });
    lines.push(rec.line);
  }
  checkSums(rows, lines, issues);
  return done();
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** Parts may not exceed the whole: Gemeinden ≤ Kreis, Kreise ≤ Land, on the same Stichtag. */
function checkSums(rows: readonly PopulationRow[], lines: readonly number[], issues: IssueCollector): void {
  const value = new Map<string, { population: number; line: number }>();
  rows.forEach((r, i) => {
    value.set(`${r.ags}|${r.date}`, { population: r.population, line: lines[i] as number });
  });
  const sums = new Map<string, number>();
  for (const r of rows) {
    const parent =
      r.areaKind === 'gemeinde' ? r.ags.slice(0, 5) : r.areaKind === 'kreis' ? r.ags.slice(0, 2) : null;
    if (!parent) continue;
    const id = `${parent}|${r.date}`;
    sums.set(id, (sums.get(id) ?? 0) + r.population);
  }
  for (const [id, sum] of sums) {
    const whole = value.get(id);
    if (!whole || sum <= whole.population) continue;
    const [ags, date] = id.split('|');
    issues.warn({
      code: ISSUE_CODES.populationSum,
      line: whole.line,
      value: String(whole.population),
      message: `Zeile ${whole.line}: Die Teilgebiete von ${ags} haben zum ${date} zusammen ${fmt(sum)} Einwohner, mehr als ${ags} selbst (${fmt(whole.population)}). Wahrscheinliche Ursache: Werte aus unterschiedlichen Quellen oder Gebietsständen. Bitte prüfen.`,
    });
  }
}
