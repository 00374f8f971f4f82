/**
 * Jobs as their staff see them: report batches for holders of report:batch (admins), letter batches
 * for the wave's staff (survey:manage for its municipality). Nobody else learns that a job exists.
 */
import { jobs } from '@asskomm/db';
import { desc, eq } from 'drizzle-orm';
import { can } from '../auth/authorize.ts';
import type { Actor, CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';

export type JobStatus = 'wartend' | 'laeuft' | 'fertig' | 'fehlgeschlagen';
export type JobKind = 'report_batch' | 'letter_batch';

export interface JobView {
  id: number;
  kind: JobKind;
  /** What the job makes, in German, e.g. „Lageberichte (PDF): 50 Kommunen“. */
  label: string;
  status: JobStatus;
  total: number;
  done: number;
  error: string | null;
  /** File name of the download once the job is done. */
  resultName: string | null;
  /** The survey wave of a letter batch. */
  waveId: number | null;
  /** A finished letter batch: its sample run (letters download there) and the codes made. */
  outcome: { sampleRunId: number; codesCreated: number } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export type JobRow = typeof jobs.$inferSelect;

export function maySeeJob(actor: Actor, job: JobRow): boolean {
  if (job.kind === 'report_batch') return can(actor, 'report:batch');
  return can(actor, 'survey:manage', job.ags);
}

function labelOf(job: JobRow): string {
  const p = job.params as { ags?: unknown; formats?: string[]; waveId?: number };
  if (job.kind === 'report_batch') {
    const formats = p.formats ?? [];
    const count = formats.length > 0 ? job.total / formats.length : job.total;
    const who =
      p.ags === 'alle' ? `alle Kommunen mit Daten (${count})` : `${count} Kommune${count === 1 ? '' : 'n'}`;
    return `Lageberichte (${formats.map((f) => f.toUpperCase()).join(', ')}): ${who}`;
  }
  return `Briefe der Befragung ${p.waveId}`;
}

export function toJobView(job: JobRow): JobView {
  return {
    id: job.id,
    kind: job.kind as JobKind,
    label: labelOf(job),
    status: job.status as JobStatus,
    total: job.total,
    done: job.done,
    error: job.error,
    resultName: job.status === 'fertig' ? job.resultName : null,
    outcome: (job.outcome as JobView['outcome']) ?? null,
    waveId: job.kind === 'letter_batch' ? Number((job.params as { waveId: number }).waveId) : null,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** The newest jobs the actor may see (at most `limit`, default 20), optionally of one kind or municipality. */
export async function listJobs(
  ctx: CoreContext,
  actor: Actor,
  options: { kind?: JobKind; ags?: string; limit?: number } = {},
): Promise<JobView[]> {
  const rows = await ctx.db
    .select()
    .from(jobs)
    .where(options.kind ? eq(jobs.kind, options.kind) : undefined)
    .orderBy(desc(jobs.id))
    .limit(500);
  return rows
    .filter((j) => maySeeJob(actor, j) && (options.ags === undefined || j.ags === options.ags))
    .slice(0, options.limit ?? 20)
    .map(toJobView);
}

/** One job; NOT_FOUND also when the actor may not see it (its existence stays hidden). */
export async function loadVisibleJob(ctx: CoreContext, actor: Actor, id: number): Promise<JobRow> {
  const [job] = await ctx.db.select().from(jobs).where(eq(jobs.id, id));
  if (!job || !maySeeJob(actor, job)) {
    throw new AppError('NOT_FOUND', { userMessage: `Es gibt keinen Auftrag mit der Nummer ${id}.` });
  }
  return job;
}

export async function getJob(ctx: CoreContext, actor: Actor, id: number): Promise<JobView> {
  return toJobView(await loadVisibleJob(ctx, actor, id));
}
