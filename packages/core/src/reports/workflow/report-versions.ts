/** Published Lagebericht versions: listed and shown from their recorded input and edits. */
import type { ReportList, ReportVersionDetail } from '@asskomm/contracts';
import { municipalities, reportDrafts, reportVersions } from '@asskomm/db';
import {
  applyReportEdits,
  buildReportModel,
  type ReportInput,
  type ReportModel,
} from '@asskomm/report/lagebericht';
import { desc, eq } from 'drizzle-orm';
import { assertCan, can } from '../../auth/authorize.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { draftSummary, loadVersion, type VersionRow, versionSummary } from './load-report-rows.ts';
import { toReportView } from './report-view.ts';

/** The version's report, from its recorded input and edits only (today's data play no part). */
export function versionModel(row: VersionRow): ReportModel {
  return applyReportEdits(buildReportModel(row.input as ReportInput), row.edits);
}

/** Versions (report:read) and, for those who may edit, the drafts of a municipality. */
export async function listReports(ctx: CoreContext, actor: Actor, ags: string): Promise<ReportList> {
  assertCan(actor, 'report:read', ags);
  const [m] = await ctx.db
    .select({ name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.ags, ags));
  if (!m) throw new AppError('NOT_FOUND', { userMessage: `Keine Kommune mit der AGS ${ags}.` });
  const canEdit = can(actor, 'report:draft', ags);
  const versions = await ctx.db
    .select()
    .from(reportVersions)
    .where(eq(reportVersions.ags, ags))
    .orderBy(desc(reportVersions.number));
  const drafts = canEdit
    ? await ctx.db.select().from(reportDrafts).where(eq(reportDrafts.ags, ags)).orderBy(desc(reportDrafts.id))
    : [];
  return {
    ags,
    name: m.name,
    canEdit,
    drafts: drafts.map(draftSummary),
    versions: versions.map(versionSummary),
  };
}

export async function getReportVersion(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  id: number,
): Promise<ReportVersionDetail> {
  assertCan(actor, 'report:read', ags);
  const row = await loadVersion(ctx, ags, id);
  return { ...versionSummary(row), report: toReportView(versionModel(row), row.edits) };
}
