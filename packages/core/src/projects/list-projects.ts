import type { ProjectSummary } from '@asskomm/contracts';
import { fundingApplications, municipalities, preventionProjects } from '@asskomm/db';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { loadProject, type ProjectRow } from './project-row';
import { readableAgs } from './readable-scope';

/** Projects the actor may read (all for the LPR, own for a municipality and its council, assigned for coaches). */
export async function listProjects(ctx: CoreContext, actor: Actor, ags?: string): Promise<ProjectSummary[]> {
  const scope = readableAgs(actor, 'project:read', ags);
  if (scope !== 'all' && scope.length === 0) return [];
  const where: SQL | undefined = scope === 'all' ? undefined : inArray(preventionProjects.ags, scope);
  const rows = await ctx.db
    .select({ project: preventionProjects, municipalityName: municipalities.name })
    .from(preventionProjects)
    .innerJoin(municipalities, eq(municipalities.ags, preventionProjects.ags))
    .where(where)
    .orderBy(desc(preventionProjects.updatedAt), desc(preventionProjects.id));
  return rows.map(({ project: p, municipalityName }) => ({
    id: p.id,
    ags: p.ags,
    municipalityName,
    title: p.title,
    status: p.status,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    isDemo: p.isDemo,
    stepsFilled: Object.values(p.steps).filter((t) => t.trim() !== '').length,
  }));
}

export interface ProjectDetail extends ProjectRow {
  municipalityName: string;
  applications: {
    id: number;
    fundingYear: number;
    status: string;
    requestedCent: number;
    approvedCent: number | null;
  }[];
}

export async function getProject(ctx: CoreContext, actor: Actor, id: number): Promise<ProjectDetail> {
  const project = await loadProject(ctx, id);
  assertCan(actor, 'project:read', project.ags);
  const [municipality] = await ctx.db
    .select({ name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.ags, project.ags));
  const applications = await ctx.db
    .select({
      id: fundingApplications.id,
      fundingYear: fundingApplications.fundingYear,
      status: fundingApplications.status,
      requestedCent: fundingApplications.requestedCent,
      approvedCent: fundingApplications.approvedCent,
    })
    .from(fundingApplications)
    .where(and(eq(fundingApplications.projectId, id)))
    .orderBy(asc(fundingApplications.fundingYear), asc(fundingApplications.id));
  return { ...project, municipalityName: municipality?.name ?? project.ags, applications };
}
