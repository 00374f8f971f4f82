/**
 * Letter batches: each sample run's invitation and reminder PDFs, kept as files (letter-store.ts) so
 * that staff can download them again until the letters are out.
 *
 * How long (docs/datenschutz-befragung.md, "Gespeicherte Briefe"): a batch drawn in the draft is deleted
 * when fieldwork starts; a batch drawn during fieldwork is kept for LETTERS_KEEP_DAYS_IN_FIELD days,
 * and at most until fieldwork ends. Staff can declare a batch's letters lost: its unused codes are
 * deleted (nobody can answer with them any more) and its files with them.
 */
import { type Db, surveyAccessCodes, surveySampleRuns, surveyWaves } from '@asskomm/db';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { loadWave } from '../waves/load-wave.ts';
import {
  deleteLetterFiles,
  type LetterKind,
  letterFileBase,
  listLetterFileBases,
  readLetterFile,
} from './letter-store.ts';

export const LETTERS_KEEP_DAYS_IN_FIELD = 7;

async function loadRun(db: Db, waveId: number, runId: number) {
  const [run] = await db
    .select()
    .from(surveySampleRuns)
    .where(and(eq(surveySampleRuns.id, runId), eq(surveySampleRuns.waveId, waveId)));
  if (!run) {
    throw new AppError('NOT_FOUND', {
      userMessage: `Die Befragung ${waveId} hat keine Stichprobe mit der Nummer ${runId}.`,
    });
  }
  return run;
}

/** One of a batch's PDFs, for the wave's staff (survey:manage); each download is audited. */
export async function getLetterBatchPdf(
  ctx: CoreContext,
  actor: Actor,
  waveId: number,
  runId: number,
  kind: LetterKind,
): Promise<{ pdf: Uint8Array; filename: string }> {
  const { wave } = await loadWave(ctx, actor, waveId, 'survey:manage');
  await deleteExpiredLetterBatches(ctx);
  const run = await loadRun(ctx.db, waveId, runId);
  const pdf = run.lettersFile ? await readLetterFile(ctx.config, run.lettersFile, kind) : null;
  if (!pdf) {
    throw new AppError('LETTERS_DELETED', {
      userMessage: run.voidedAt
        ? 'Die Briefe dieser Stichprobe wurden als verloren gemeldet und gelöscht; ihre Codes sind ungültig.'
        : undefined,
    });
  }
  await recordAudit(ctx.db, actor, {
    action: 'download_letters',
    entity: 'survey_sample_run',
    entityId: runId,
    ags: wave.ags,
    detail: { waveId, kind },
  });
  return { pdf, filename: `${kind}-welle-${waveId}-stichprobe-${runId}.pdf` };
}

/**
 * Declares a batch's letters lost (survey:manage; draft or fieldwork): deletes its unused codes and its
 * files. Codes already used stay, with their answers. Returns the number of codes voided.
 */
export async function voidLetterBatch(
  ctx: CoreContext,
  actor: Actor,
  waveId: number,
  runId: number,
): Promise<{ codesVoided: number }> {
  const result = await ctx.db.transaction(async (tx) => {
    const { wave } = await loadWave({ db: tx }, actor, waveId, 'survey:manage', { forUpdate: true });
    if (wave.status !== 'entwurf' && wave.status !== 'feldphase') {
      throw new AppError('SURVEY_WAVE_LOCKED', {
        userMessage: 'Codes können nur im Entwurf oder während der Feldphase ungültig gemacht werden.',
      });
    }
    const run = await loadRun(tx, waveId, runId);
    if (run.voidedAt) return { codesVoided: 0, file: null };
    const deleted = await tx
      .delete(surveyAccessCodes)
      .where(
        and(
          eq(surveyAccessCodes.waveId, waveId),
          eq(surveyAccessCodes.sampleRunId, runId),
          eq(surveyAccessCodes.used, false),
        ),
      )
      .returning({ h: surveyAccessCodes.codeHash });
    await tx
      .update(surveySampleRuns)
      .set({
        voidedAt: new Date(),
        codesVoided: deleted.length,
        lettersFile: null,
        lettersDeletedAt: run.lettersFile ? new Date() : run.lettersDeletedAt,
      })
      .where(eq(surveySampleRuns.id, runId));
    await recordAudit(tx, actor, {
      action: 'void_letters',
      entity: 'survey_sample_run',
      entityId: runId,
      ags: wave.ags,
      detail: { waveId, codesVoided: deleted.length },
    });
    return { codesVoided: deleted.length, file: run.lettersFile };
  });
  if (result.file) await deleteLetterFiles(ctx.config, result.file);
  return { codesVoided: result.codesVoided };
}

/**
 * Marks the wave's stored batches as deleted in the transaction of a status change (start or end of
 * fieldwork); the caller removes the returned files after the commit (removeLetterFiles).
 */
export async function releaseLetterBatches(tx: Db, waveId: number): Promise<string[]> {
  const kept = and(eq(surveySampleRuns.waveId, waveId), isNotNull(surveySampleRuns.lettersFile));
  // RETURNING gives the new (null) value: read the names first.
  const rows = await tx.select({ file: surveySampleRuns.lettersFile }).from(surveySampleRuns).where(kept);
  await tx.update(surveySampleRuns).set({ lettersFile: null, lettersDeletedAt: new Date() }).where(kept);
  return rows.map((r) => r.file).filter((f): f is string => f !== null);
}

export async function removeLetterFiles(ctx: Pick<CoreContext, 'config' | 'log'>, bases: readonly string[]) {
  for (const base of bases) {
    try {
      await deleteLetterFiles(ctx.config, base);
    } catch (error) {
      // The next clean-up (deleteExpiredLetterBatches) removes files no run keeps.
      ctx.log.error(`Briefdateien ${base} konnten nicht gelöscht werden: ${(error as Error).message}`);
    }
  }
}

/**
 * Deletes every batch past its time (see the file comment), and any letter file no sample run keeps
 * (e.g. left by a crash). Runs at start, before downloads and after draws. Returns the files removed.
 */
export async function deleteExpiredLetterBatches(
  ctx: Pick<CoreContext, 'db' | 'config' | 'log'>,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - LETTERS_KEEP_DAYS_IN_FIELD * 24 * 3600 * 1000);
  const due = and(
    isNotNull(surveySampleRuns.lettersFile),
    sql`exists (select 1 from ${surveyWaves} w where w.id = ${surveySampleRuns.waveId} and (
      w.status in ('abgeschlossen', 'ausgewertet')
      or (w.status = 'feldphase' and ${surveySampleRuns.createdAt} < ${cutoff.toISOString()}::timestamptz)))`,
  );
  const expired = await ctx.db.transaction(async (tx) => {
    const rows = await tx.select({ file: surveySampleRuns.lettersFile }).from(surveySampleRuns).where(due);
    if (rows.length > 0) {
      await tx.update(surveySampleRuns).set({ lettersFile: null, lettersDeletedAt: now }).where(due);
    }
    return rows;
  });
  const kept = new Set(
    (
      await ctx.db
        .select({ file: surveySampleRuns.lettersFile })
        .from(surveySampleRuns)
        .where(isNotNull(surveySampleRuns.lettersFile))
    ).map((r) => r.file),
  );
  // Files younger than an hour may belong to a draw whose transaction has not committed yet.
  const settled = new Date(now.getTime() - 3600 * 1000);
  const orphans = (await listLetterFileBases(ctx.config, settled)).filter((b) => !kept.has(b));
  const remove = [...new Set([...expired.map((r) => r.file!), ...orphans])];
  await removeLetterFiles(ctx, remove);
  return remove.length;
}

export { letterFileBase };
