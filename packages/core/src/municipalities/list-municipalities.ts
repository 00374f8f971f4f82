import type { MembershipStatus, MunicipalitySort } from '@asskomm/contracts';
import { districts, municipalities } from '@asskomm/db';
import { and, asc, desc, eq, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { foldName, foldNameSql } from './search-fold';

export { MUNICIPALITY_SORTS, type MunicipalitySort } from '@asskomm/contracts';

export interface ListMunicipalitiesInput {
  q?: string;
  kreis?: string;
  minPopulation?: number;
  maxPopulation?: number;
  sort?: MunicipalitySort;
  limit?: number;
  offset?: number;
}

export interface MunicipalityListItem {
  ags: string;
  name: string;
  kreisSchluessel: string;
  kreisName: string;
  gemeindetyp: string;
  population: number | null;
  areaKm2: number | null;
  density: number | null;
  isDemo: boolean;
  membershipStatus: MembershipStatus;
}

/** Escapes LIKE wildcards so a search for "100%" means the text, not a pattern. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listMunicipalities(
  ctx: CoreContext,
  input: ListMunicipalitiesInput,
): Promise<{ total: number; items: MunicipalityListItem[] }> {
  const density = sql<
    number | null
  >`case when ${municipalities.areaKm2} > 0 then ${municipalities.population} / ${municipalities.areaKm2} end`;
  const filters: SQL[] = [];
  const q = input.q?.trim();
  if (q) {
    const byName = or(
      ...(['spelled', 'plain'] as const).map(
        (style) => sql`${foldNameSql(municipalities.name, style)} like ${likePattern(foldName(q, style))}`,
      ),
    )!;
    // Digits also search the AGS by prefix (14627 finds all of Landkreis Meißen).
    filters.push(/^\d+$/.test(q) ? or(byName, sql`${municipalities.ags} like ${`${q}%`}`)! : byName);
  }
  if (input.kreis) filters.push(eq(municipalities.kreisSchluessel, input.kreis));
  if (input.minPopulation != null) filters.push(gte(municipalities.population, input.minPopulation));
  if (input.maxPopulation != null) filters.push(lte(municipalities.population, input.maxPopulation));
  const where = filters.length ? and(...filters) : undefined;

  const sort = input.sort ?? 'name';
  const direction = sort.startsWith('-') ? desc : asc;
  const column = {
    name: municipalities.name,
    population: municipalities.population,
    ags: municipalities.ags,
    density,
    area: municipalities.areaKm2,
  }[sort.replace('-', '') as 'name' | 'population' | 'ags' | 'density' | 'area'];

  const [countRow] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(municipalities).where(where);
  const rows = await ctx.db
    .select({
      ags: municipalities.ags,
      name: municipalities.name,
      kreisSchluessel: municipalities.kreisSchluessel,
      kreisName: districts.name,
      gemeindetyp: municipalities.gemeindetyp,
      population: municipalities.population,
      areaKm2: municipalities.areaKm2,
      density,
      isDemo: municipalities.isDemo,
      membershipStatus: municipalities.membershipStatus,
    })
    .from(municipalities)
    .innerJoin(districts, eq(districts.kreisSchluessel, municipalities.kreisSchluessel))
    .where(where)
    .orderBy(sql`${direction(column)} nulls last`, asc(municipalities.ags))
    .limit(Math.min(input.limit ?? 50, 500))
    .offset(input.offset ?? 0);
  return {
    total: Number(countRow?.n ?? 0),
    items: rows.map((r) => ({
      ...r,
      density: r.density == null ? null : Math.round(Number(r.density) * 10) / 10,
    })),
  };
}
