import { pksOffenceKeys } from '@asskomm/db';
import { MAIN_OFFENCE_GROUPS, type MainOffenceGroup } from '@asskomm/importers';
import { asc, sql } from 'drizzle-orm';
import type { CoreContext } from '../../context';

export interface PksKeyInfo {
  key: string;
  label: string;
  mainGroup: string;
  mainGroupLabel: string;
  isSummary: boolean;
  isWildcard: boolean;
  isTotal: boolean;
  firstYear: number;
  lastYear: number;
  /** Years with district data for this key (the map can show them). */
  districtYears: number[];
}

export interface PksKeyList {
  items: PksKeyInfo[];
  mainGroups: (Omit<MainOffenceGroup, 'fallbackSumKeys'> & { fallbackSumKeys?: string[] })[];
  /** All years with district data, ascending. */
  districtYears: number[];
}

/** The Straftatenschlüssel catalogue with the years of district data per key, and the main groups. */
export async function listPksKeys(ctx: CoreContext): Promise<PksKeyList> {
  const keys = await ctx.db.select().from(pksOffenceKeys).orderBy(asc(pksOffenceKeys.key));
  const result = await ctx.db.execute(sql`
    select f.key, array_agg(distinct f.year::int order by f.year::int) as years
    from pks_facts f join districts d on d.kreis_schluessel = f.ags and not d.is_demo
    where f.area_kind = 'kreis' group by f.key`);
  const years = new Map(
    (result as unknown as { rows: { key: string; years: number[] }[] }).rows.map((r) => [
      r.key,
      r.years.map(Number),
    ]),
  );
  const all = new Set<number>();
  for (const list of years.values()) for (const y of list) all.add(y);
  return {
    items: keys.map((k) => ({
      key: k.key,
      label: k.label,
      mainGroup: k.mainGroup,
      mainGroupLabel: k.mainGroupLabel,
      isSummary: k.isSummary,
      isWildcard: k.isWildcard,
      isTotal: k.isTotal,
      firstYear: k.firstYear,
      lastYear: k.lastYear,
      districtYears: years.get(k.key) ?? [],
    })),
    mainGroups: MAIN_OFFENCE_GROUPS.map(({ fallbackSumKeys, ...g }) => ({
      ...g,
      ...(fallbackSumKeys ? { fallbackSumKeys: [...fallbackSumKeys] } : {}),
    })),
    districtYears: [...all].sort((a, b) => a - b),
  };
}
