import { sql } from 'drizzle-orm';
import type { CoreContext } from '../context.ts';
import { removeJobDir } from './job-files.ts';

/**
 * Removes jobs finished (done or failed) more than ASSKOMM_JOB_KEEP_DAYS ago, with their files: a ZIP
 * of reports is made again in minutes, and nothing should pile up in the data directory. Workers call
 * it now and then. Returns the number of jobs removed.
 */
export async function deleteOldJobs(ctx: CoreContext, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - ctx.config.ASSKOMM_JOB_KEEP_DAYS * 24 * 3600 * 1000);
  const rows = (
    (await ctx.db.execute(sql`
      delete from jobs where finished_at < ${cutoff.toISOString()}::timestamptz
      returning id`)) as unknown as { rows: { id: number }[] }
  ).rows;
  for (const { id } of rows) await removeJobDir(ctx.config, id).catch(() => undefined);
  return rows.length;
}
