import { MAIN_OFFENCE_GROUPS, TOTAL_KEY } from '@asskomm/importers';
import { sql } from 'drizzle-orm';
import type { CoreContext } from '../../context';
import { AppError } from '../../errors';
import { ATTRIBUTIONS, type Attribution } from '../../reference/attributions';
import type { ComparisonResult } from '../analysis/build-profile';
import { compareWithContaining, hzWithCi } from '../analysis/rates';
import { describeComparison, SAXONY_PHRASES } from '../analysis/wording';
import { PKS_ATTRIBUTION_IDS } from '../constants';
import { loadKeyLabels, loadSaxonyFacts } from './load-series';

export interface PksMapItem {
  ags: string;
  name: string;
  kreisTyp: string | null;
  cases: number;
  population: number | null;
  populationDerived: boolean;
  hz: number | null;
  hzCiLow: number | null;
  hzCiHigh: number | null;
  /** HZ as printed by the BKA (for comparison with the recomputed one). */
  hzPublished: number | null;
  clearanceRate: number | null;
  vsSaxony: ComparisonResult | null;
}

export interface PksMap {
  key: string;
  label: string;
  year: number | null;
  /** Years with district data for this key. */
  years: number[];
  items: PksMapItem[];
  saxony: {
    cases: number;
    population: number | null;
    hz: number | null;
    hzCiLow: number | null;
    hzCiHigh: number | null;
  } | null;
  attributions: Attribution[];
}

interface Row {
  ags: string;
  name: string;
  kreis_typ: string | null;
  cases: number;
  cleared: number | null;
  hz_published: number | null;
  population: number | null;
  derived: boolean | null;
}

/**
 * HZ of every Saxon district for one key and year (latest year with data when none is given), for the
 * choropleth, with the comparison against Saxony. The demo district is left out.
 */
export async function getPksMap(ctx: CoreContext, key: string = TOTAL_KEY, year?: number): Promise<PksMap> {
  const yearsResult = await ctx.db.execute(sql`
    select distinct f.year::int as year from pks_facts f
    join districts d on d.kreis_schluessel = f.ags and not d.is_demo
    where f.area_kind = 'kreis' and f.key = ${key} order by 1`);
  const years = (yearsResult as unknown as { rows: { year: number }[] }).rows.map((r) => Number(r.year));
  const labels = await loadKeyLabels(ctx, [key]);
  const label = MAIN_OFFENCE_GROUPS.find((g) => g.key === key)?.label ?? labels.get(key) ?? key;
  const attributions = PKS_ATTRIBUTION_IDS.map((id) => ATTRIBUTIONS[id]!).filter(Boolean);
  const chosen = year ?? years.at(-1) ?? null;
  if (year != null && !years.includes(year) && years.length > 0) {
    throw new AppError('NOT_FOUND', {
      userMessage: `Für Schlüssel ${key} gibt es keine Kreisdaten für ${year}; vorhanden: ${years.join(', ')}.`,
    });
  }
  if (chosen == null) return { key, label, year: null, years, items: [], saxony: null, attributions };
  const result = await ctx.db.execute(sql`
    select d.kreis_schluessel as ags, d.name, d.kreis_typ, f.cases, f.cleared, f.hz_published, p.population, p.derived
    from districts d
    join pks_facts f on f.ags = d.kreis_schluessel and f.key = ${key} and f.year = ${chosen} and f.area_kind = 'kreis'
    left join pks_population p on p.ags = d.kreis_schluessel and p.stichtag = make_date(${chosen}::int - 1, 12, 31)
    where not d.is_demo
    order by d.kreis_schluessel`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  const land = (await loadSaxonyFacts(ctx, [key], { from: chosen, to: chosen })).get(key)?.[0] ?? null;
  const landHz = land ? hzWithCi(land.cases, land.population) : null;
  const items = rows.map((r): PksMapItem => {
    const population = r.population == null ? null : Number(r.population);
    const hz = hzWithCi(Number(r.cases), population);
    const rr =
      land && population != null
        ? compareWithContaining(Number(r.cases), population, land.cases, land.population)
        : null;
    return {
      ags: r.ags,
      name: r.name,
      kreisTyp: r.kreis_typ,
      cases: Number(r.cases),
      population,
      populationDerived: Boolean(r.derived),
      hz: hz?.hz ?? null,
      hzCiLow: hz?.ciLow ?? null,
      hzCiHigh: hz?.ciHigh ?? null,
      hzPublished: r.hz_published == null ? null : Number(r.hz_published),
      clearanceRate:
        r.cleared != null && Number(r.cases) > 0 ? (Number(r.cleared) / Number(r.cases)) * 100 : null,
      vsSaxony: rr
        ? {
            ...rr,
            ...describeComparison(rr, {
              ...SAXONY_PHRASES,
              minCases: Math.min(Number(r.cases), land!.cases),
            }),
            referenceHz: landHz?.hz ?? 0,
            referenceCases: land!.cases,
            referencePopulation: land!.population ?? 0,
          }
        : null,
    };
  });
  return {
    key,
    label,
    year: chosen,
    years,
    items,
    saxony: land
      ? {
          cases: land.cases,
          population: land.population,
          hz: landHz?.hz ?? null,
          hzCiLow: landHz?.ciLow ?? null,
          hzCiHigh: landHz?.ciHigh ?? null,
        }
      : null,
    attributions,
  };
}
