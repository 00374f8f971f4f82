import type { ReportDraftSummary, ReportVersionSummary } from '@asskomm/contracts';
import { reportDrafts, reportVersions } from '@asskomm/db';
import type { ReportInput } from '@asskomm/report/lagebericht';
import { and, eq } from 'drizzle-orm';
import type { CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { editCount } from './report-edits.ts';

export type DraftRow = typeof reportDrafts.$inferSelect;
export type VersionRow = typeof reportVersions.$inferSelect;

/** A draft of the municipality; another municipality's draft is "not found", not "forbidden". */
export async function loadDraft(ctx: CoreContext, ags: string, id: number): Promise<DraftRow> {
  const [row] = await ctx.db
    .select()
    .from(reportDrafts)
    .where(and(eq(reportDrafts.id, id), eq(reportDrafts.ags, ags)));
  if (!row)
    throw new AppError('NOT_FOUND', { userMessage: `Kein Berichtsentwurf ${id} für die AGS ${ags}.` });
  return row;
}

export async function loadVersion(ctx: CoreContext, ags: string, id: number): Promise<VersionRow> {
  const [row] = await ctx.db
    .select()
    .from(reportVersions)
    .where(and(eq(reportVersions.id, id), eq(reportVersions.ags, ags)));
  if (!row)
    throw new AppError('NOT_FOUND', {
      userMessage: `Keine veröffentlichte Berichtsversion ${id} für die AGS ${ags}.`,
    });
  return row;
}

export function draftSummary(row: DraftRow): ReportDraftSummary {
  return {
    id: row.id,
    ags: row.ags,
    waveId: row.waveId,
    editCount: editCount(row.edits),
    publishedVersionId: row.publishedVersionId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function versionSummary(row: VersionRow): ReportVersionSummary {
  return {
    id: row.id,
    ags: row.ags,
    number: row.number,
    reportDate: row.reportDate,
    publishedAt: row.publishedAt.toISOString(),
    editCount: editCount(row.edits),
    provenance: (row.input as ReportInput).provenance as ReportVersionSummary['provenance'],
  };
}
