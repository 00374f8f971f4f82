import { type SQL, sql } from 'drizzle-orm';
import type { CoreContext } from '../../context';
import type { YearFacts } from '../analysis/build-profile';

export interface YearRange {
  from?: number;
  to?: number;
}

interface FactRow {
  key: string;
  year: number;
  cases: number;
  attempts: number | null;
  cleared: number | null;
  suspects: number | null;
  population: number | null;
  derived: boolean | null;
}

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

function yearFilter(column: SQL, range: YearRange): SQL {
  const parts: SQL[] = [sql`true`];
  if (range.from != null) parts.push(sql`${column} >= ${range.from}`);
  if (range.to != null) parts.push(sql`${column} <= ${range.to}`);
  return sql.join(parts, sql` and `);
}

function group(rows: FactRow[]): Map<string, YearFacts[]> {
  const out = new Map<string, YearFacts[]>();
  for (const r of rows) {
    let list = out.get(r.key);
    if (!list) {
      list = [];
      out.set(r.key, list);
    }
    list.push({
      year: Number(r.year),
      cases: Number(r.cases),
      attempts: r.attempts == null ? null : Number(r.attempts),
      cleared: r.cleared == null ? null : Number(r.cleared),
      suspects: r.suspects == null ? null : Number(r.suspects),
      population: r.population == null ? null : Number(r.population),
      populationDerived: Boolean(r.derived),
    });
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

/**
 * Facts of one area (municipality or district) per key, each year joined with the population on
 * 31.12. of the year before (the PKS denominator). Served by the primary key (ags, key, year).
 */
export async function loadAreaFacts(
  ctx: CoreContext,
  ags: string,
  keys: readonly string[],
  range: YearRange = {},
): Promise<Map<string, YearFacts[]>> {
  const result = await ctx.db.execute(sql`
    select f.key, f.year::int as year, f.cases, f.attempts, f.cleared, f.suspects, p.population, p.derived
    from pks_facts f
    left join pks_population p on p.ags = f.ags and p.stichtag = make_date(f.year - 1, 12, 31)
    where f.ags = ${ags} and f.key = any(${sql.param([...keys])}::text[]) and ${yearFilter(sql`f.year`, range)}
    order by f.key, f.year`);
  return group(rowsOf<FactRow>(result));
}

/**
 * Saxony = the sum over its real districts (the demo district excluded), only for key × year where
 * every district delivered; suspects are not summed (a suspect active in two districts is counted in
 * each, so the sum would overstate). Population: an explicit row for `14` if loaded, else the sum of
 * the districts' populations on that date, only if all districts have one.
 */
export async function loadSaxonyFacts(
  ctx: CoreContext,
  keys: readonly string[],
  range: YearRange = {},
): Promise<Map<string, YearFacts[]>> {
  const result = await ctx.db.execute(sql`
    with real_districts as (select kreis_schluessel as ags from districts where not is_demo),
    n as (select count(*)::int as n from real_districts),
    f as (
      select key, year::int as year, sum(cases)::int as cases,
        case when count(attempts) = count(*) then sum(attempts)::int end as attempts,
        case when count(cleared) = count(*) then sum(cleared)::int end as cleared,
        count(*)::int as areas
      from pks_facts
      where area_kind = 'kreis' and ags in (select ags from real_districts)
        and key = any(${sql.param([...keys])}::text[]) and ${yearFilter(sql`year`, range)}
      group by key, year
    ),
    pop as (
      select stichtag, sum(population)::int as population, bool_or(derived) as derived, count(*)::int as areas
      from pks_population where area_kind = 'kreis' and ags in (select ags from real_districts)
      group by stichtag
    ),
    land as (select stichtag, population, derived from pks_population where ags = '14')
    select f.key, f.year, f.cases, f.attempts, f.cleared, null::int as suspects,
      coalesce(land.population, case when pop.areas = n.n then pop.population end) as population,
      coalesce(land.derived, case when pop.areas = n.n then pop.derived end) as derived
    from f cross join n
    left join pop on pop.stichtag = make_date(f.year - 1, 12, 31)
    left join land on land.stichtag = make_date(f.year - 1, 12, 31)
    where n.n > 0 and f.areas = n.n
    order by f.key, f.year`);
  return group(rowsOf<FactRow>(result));
}

/** Labels of keys from the catalogue. */
export async function loadKeyLabels(ctx: CoreContext, keys: readonly string[]): Promise<Map<string, string>> {
  const result = await ctx.db.execute(
    sql`select key, label from pks_offence_keys where key = any(${sql.param([...keys])}::text[])`,
  );
  return new Map(rowsOf<{ key: string; label: string }>(result).map((r) => [r.key, r.label]));
}
