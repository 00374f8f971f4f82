import { auditLog } from '@asskomm/db';
import { desc, lt } from 'drizzle-orm';
import type { CoreContext } from '../context';

/** Newest first, paged by id. */
export async function listAuditLog(ctx: CoreContext, input: { before?: number; limit?: number }) {
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(input.before ? lt(auditLog.id, input.before) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(input.limit ?? 100, 500));
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
