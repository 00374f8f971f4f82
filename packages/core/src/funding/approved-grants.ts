import { fundingApplications, municipalities, preventionProjects } from '@asskomm/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CoreContext } from '../context';
import type { FundingFigureRecord } from '../kennzahlen/funding-source';
import { APPROVED_STATUSES } from './funding-overview';

/**
 * The approved grants behind the key figure `foerdermittel_bewilligt_cent` (ctx.fundingFigures): one record
 * per approved application, in integer cents, counted in its funding year (as the funding overview sums
 * them). The description is the project's title, never a person's name. Demo data (seeded applications,
 * demo municipalities) only on request.
 */
export async function approvedGrants(
  ctx: Pick<CoreContext, 'db'>,
  options: { includeDemo: boolean },
): Promise<FundingFigureRecord[]> {
  const rows = await ctx.db
    .select({
      ags: fundingApplications.ags,
      municipalityName: municipalities.name,
      fundingYear: fundingApplications.fundingYear,
      decidedOn: fundingApplications.decidedOn,
      approvedCent: fundingApplications.approvedCent,
      title: preventionProjects.title,
    })
    .from(fundingApplications)
    .innerJoin(preventionProjects, eq(preventionProjects.id, fundingApplications.projectId))
    .leftJoin(municipalities, eq(municipalities.ags, fundingApplications.ags))
    .where(
      and(
        inArray(fundingApplications.status, [...APPROVED_STATUSES]),
        // Demo: seeded demo applications, and anything in a demo municipality (as the other figures).
        options.includeDemo
          ? undefined
          : and(eq(fundingApplications.isDemo, false), eq(municipalities.isDemo, false)),
      ),
    )
    .orderBy(asc(fundingApplications.fundingYear), asc(fundingApplications.id));
  return rows.map((r) => ({
    ags: r.ags,
    municipalityName: r.municipalityName,
    jahr: r.fundingYear,
    datum: r.decidedOn,
    cent: Number(r.approvedCent ?? 0),
    beschreibung: `Förderprojekt: ${r.title}`,
  }));
}
