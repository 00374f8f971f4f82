import { FactIndex } from './fact-index';
import { fmt, ISSUE_CODES, type IssueCollector, where } from './issues';
import { presentAncestors } from './key-hierarchy';
import { type KeyLookup, NULL_COUNT, type PksFactColumns } from './types';

/** Header names of the fact columns in the file at hand, so messages quote the user's own headers. */
export interface FactColumnNames {
  ags: string;
  year?: string;
  key: string;
  cases: string;
  attempts?: string;
  cleared?: string;
  suspects?: string;
  suspectsMale?: string;
  suspectsFemale?: string;
}

export interface FactCheckOptions {
  catalogue?: KeyLookup;
  knownAgs?: KeyLookup;
  /**
   * Every key must appear for every area and year (BKA tables are complete grids). Callers turn it
   * off when rows were already rejected, so a bad cell is not reported a second time as a gap.
   */
  requireGrid?: boolean;
}

const AREA_WORD = { gemeinde: 'Gemeinde', kreis: 'Kreis', land: 'Land' } as const;
const AGS_WORD = { gemeinde: 'Gemeindeschlüssel', kreis: 'Kreisschlüssel', land: 'Landesschlüssel' } as const;

/**
 * File-wide checks after the cells are parsed: catalogue and AGS membership, duplicates, complete
 * grid (errors); clearance over 100 %, sub-key above parent, inconsistent suspect counts (warnings).
 */
export function checkFacts(
  c: PksFactColumns,
  names: FactColumnNames,
  issues: IssueCollector,
  opts: FactCheckOptions = {},
): { areaCount: number; keys: string[] } {
  const n = c.length;
  const area = AREA_WORD[c.areaKind];
  const agsIds = new Int32Array(n);
  const keyIds = new Int32Array(n);
  const agsList: string[] = [];
  const keyList: string[] = [];
  const agsMap = new Map<string, number>();
  const keyMap = new Map<string, number>();
  const agsKnown: boolean[] = [];
  const keyKnown: boolean[] = [];
  const index = new FactIndex(n);
  let lastAgs: string | undefined;
  let lastAgsId = -1;

  for (let i = 0; i < n; i++) {
    const ags = c.ags[i] as string;
    const key = c.key[i] as string;
    const line = c.line[i] as number;
    // Rows usually come grouped by area: reuse the last lookup.
    let a = ags === lastAgs ? lastAgsId : agsMap.get(ags);
    if (a === undefined) {
      a = agsList.length;
      agsMap.set(ags, a);
      agsList.push(ags);
      agsKnown.push(!opts.knownAgs || opts.knownAgs.has(ags));
    }
    let k = keyMap.get(key);
    if (k === undefined) {
      k = keyList.length;
      keyMap.set(key, k);
      keyList.push(key);
      keyKnown.push(!opts.catalogue || opts.catalogue.has(key));
    }
    lastAgs = ags;
    lastAgsId = a;
    agsIds[i] = a;
    keyIds[i] = k;
    if (!agsKnown[a]) {
      issues.error({
        code: ISSUE_CODES.unknownAgs,
        line,
        column: names.ags,
        value: ags,
        message: `${where(line, names.ags, ags)} ist kein bekannter ${AGS_WORD[c.areaKind]}. Wahrscheinliche Ursache: Tippfehler oder ein Gebietsstand, zu dem dieser Schlüssel nicht gehört (Gemeindefusion). Bitte den AGS prüfen.`,
      });
    }
    if (!keyKnown[k]) {
      issues.error({
        code: ISSUE_CODES.unknownKey,
        line,
        column: names.key,
        value: key,
        message: `${where(line, names.key, key)} ist kein bekannter Straftatenschlüssel (nicht im Schlüsselkatalog). Wahrscheinliche Ursache: Tippfehler oder ein Schlüssel, der im Katalog fehlt. Bitte den Schlüssel prüfen oder den Katalog ergänzen.`,
      });
    }
    const group = groupOf(a, c.year[i] as number);
    const prev = index.putIfAbsent(group, k, i);
    if (prev !== -1) {
      const otherLine = c.line[prev] as number;
      issues.error({
        code: ISSUE_CODES.duplicateRow,
        line,
        column: names.key,
        value: key,
        otherLine,
        message: `${where(line, names.key, key)}: doppelte Zeile – Schlüssel ${key}, ${area} ${ags}, Jahr ${c.year[i]} steht schon in Zeile ${otherLine}. Jede Kombination aus ${area}, Jahr und Schlüssel darf nur einmal vorkommen. Bitte eine der Zeilen ${otherLine} und ${line} entfernen.`,
      });
    }
    checkRow(c, i, names, issues, area);
  }

  checkHierarchy(c, names, issues, { agsIds, keyIds, keyList, index });
  if (opts.requireGrid) checkGrid(c, issues, { agsIds, keyIds, keyList, agsList, index, area });
  return { areaCount: agsList.length, keys: keyList };
}

/** Area and year folded into one int32 (years 1900–2155 fit in 8 bits; validated before). */
function groupOf(agsId: number, year: number): number {
  return agsId * 256 + (year - 1900);
}

function checkRow(
  c: PksFactColumns,
  i: number,
  names: FactColumnNames,
  issues: IssueCollector,
  area: string,
): void {
  const cases = c.cases[i] as number;
  const cleared = c.cleared[i] as number;
  const attempts = c.attempts[i] as number;
  const suspects = c.suspects[i] as number;
  const line = c.line[i] as number;
  if (cleared !== NULL_COUNT && cleared > cases && names.cleared) {
    const pct =
      cases > 0
        ? `${((100 * cleared) / cases).toLocaleString('de-DE', { maximumFractionDigits: 1 })} %`
        : 'nicht definiert (0 erfasste Fälle)';
    issues.warn({
      code: ISSUE_CODES.clearanceOver100,
      line,
      column: names.cleared,
      value: String(cleared),
      message: `${where(line, names.cleared, String(cleared))}: mehr aufgeklärte als erfasste Fälle (${fmt(cleared)} > ${fmt(cases)}, Aufklärungsquote ${pct}; ${rowContext(c, i, area)}). Das ist zulässig: In der PKS zählt ein Fall aus einem Vorjahr, der im Berichtsjahr aufgeklärt wird, als aufgeklärt im Berichtsjahr. Keine Korrektur nötig, wenn die Zahl der Quelle entspricht.`,
    });
  }
  if (attempts !== NULL_COUNT && attempts > cases && names.attempts) {
    issues.warn({
      code: ISSUE_CODES.attemptsExceedCases,
      line,
      column: names.attempts,
      value: String(attempts),
      message: `${where(line, names.attempts, String(attempts))}: mehr Versuche als erfasste Fälle (${fmt(attempts)} > ${fmt(cases)}; ${rowContext(c, i, area)}). Versuche sind ein Teil der erfassten Fälle ("davon Versuche"). Wahrscheinliche Ursache: vertauschte Spalten. Bitte mit der Quelle abgleichen.`,
    });
  }
  const male = c.suspectsMale[i] as number;
  const female = c.suspectsFemale[i] as number;
  if (
    suspects !== NULL_COUNT &&
    male !== NULL_COUNT &&
    female !== NULL_COUNT &&
    male + female !== suspects &&
    names.suspects
  ) {
    issues.warn({
      code: ISSUE_CODES.suspectsSexSum,
      line,
      column: names.suspects,
      value: String(suspects),
      message: `${where(line, names.suspects, String(suspects))}: männliche (${fmt(male)}) und weibliche (${fmt(female)}) Tatverdächtige ergeben nicht die Gesamtzahl (${rowContext(c, i, area)}). In den BKA-Tabellen gilt insgesamt = männlich + weiblich. Wahrscheinliche Ursache: vertauschte oder verrutschte Spalten.`,
    });
  }
  const nonGerman = c.suspectsNonGerman[i] as number;
  if (suspects !== NULL_COUNT && nonGerman !== NULL_COUNT && nonGerman > suspects && names.suspects) {
    issues.warn({
      code: ISSUE_CODES.nonGermanExceedsSuspects,
      line,
      column: names.suspects,
      value: String(suspects),
      message: `${where(line, names.suspects, String(suspects))}: mehr nichtdeutsche Tatverdächtige (${fmt(nonGerman)}) als Tatverdächtige insgesamt (${rowContext(c, i, area)}). Wahrscheinliche Ursache: vertauschte Spalten.`,
    });
  }
}

function rowContext(c: PksFactColumns, i: number, area: string): string {
  return `Schlüssel ${c.key[i]}, ${area} ${c.ags[i]}, Jahr ${c.year[i]}`;
}

interface Interned {
  agsIds: Int32Array;
  keyIds: Int32Array;
  keyList: string[];
  index: FactIndex;
}

/** Sub-key above a containing key (key-hierarchy.ts): warning, for cases and for suspects. */
function checkHierarchy(
  c: PksFactColumns,
  names: FactColumnNames,
  issues: IssueCollector,
  t: Interned,
): void {
  const present = new Set(t.keyList);
  const keyIdOf = new Map(t.keyList.map((k, i) => [k, i]));
  const parents: Int32Array[] = t.keyList.map((k) =>
    Int32Array.from(presentAncestors(k, present), (p) => keyIdOf.get(p) as number),
  );
  for (let i = 0; i < c.length; i++) {
    const ps = parents[t.keyIds[i] as number] as Int32Array;
    if (ps.length === 0) continue;
    const group = groupOf(t.agsIds[i] as number, c.year[i] as number);
    for (let p = 0; p < ps.length; p++) {
      const j = t.index.get(group, ps[p] as number);
      if (j === -1) continue;
      compare(c, i, j, 'cases', names.cases, 'erfasste Fälle', issues);
      if (names.suspects) compare(c, i, j, 'suspects', names.suspects, 'Tatverdächtige', issues);
    }
  }
}

function compare(
  c: PksFactColumns,
  i: number,
  j: number,
  field: 'cases' | 'suspects',
  column: string,
  what: string,
  issues: IssueCollector,
): void {
  const child = c[field][i] as number;
  const parent = c[field][j] as number;
  if (child === NULL_COUNT || parent === NULL_COUNT || child <= parent) return;
  const line = c.line[i] as number;
  const otherLine = c.line[j] as number;
  issues.warn({
    code: ISSUE_CODES.subKeyExceedsParent,
    line,
    column,
    value: String(child),
    otherLine,
    message: `${where(line, column, String(child))}: Schlüssel ${c.key[i]} hat mehr ${what} (${fmt(child)}) als der übergeordnete Schlüssel ${c.key[j]} in Zeile ${otherLine} (${fmt(parent)}; AGS ${c.ags[i]}, Jahr ${c.year[i]}). Nach den PKS-Zählregeln ist das unmöglich: ein Fall wird unter genau einem Schlüssel erfasst, ein Tatverdächtiger in jeder Obergruppe einmal mitgezählt. Wahrscheinliche Ursache: vertauschte Zeilen, verrutschte Spalten oder ein Tippfehler. Bitte mit der Quelle abgleichen.`,
  });
}

/** BKA tables list every key for every area (per year): a gap means a truncated or edited file. */
function checkGrid(
  c: PksFactColumns,
  issues: IssueCollector,
  t: {
    agsIds: Int32Array;
    keyIds: Int32Array;
    keyList: string[];
    agsList: string[];
    index: FactIndex;
    area: string;
  },
): void {
  const perYear = new Map<number, { areas: Set<number>; keys: Set<number>; lastLine: number }>();
  for (let i = 0; i < c.length; i++) {
    const y = c.year[i] as number;
    let e = perYear.get(y);
    if (!e) {
      e = { areas: new Set(), keys: new Set(), lastLine: 0 };
      perYear.set(y, e);
    }
    e.areas.add(t.agsIds[i] as number);
    e.keys.add(t.keyIds[i] as number);
    e.lastLine = Math.max(e.lastLine, c.line[i] as number);
  }
  for (const [year, e] of [...perYear].sort((a, b) => a[0] - b[0])) {
    const missing: string[] = [];
    for (const a of e.areas) {
      for (const k of e.keys) {
        if (t.index.get(groupOf(a, year), k) === -1) missing.push(`${t.keyList[k]} × ${t.agsList[a]}`);
      }
    }
    if (missing.length === 0) continue;
    const list =
      missing.slice(0, 10).join(', ') + (missing.length > 10 ? ` … (insgesamt ${fmt(missing.length)})` : '');
    issues.error({
      code: ISSUE_CODES.incompleteGrid,
      line: e.lastLine,
      message: `Jahr ${year}: Für ${fmt(missing.length)} Kombinationen aus Schlüssel und ${t.area} fehlt die Zeile: ${list}. Die BKA-Tabelle enthält jeden Schlüssel für jeden ${t.area}. Wahrscheinliche Ursache: die Datei ist abgeschnitten (letzte Datenzeile: ${e.lastLine}) oder wurde bearbeitet. Bitte die vollständige Originaldatei verwenden.`,
    });
  }
}
