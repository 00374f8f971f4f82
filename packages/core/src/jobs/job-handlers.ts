/**
 * What each kind of job item does. A handler makes its output file and returns its name; `finish`
 * runs in the transaction that marks the item done, `cleanup` after it committed. Handlers must not
 * touch the database outside `finish` in a way that a second attempt would repeat (a retried item runs
 * its handler again).
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Db } from '@asskomm/db';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { loadActor } from '../auth/sessions.ts';
import { type CoreContext, SYSTEM_ACTOR } from '../context.ts';
import { AppError, isAppError } from '../errors.ts';
import { drawSample } from '../surveys/fieldwork/draw-sample.ts';
import type { LetterJobParams } from './create-letter-batch.ts';
import { jobDir, jobFile, removeJobFile, writeJobFile } from './job-files.ts';
import { readJobInput, removeJobInput } from './job-input.ts';
import type { ClaimedItem } from './job-queue.ts';

export interface HandlerResult {
  output: string | null;
  finish?: (tx: Db) => Promise<void>;
  cleanup?: () => Promise<void>;
  /** The handler marked the item done itself, in its own transaction (through `complete`). */
  completed?: boolean;
}

/** Marks the item done in the handler's transaction; false when the lease was lost. */
export type CompleteInTransaction = (tx: Db, output: string | null) => Promise<boolean>;

export type ItemHandler = (
  ctx: CoreContext,
  item: ClaimedItem,
  complete: CompleteInTransaction,
) => Promise<HandlerResult>;

/** Thrown inside a handler's transaction when its lease was lost: the work is undone, nothing retried. */
export class LeaseLostError extends Error {}

/** The German text of a failed item for the job's list; never more than a registry message. */
export function itemErrorMessage(item: ClaimedItem, error: unknown): string {
  const reason = isAppError(error) ? error.userMessage : 'interner Fehler (Details im Server-Protokoll)';
  if (item.kind === 'report') {
    const { ags, format } = item.params as { ags: string; format: string };
    return `Der Lagebericht für ${ags} (${format.toUpperCase()}) konnte nicht erstellt werden: ${reason}`;
  }
  if (item.kind === 'pack')
    return `Die ZIP-Datei mit den Lageberichten konnte nicht erstellt werden: ${reason}`;
  if (item.kind === 'letters') return `Die Stichprobe mit Briefen konnte nicht erstellt werden: ${reason}`;
  return `Der Auftrag konnte nicht ausgeführt werden: ${reason}`;
}

const reportHandler: ItemHandler = async (ctx, item) => {
  const { ags, format, reportDate } = item.params as {
    ags: string;
    format: 'pdf' | 'docx' | 'html' | 'xlsx';
    reportDate?: string;
  };
  // Loaded on first use: charts, Typst, docx and exceljs are needed only here.
  const { renderLageberichtFile } = await import('../reports/create-lagebericht.ts');
  const { bytes } = await renderLageberichtFile(ctx, SYSTEM_ACTOR, { ags, format, reportDate });
  // The token in the name: a worker that lost its lease never overwrites the counted file.
  const output = `bericht-${item.seq}-${item.token}.${format}`;
  await writeJobFile(ctx.config, item.jobId, output, bytes);
  return { output };
};

const STORED_FORMATS = new Set(['pdf', 'docx', 'xlsx']); // already compressed

const packHandler: ItemHandler = async (ctx, item) => {
  const rows = (
    (await ctx.db.execute(sql`
      select seq, params, output from job_items
      where job_id = ${item.jobId} and kind = 'report' and status = 'fertig' order by seq`)) as unknown as {
      rows: { seq: number; params: { ags: string; format: string }; output: string }[];
    }
  ).rows;
  const zip = new JSZip();
  for (const row of rows) {
    const { ags, format } = row.params;
    zip.file(`lagebericht-${ags}.${format}`, await readFile(jobFile(ctx.config, item.jobId, row.output)), {
      compression: STORED_FORMATS.has(format) ? 'STORE' : 'DEFLATE',
      date: new Date(Date.UTC(2026, 0, 1)),
    });
  }
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  const output = `lageberichte-${item.jobId}-${item.token}.zip`;
  await writeJobFile(ctx.config, item.jobId, output, bytes);
  return {
    output,
    finish: async (tx) => {
      await tx.execute(sql`
        update jobs set status = 'fertig', finished_at = now(), result_file = ${output},
          result_name = ${`lageberichte-auftrag-${item.jobId}.zip`}
        where id = ${item.jobId}`);
    },
    // The single reports are in the ZIP now; files of attempts that never counted (a killed worker's) go too.
    cleanup: async () => {
      for (const name of await readdir(jobDir(ctx.config, item.jobId))) {
        if (name !== output) await removeJobFile(ctx.config, item.jobId, name);
      }
    },
  };
};

const lettersHandler: ItemHandler = async (ctx, item, complete) => {
  const [job] = (
    (await ctx.db.execute(sql`select params, created_by from jobs where id = ${item.jobId}`)) as unknown as {
      rows: { params: LetterJobParams; created_by: number | null }[];
    }
  ).rows;
  const register = await readJobInput(ctx, item.jobId);
  // The person who started the job, with the rights they have now.
  const actor = job?.created_by != null ? await loadActor(ctx, job.created_by) : null;
  if (!job || !register || !actor) {
    throw new AppError('JOB_INPUT_GONE', {
      userMessage: !register
        ? 'Der Melderegisterauszug des Auftrags ist nicht mehr vorhanden. Bitte die Stichprobe neu ziehen.'
        : 'Das Konto, das den Auftrag gestartet hat, gibt es nicht mehr oder es ist gesperrt.',
    });
  }
  const { waveId, ...input } = job.params;
  await drawSample(
    ctx,
    actor,
    waveId,
    { ...input, register },
    {
      inTransaction: async (tx, outcome) => {
        if (!(await complete(tx, null))) throw new LeaseLostError();
        // Done and its outcome in one step: whoever sees the job done sees its sample run.
        await tx.execute(sql`
        update jobs set status = 'fertig', finished_at = now(), done = 1,
          outcome = ${JSON.stringify(outcome)}::jsonb
        where id = ${item.jobId}`);
      },
    },
  );
  await removeJobInput(ctx, item.jobId);
  return { output: null, completed: true };
};

export const ITEM_HANDLERS: Record<string, ItemHandler> = {
  report: reportHandler,
  pack: packHandler,
  letters: lettersHandler,
};
