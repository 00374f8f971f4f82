/**
 * Lagebericht drafts: an analyst's texts over live data. The draft stores only the chosen wave and the
 * edits; its report is gathered afresh on every view, so it always shows today's data.
 */
import type { ReportDraftDetail, TReportDraftCreate, TReportDraftPatch } from '@asskomm/contracts';
import { municipalities, reportDrafts } from '@asskomm/db';
import { applyReportEdits, buildReportModel, type ReportModel } from '@asskomm/report/lagebericht';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertCan } from '../../auth/authorize.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { gatherReportInput } from '../gather-report-input.ts';
import { type DraftRow, draftSummary, loadDraft } from './load-report-rows.ts';
import { mergeEdits, orphanedEdits } from './report-edits.ts';
import { toReportView } from './report-view.ts';

/** The draft's report from today's data with its edits (for the view, the files and publishing). */
export async function draftModel(
  ctx: CoreContext,
  actor: Actor,
  draft: DraftRow,
  reportDate?: string,
): Promise<{ model: ReportModel; generated: ReportModel }> {
  const input = await gatherReportInput(ctx, actor, {
    ags: draft.ags,
    ...(draft.waveId != null ? { waveId: draft.waveId } : {}),
    ...(reportDate ? { reportDate } : {}),
  });
  const generated = buildReportModel(input);
  return { generated, model: applyReportEdits(generated, draft.edits) };
}

async function detail(ctx: CoreContext, actor: Actor, draft: DraftRow): Promise<ReportDraftDetail> {
  const { model, generated } = await draftModel(ctx, actor, draft);
  return {
    ...draftSummary(draft),
    provenance: { ...model.provenance, pksYears: [...model.provenance.pksYears] },
    report: toReportView(model, draft.edits),
    orphanedEdits: orphanedEdits(draft.edits, generated),
  };
}

/** A new draft (report:draft); the wave defaults to the municipality's latest evaluated wave. */
export async function createReportDraft(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  body: TReportDraftCreate,
): Promise<ReportDraftDetail> {
  assertCan(actor, 'report:draft', ags);
  const [m] = await ctx.db
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .where(eq(municipalities.ags, ags));
  if (!m) throw new AppError('NOT_FOUND', { userMessage: `Keine Kommune mit der AGS ${ags}.` });
  // Gathering resolves the default wave and refuses a wave of another municipality or not evaluated.
  const input = await gatherReportInput(ctx, actor, { ags, ...(body.waveId ? { waveId: body.waveId } : {}) });
  const draft = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reportDrafts)
      .values({
        ags,
        waveId: input.provenance.waveId,
        edits: { findings: {}, recommendations: {} },
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'report_draft',
      entityId: row!.id,
      ags,
      detail: { waveId: input.provenance.waveId },
    });
    return row!;
  });
  return detail(ctx, actor, draft);
}

export async function getReportDraft(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  id: number,
): Promise<ReportDraftDetail> {
  assertCan(actor, 'report:draft', ags);
  return detail(ctx, actor, await loadDraft(ctx, ags, id));
}

export function assertUnpublished(draft: DraftRow): void {
  if (draft.publishedVersionId != null)
    throw new AppError('REPORT_DRAFT_PUBLISHED', {
      userMessage: `Der Entwurf ${draft.id} ist bereits veröffentlicht. Für Änderungen legen Sie einen neuen Entwurf an.`,
    });
}

/** Replaces (or, with text null, restores) the wording of single findings and recommendations. */
export async function updateReportDraft(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  id: number,
  patch: TReportDraftPatch,
): Promise<ReportDraftDetail> {
  assertCan(actor, 'report:draft', ags);
  const draft = await loadDraft(ctx, ags, id);
  assertUnpublished(draft);
  const { generated } = await draftModel(ctx, actor, draft);
  const edits = mergeEdits(draft.edits, patch.edits, generated);
  const updated = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(reportDrafts)
      .set({ edits, updatedAt: new Date() })
      .where(and(eq(reportDrafts.id, id), isNull(reportDrafts.publishedVersionId)))
      .returning();
    if (!row) assertUnpublished({ ...draft, publishedVersionId: -1 });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'report_draft',
      entityId: id,
      ags,
      detail: {
        changed: patch.edits.map((e) => `${e.kind}:${e.id}${e.text === null ? ' (zurückgesetzt)' : ''}`),
      },
    });
    return row!;
  });
  return detail(ctx, actor, updated);
}
