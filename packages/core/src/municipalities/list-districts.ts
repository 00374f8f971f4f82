import { boundaries, districts } from '@asskomm/db';
import { asc, eq } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { ATTRIBUTIONS } from '../reference/attributions';

export async function listDistricts(ctx: CoreContext) {
  const rows = await ctx.db.select().from(districts).orderBy(asc(districts.name));
  return rows.map((d) => ({
    kreisSchluessel: d.kreisSchluessel,
    name: d.name,
    kreisTyp: d.kreisTyp,
    population: d.population,
    areaKm2: d.areaKm2,
    municipalityCount: d.municipalityCount,
    isDemo: d.isDemo,
  }));
}

/** Boundaries as a GeoJSON FeatureCollection for maps (level 'gemeinde' or 'kreis'). */
export async function getBoundaries(ctx: CoreContext, level: 'gemeinde' | 'kreis') {
  const rows = await ctx.db
    .select()
    .from(boundaries)
    .where(eq(boundaries.level, level))
    .orderBy(asc(boundaries.key));
  const kreisNames = new Map((await ctx.db.select().from(districts)).map((d) => [d.kreisSchluessel, d.name]));
  return {
    type: 'FeatureCollection' as const,
    // A GeoJSON "foreign member" (RFC 7946 §6.1) carrying the licence's source note.
    attribution: ATTRIBUTIONS.grenzen!.text,
    features: rows.map((b) => ({
      type: 'Feature' as const,
      properties:
        level === 'gemeinde'
          ? {
              ags: b.key,
              name: b.name,
              kreis_schluessel: b.key.slice(0, 5),
              kreis_name: kreisNames.get(b.key.slice(0, 5)) ?? null,
            }
          : { kreis_schluessel: b.key, name: b.name },
      geometry: b.geometry,
    })),
  };
}
