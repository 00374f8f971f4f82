import { coachingEngagements, districts, municipalities, preventionCouncils } from '@asskomm/db';
import { eq, or, sql } from 'drizzle-orm';
import type { CoreContext } from '../context';

export interface NetworkMember {
  ags: string;
  name: string;
  kreisName: string;
  isDemo: boolean;
  isMember: boolean;
  memberSince: string | null;
  isModelMunicipality: boolean;
  council: { name: string; foundedOn: string | null } | null;
  /** Years in which the municipality was coached. */
  coachedYears: number[];
}

/**
 * The public map and list of the alliance: members, prevention councils and coached municipalities.
 * Only what the alliance publishes anyway: no contacts, no notes, no council members.
 */
export async function listNetworkMembers(ctx: CoreContext): Promise<NetworkMember[]> {
  const coached = ctx.db
    .select({
      ags: coachingEngagements.ags,
      years: sql<
        number[]
      >`array_agg(distinct ${coachingEngagements.year} order by ${coachingEngagements.year})`.as('years'),
    })
    .from(coachingEngagements)
    .groupBy(coachingEngagements.ags)
    .as('coached');
  const rows = await ctx.db
    .select({
      ags: municipalities.ags,
      name: municipalities.name,
      kreisName: districts.name,
      isDemo: municipalities.isDemo,
      status: municipalities.membershipStatus,
      memberSince: municipalities.membershipSince,
      isModelMunicipality: municipalities.isModelMunicipality,
      councilName: preventionCouncils.name,
      councilFoundedOn: preventionCouncils.foundedOn,
      coachedYears: coached.years,
    })
    .from(municipalities)
    .innerJoin(districts, eq(districts.kreisSchluessel, municipalities.kreisSchluessel))
    .leftJoin(preventionCouncils, eq(preventionCouncils.ags, municipalities.ags))
    .leftJoin(coached, eq(coached.ags, municipalities.ags))
    .where(
      or(
        eq(municipalities.membershipStatus, 'mitglied'),
        sql`${preventionCouncils.id} is not null`,
        sql`${coached.ags} is not null`,
      ),
    )
    .orderBy(municipalities.name);
  return rows.map((r) => ({
    ags: r.ags,
    name: r.name,
    kreisName: r.kreisName,
    isDemo: r.isDemo,
    isMember: r.status === 'mitglied',
    memberSince: r.status === 'mitglied' ? r.memberSince : null,
    isModelMunicipality: r.isModelMunicipality,
    council: r.councilName ? { name: r.councilName, foundedOn: r.councilFoundedOn } : null,
    coachedYears: (r.coachedYears ?? []).map(Number),
  }));
}
