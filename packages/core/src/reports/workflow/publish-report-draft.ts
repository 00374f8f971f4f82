/**
 * Publishing records a version with everything it is made of: the gathered ReportInput (aggregates
 * only), the edits, the data hash, PKS years, waves, software version and report date. A version is
 * then always rendered from these records, never from today's data, so it regenerates byte-identically.
 */
import type { ReportVersionDetail } from '@asskomm/contracts';
import { type Db, municipalities, reportDrafts, reportVersions, type StoredReportEdits } from '@asskomm/db';
import type { ReportInput } from '@asskomm/report/lagebericht';
import { and, eq, isNull, max } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertCan } from '../../auth/authorize.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { gatherReportInput } from '../gather-report-input.ts';
import { loadDraft } from './load-report-rows.ts';
import { assertUnpublished } from './report-drafts.ts';
import { getReportVersion } from './report-versions.ts';

/** Inserts version n+1 of the municipality (its row locked, so two publishers never get the same n). */
export async function insertReportVersion(
  tx: Db,
  actor: Actor | string,
  input: ReportInput,
  edits: StoredReportEdits,
  draftId: number | null,
): Promise<number> {
  const ags = input.municipality.ags;
  await tx
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .where(eq(municipalities.ags, ags))
    .for('update');
  const [last] = await tx
    .select({ n: max(reportVersions.number) })
    .from(reportVersions)
    .where(eq(reportVersions.ags, ags));
  const p = input.provenance;
  const [row] = await tx
    .insert(reportVersions)
    .values({
      ags,
      number: (last?.n ?? 0) + 1,
      draftId,
      waveId: p.waveId,
      earlierWaveId: p.earlierWaveId,
      pksYears: [...p.pksYears],
      dataHash: p.dataHash,
      softwareVersion: p.softwareVersion,
      reportDate: p.reportDate,
      input,
      edits,
      publishedBy: typeof actor === 'string' ? null : actor.id,
    })
    .returning({ id: reportVersions.id, number: reportVersions.number });
  await recordAudit(tx, actor, {
    action: 'publish',
    entity: 'report_version',
    entityId: row!.id,
    ags,
    detail: { number: row!.number, draftId, dataHash: p.dataHash, reportDate: p.reportDate },
  });
  return row!.id;
}

export async function publishReportDraft(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  id: number,
  options: { dataHash?: string | undefined } = {},
): Promise<ReportVersionDetail> {
  assertCan(actor, 'report:draft', ags);
  const draft = await loadDraft(ctx, ags, id);
  assertUnpublished(draft);
  const input = await gatherReportInput(ctx, actor, {
    ags,
    ...(draft.waveId != null ? { waveId: draft.waveId } : {}),
  });
  // The analyst publishes what they reviewed: if the data changed since, they look again first.
  if (options.dataHash && options.dataHash !== input.provenance.dataHash)
    throw new AppError('CONFLICT', {
      userMessage:
        'Die Daten des Berichts haben sich seit dem Laden geändert. Bitte prüfen Sie den Entwurf erneut und veröffentlichen Sie dann.',
    });
  const versionId = await ctx.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: reportDrafts.id })
      .from(reportDrafts)
      .where(and(eq(reportDrafts.id, id), isNull(reportDrafts.publishedVersionId)))
      .for('update');
    if (!locked) assertUnpublished({ ...draft, publishedVersionId: -1 });
    const [current] = await tx
      .select({ edits: reportDrafts.edits })
      .from(reportDrafts)
      .where(eq(reportDrafts.id, id));
    const vid = await insertReportVersion(tx as unknown as Db, actor, input, current!.edits, id);
    await tx
      .update(reportDrafts)
      .set({ publishedVersionId: vid, updatedAt: new Date() })
      .where(eq(reportDrafts.id, id));
    return vid;
  });
  return getReportVersion(ctx, actor, ags, versionId);
}
