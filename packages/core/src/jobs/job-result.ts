import { stat } from 'node:fs/promises';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { jobFile } from './job-files.ts';
import { loadVisibleJob } from './list-jobs.ts';

/** The result file of a finished job, for download (audited: letters carry addresses). */
export async function getJobResult(
  ctx: CoreContext,
  actor: Actor,
  id: number,
): Promise<{ path: string; filename: string; size: number; contentType: string }> {
  const job = await loadVisibleJob(ctx, actor, id);
  if (job.status === 'fertig' && !job.resultFile) {
    // A letter batch: its letters belong to the sample run (and its deletion rules), not to the job.
    const run = (job.outcome as { sampleRunId?: number } | null)?.sampleRunId;
    throw new AppError('NOT_FOUND', {
      userMessage: `Der Auftrag ${id} hat keine eigene Datei${run ? `; die Briefe liegen bei Stichprobe ${run} der Befragung` : ''}.`,
    });
  }
  if (job.status !== 'fertig' || !job.resultFile || !job.resultName) {
    throw new AppError('JOB_NOT_DONE', {
      userMessage:
        job.status === 'fehlgeschlagen'
          ? `Der Auftrag ${id} ist fehlgeschlagen und hat kein Ergebnis: ${job.error ?? ''}`.trim()
          : `Der Auftrag ${id} ist noch nicht fertig (${job.done} von ${job.total} Schritten erledigt).`,
    });
  }
  const path = jobFile(ctx.config, job.id, job.resultFile);
  const info = await stat(path).catch(() => null);
  if (!info) {
    throw new AppError('NOT_FOUND', {
      userMessage: `Die Ergebnisdatei des Auftrags ${id} ist nicht mehr vorhanden.`,
    });
  }
  await recordAudit(ctx.db, actor, {
    action: 'download_job_result',
    entity: 'job',
    entityId: job.id,
    ags: job.ags,
    detail: { kind: job.kind },
  });
  const contentType = job.resultName.endsWith('.zip') ? 'application/zip' : 'application/pdf';
  return { path, filename: job.resultName, size: info.size, contentType };
}
