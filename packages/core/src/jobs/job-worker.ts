/**
 * The worker loop: claims one item at a time, keeps its lease alive while the handler runs, completes
 * it (fenced by the lease token) or schedules a retry with exponential backoff. `asskomm worker` runs
 * it alone; `asskomm start` runs it beside the server unless ASSKOMM_WORKER=0. One item at a time per
 * process: rendering (Typst) is CPU-bound, so more processes, not more items per process, use more cores.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { CoreContext } from '../context.ts';
import { isAppError } from '../errors.ts';
import { logSafeError } from '../log-safe-error.ts';
import { deleteOldJobs } from './delete-old-jobs.ts';
import { removeJobFile } from './job-files.ts';
import { ITEM_HANDLERS, itemErrorMessage, LeaseLostError } from './job-handlers.ts';
import { removeJobInput } from './job-input.ts';
import { type ClaimedItem, claimItem, completeItem, failItem, renewLease } from './job-queue.ts';

export interface WorkerOptions {
  /** How long a claim holds without renewal; a killed worker's item is free again after this. */
  leaseMs: number;
  /** Pause between looks at the queue when it was empty. */
  pollMs: number;
  /** First retry delay; doubled per attempt, at most 10 minutes. */
  retryMs: number;
  /** Attempts per item, the first one included. */
  maxAttempts: number;
}

export function workerOptions(ctx: CoreContext, overrides: Partial<WorkerOptions> = {}): WorkerOptions {
  return {
    leaseMs: ctx.config.ASSKOMM_JOB_LEASE_SECONDS * 1000,
    pollMs: 1000,
    retryMs: 5000,
    maxAttempts: ctx.config.ASSKOMM_JOB_ATTEMPTS,
    ...overrides,
  };
}

export const retryDelay = (options: WorkerOptions, attempt: number) =>
  Math.min(options.retryMs * 2 ** (attempt - 1), 600_000);

const WORKER_ID = `${hostname()}:${process.pid}`;

async function failed(ctx: CoreContext, item: ClaimedItem, options: WorkerOptions, message: string) {
  const final = item.attempts >= options.maxAttempts;
  const outcome = await failItem(ctx.db, item, {
    error: message,
    retryMs: retryDelay(options, item.attempts),
    final,
  });
  // A failed job's register extract must not wait for anything.
  if (outcome === 'failed') await removeJobInput(ctx, item.jobId).catch(() => undefined);
  ctx.log.warn(
    `Auftrag ${item.jobId}, Schritt ${item.seq}: Versuch ${item.attempts} von ${options.maxAttempts} fehlgeschlagen${outcome === 'retry' ? ', wird wiederholt' : outcome === 'failed' ? ', Auftrag abgebrochen' : ''}`,
  );
}

/** Runs one claimed item to its end. */
async function runItem(ctx: CoreContext, item: ClaimedItem, options: WorkerOptions): Promise<void> {
  if (item.attempts > options.maxAttempts) {
    // Its workers were killed at every attempt (e.g. out of memory): stop trying.
    await failed(
      ctx,
      { ...item, attempts: options.maxAttempts },
      options,
      `${itemErrorMessage(item, null).replace(/: .*$/, '')}: nach ${options.maxAttempts} Versuchen abgebrochen (der Arbeitsprozess wurde jedes Mal beendet).`,
    );
    return;
  }
  const handler = ITEM_HANDLERS[item.kind];
  let lost = false;
  const heartbeat = setInterval(
    () => {
      renewLease(ctx.db, item, options.leaseMs)
        .then((held) => {
          lost ||= !held;
        })
        .catch(() => undefined); // the next beat tries again; the fenced completion decides
    },
    Math.max(50, Math.floor(options.leaseMs / 3)),
  );
  let result: Awaited<ReturnType<NonNullable<typeof handler>>>;
  try {
    if (!handler) throw new Error(`unknown job item kind ${item.kind}`);
    result = await handler(ctx, item, (tx, output) => completeItem(tx, item, { output, doneBy: WORKER_ID }));
  } catch (error) {
    clearInterval(heartbeat);
    if (error instanceof LeaseLostError) {
      ctx.log.warn(
        `Auftrag ${item.jobId}, Schritt ${item.seq}: Zeit überschritten, ein anderer Prozess übernimmt.`,
      );
      return;
    }
    if (!isAppError(error)) ctx.log.error(JSON.stringify({ job: item.jobId, error: logSafeError(error) }));
    await failed(ctx, item, options, itemErrorMessage(item, error));
    return;
  }
  clearInterval(heartbeat);
  const counted =
    result.completed ||
    (!lost &&
      (await ctx.db.transaction(async (tx) => {
        if (!(await completeItem(tx, item, { output: result.output, doneBy: WORKER_ID }))) return false;
        await result.finish?.(tx);
        return true;
      })));
  if (!counted) {
    // Another worker holds the item now: its output counts, not this one.
    if (result.output) await removeJobFile(ctx.config, item.jobId, result.output);
    ctx.log.warn(
      `Auftrag ${item.jobId}, Schritt ${item.seq}: Zeit überschritten, ein anderer Prozess übernimmt.`,
    );
    return;
  }
  await result.cleanup?.().catch(() => undefined);
}

/** Claims and runs one item; false when there was none. For tests and the worker loop. */
export async function runNextJobItem(ctx: CoreContext, options = workerOptions(ctx)): Promise<boolean> {
  // The process id in the token lets operators (and the kill test) see which process holds a step.
  const token = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const item = await claimItem(ctx.db, token, options.leaseMs);
  if (!item) return false;
  await runItem(ctx, item, options);
  return true;
}

export interface JobWorker {
  /** Finishes the current item, then stops. */
  stop(): Promise<void>;
}

export function startJobWorker(ctx: CoreContext, overrides: Partial<WorkerOptions> = {}): JobWorker {
  const options = workerOptions(ctx, overrides);
  let stopped = false;
  let wake: (() => void) | null = null;
  let cleaned = 0;
  const loop = (async () => {
    while (!stopped) {
      let worked = false;
      try {
        // Old jobs go once an hour (any worker may do it; deleting twice is harmless).
        if (Date.now() - cleaned > 3600_000) {
          cleaned = Date.now();
          await deleteOldJobs(ctx);
        }
        worked = await runNextJobItem(ctx, options);
      } catch (error) {
        // E.g. the database is briefly unreachable: wait and look again.
        ctx.log.error(JSON.stringify({ worker: WORKER_ID, error: logSafeError(error) }));
      }
      if (!worked && !stopped) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, options.pollMs);
        });
        wake = null;
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
