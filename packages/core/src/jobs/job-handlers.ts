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
import { type CoreContext, SYSTEM_ACTOR } from '../context.ts';
import { isAppError } from '../errors.ts';
import { jobDir, jobFile, removeJobFile, writeJobFile } from './job-files.ts';
import type { ClaimedItem } from './job-queue.ts';

export interface HandlerResult {
  output: string | null;
  finish?: (tx: Db) => Promise<void>;
  cleanup?: () => Promise<void>;
}

export type ItemHandler = (ctx: CoreContext, item: ClaimedItem) => Promise<HandlerResult>;

/** The German text of a failed item for the job's list; never more than a registry message. */
export function itemErrorMessage(item: ClaimedItem, error: unknown): string {
  const reason = isAppError(error) ? error.userMessage : 'interner Fehler (Details im Server-Protokoll)';
  if (item.kind === 'report') {
    const { ags, format } = item.params as { ags: string; format: string };
    return `Der Lagebericht für ${ags} (${format.toUpperCase()}) konnte nicht erstellt werden: ${reason}`;
  }
  if (item.kind === 'pack')
    return `Die ZIP-Datei mit den Lageberichten konnte nicht erstellt werden: ${reason}`;
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

export const ITEM_HANDLERS: Record<string, ItemHandler> = {
  report: reportHandler,
  pack: packHandler,
};
