import { MAIN_OFFENCE_GROUPS, MAIN_OFFENCE_KEYS } from '@asskomm/importers';
import { assertCan } from '../../auth/authorize';
import type { Actor, CoreContext } from '../../context';
import { ATTRIBUTIONS, type Attribution } from '../../reference/attributions';
import { type AnalysedSeries, analyseSeries, type YearFacts } from '../analysis/build-profile';
import { hzWithCi } from '../analysis/rates';
import { districtPhrases, SAXONY_PHRASES } from '../analysis/wording';
import { PKS_ATTRIBUTION_IDS } from '../constants';
import { loadAreaFacts, loadKeyLabels, loadSaxonyFacts, type YearRange } from './load-series';
import { type PksArea, type PksAreaKind, resolvePksArea } from './resolve-area';

export interface PksProfileInput extends YearRange {
  /** Keys to show; default the main offence groups (MAIN_OFFENCE_GROUPS). */
  keys?: string[];
}

/** A year of the district or of Saxony, for the position of the area against them. */
export interface ReferencePoint {
  year: number;
  cases: number;
  population: number | null;
  populationDerived: boolean;
  hz: number | null;
  hzCiLow: number | null;
  hzCiHigh: number | null;
  clearanceRate: number | null;
  lowerBound: boolean;
}

export interface PksProfileSeries extends AnalysedSeries {
  /** Id of the main offence group (MAIN_OFFENCE_GROUPS) the key belongs to, if any. */
  groupId: string | null;
  parentGroupId: string | null;
  note: string | null;
  district: ReferencePoint[] | null;
  saxony: ReferencePoint[] | null;
}

export interface PksProfile {
  ags: string;
  name: string;
  kind: PksAreaKind;
  isDemo: boolean;
  district: { ags: string; name: string } | null;
  series: PksProfileSeries[];
  /** How the HZ denominator is defined and where the populations come from. */
  denominator: string;
  notes: string[];
  attributions: Attribution[];
}

export const DENOMINATOR_NOTE =
  'Häufigkeitszahl (HZ) = erfasste Fälle × 100.000 / Einwohner am 31.12. des Vorjahres (wie die PKS). ' +
  'Einwohnerzahlen: importierte Bevölkerungsreihen und das Gemeindeverzeichnis GV100AD (31.12.2024, Basis Zensus 2022). ' +
  'Für die Kreise der BKA-Tabellen 2020 und 2022 liegt der Bestand vom 31.12.2019 bzw. 31.12.2021 nicht amtlich vor: ' +
  'er ist aus der veröffentlichten BKA-Häufigkeitszahl zurückgerechnet (Fälle × 100.000 / HZ über alle Schlüssel, auf wenige Einwohner genau) und als „abgeleitet“ gekennzeichnet. ' +
  'Sachsen ist die Summe seiner Kreise. Die 95-%-Konfidenzintervalle sind exakte Poisson-Intervalle; Veränderungen und Vergleiche sind exakte Ratentests (wie R poisson.test).';

function withFallback(
  facts: Map<string, YearFacts[]>,
  key: string,
): { points: YearFacts[]; sumOf?: readonly string[] } {
  const own = facts.get(key);
  if (own && own.length > 0) return { points: own };
  const group = MAIN_OFFENCE_GROUPS.find((g) => g.key === key);
  const parts = group?.fallbackSumKeys;
  if (!parts) return { points: [] };
  const lists = parts.map((k) => facts.get(k) ?? []);
  const years = lists[0]!.map((p) => p.year).filter((y) => lists.every((l) => l.some((p) => p.year === y)));
  const points = years.map((year): YearFacts => {
    const items = lists.map((l) => l.find((p) => p.year === year)!);
    const sum = (f: (p: YearFacts) => number | null) =>
      items.every((p) => f(p) != null) ? items.reduce((s, p) => s + (f(p) as number), 0) : null;
    return {
      year,
      cases: sum((p) => p.cases) ?? 0,
      attempts: sum((p) => p.attempts),
      cleared: sum((p) => p.cleared),
      suspects: null,
      population: items[0]!.population,
      populationDerived: items[0]!.populationDerived,
      lowerBound: true,
    };
  });
  return points.length ? { points, sumOf: parts } : { points: [] };
}

function referencePoints(points: readonly YearFacts[]): ReferencePoint[] {
  return points.map((p) => {
    const hz = hzWithCi(p.cases, p.population);
    return {
      year: p.year,
      cases: p.cases,
      population: p.population,
      populationDerived: p.populationDerived,
      hz: hz?.hz ?? null,
      hzCiLow: hz?.ciLow ?? null,
      hzCiHigh: hz?.ciHigh ?? null,
      clearanceRate: p.cleared != null && p.cases > 0 ? (p.cleared / p.cases) * 100 : null,
      lowerBound: Boolean(p.lowerBound),
    };
  });
}

/** Who may read which profile: municipal data needs pks:read for the AGS; districts, Saxony and the demo town are open. */
export function assertMayReadProfile(actor: Actor | string, area: PksArea): void {
  if (typeof actor === 'string') return;
  if (area.kind === 'gemeinde' && !area.isDemo) assertCan(actor, 'pks:read', area.ags);
  else assertCan(actor, 'reference:read', null);
}

/**
 * The crime profile of a municipality (8-digit AGS), a district (5 digits) or Saxony (`14`): per key
 * and year cases, HZ with exact CI, clearance rate, changes and comparisons with wording (analysis/),
 * the district's and Saxony's series for the position chart, series breaks, notes and attribution.
 */
export async function getPksProfile(
  ctx: CoreContext,
  actor: Actor | string,
  ags: string,
  input: PksProfileInput = {},
): Promise<PksProfile> {
  const area = await resolvePksArea(ctx, ags);
  assertMayReadProfile(actor, area);
  const keys = [...new Set(input.keys?.length ? input.keys : MAIN_OFFENCE_KEYS)];
  const loadKeys = [
    ...new Set([
      ...keys,
      ...MAIN_OFFENCE_GROUPS.filter((g) => keys.includes(g.key)).flatMap((g) => g.fallbackSumKeys ?? []),
    ]),
  ];
  const range = { from: input.from, to: input.to };
  const [own, district, saxony, labels] = await Promise.all([
    area.kind === 'land'
      ? loadSaxonyFacts(ctx, loadKeys, range)
      : loadAreaFacts(ctx, area.ags, loadKeys, range),
    area.district ? loadAreaFacts(ctx, area.district.ags, loadKeys, range) : Promise.resolve(null),
    area.kind === 'land' ? Promise.resolve(null) : loadSaxonyFacts(ctx, loadKeys, range),
    loadKeyLabels(ctx, loadKeys),
  ]);
  const districtRef = area.district
    ? { ...districtPhrases(area.district.name, area.district.kreisTyp), contains: true }
    : null;
  const series = keys.map((key): PksProfileSeries => {
    const group = MAIN_OFFENCE_GROUPS.find((g) => g.key === key);
    const mine = withFallback(own, key);
    const theirs = district ? withFallback(district, key) : null;
    const land = saxony ? withFallback(saxony, key) : null;
    const baseLabel = group?.label ?? labels.get(key) ?? key;
    // Plain words for everyone; the keys of the sum stay in `sumOf` for the page's note for analysts.
    const label = mine.sumOf ? `${baseLabel} (mindestens)` : baseLabel;
    const analysed = analyseSeries(
      { key, label, sumOf: mine.sumOf, points: mine.points },
      {
        district: districtRef && theirs ? { ...districtRef, points: theirs.points } : undefined,
        saxony: land ? { ...SAXONY_PHRASES, contains: !area.isDemo, points: land.points } : undefined,
      },
    );
    return {
      ...analysed,
      groupId: group?.id ?? null,
      parentGroupId: group?.parentId ?? null,
      note: group?.note ?? null,
      district: theirs ? referencePoints(theirs.points) : null,
      saxony: land ? referencePoints(land.points) : null,
    };
  });
  const notes: string[] = [];
  if (area.isDemo)
    notes.push(
      `${area.name} ist eine erfundene Kommune: Ihre Zahlen sind zufällig erzeugte Beispielzahlen und nur zur Vorführung. Der Vergleich mit Sachsen nutzt die echten Kreisdaten.`,
    );
  if (series.every((s) => s.points.length === 0)) {
    notes.push(
      area.kind === 'gemeinde'
        ? `Für ${area.name} sind keine PKS-Daten importiert. Zahlen je Gemeinde gibt das LKA Sachsen auf Anfrage heraus; importieren Sie sie mit der Gemeinde-Vorlage (Kriminalstatistik → Import).`
        : `Für ${area.name} sind keine PKS-Daten geladen.`,
    );
  }
  if (series.some((s) => s.points.some((p) => p.populationDerived)))
    notes.push(
      'Einige Einwohnerzahlen sind aus der veröffentlichten BKA-Häufigkeitszahl abgeleitet (siehe Erläuterung zur HZ).',
    );
  if (series.some((s) => s.points.some((p) => p.population == null)))
    notes.push(
      'Für manche Jahre fehlt die Einwohnerzahl vom 31.12. des Vorjahres; dort wird keine Häufigkeitszahl berechnet. Importieren Sie eine Bevölkerungsreihe (ags, stichtag, population).',
    );
  return {
    ags: area.ags,
    name: area.name,
    kind: area.kind,
    isDemo: area.isDemo,
    district: area.district ? { ags: area.district.ags, name: area.district.name } : null,
    series,
    denominator: DENOMINATOR_NOTE,
    notes,
    attributions: PKS_ATTRIBUTION_IDS.map((id) => ATTRIBUTIONS[id]!).filter(Boolean),
  };
}
