/**
 * Request counting for rate limits shared by every server instance (issue 8: N instances must not allow
 * N times the login attempts). One atomic upsert per request on `rate_limits`: the window restarts when
 * it has run out, else the count goes up. The database clock decides, so instances agree on windows.
 */
import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { CoreContext } from '../context';

export interface RequestCount {
  /** Requests in the current window, this one included. */
  current: number;
  /** Milliseconds until the window ends. */
  ttl: number;
}

/** The stored key: the limit's name and a keyed hash of the client (no IP address in the database). */
export function rateLimitKey(ctx: Pick<CoreContext, 'secret'>, scope: string, client: string): string {
  const hash = createHmac('sha256', ctx.secret).update(`rate-limit:${client}`).digest('hex').slice(0, 32);
  return `${scope}:${hash}`;
}

export async function countRequest(
  ctx: Pick<CoreContext, 'db'>,
  key: string,
  windowMs: number,
): Promise<RequestCount> {
  const window = sql`(${windowMs}::double precision * interval '1 millisecond')`;
  const result = await ctx.db.execute(sql`
    insert into rate_limits (key, count, window_start) values (${key}, 1, now())
    on conflict (key) do update set
      count = case when rate_limits.window_start + ${window} <= now() then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start + ${window} <= now() then now() else rate_limits.window_start end
    returning count, greatest(0, extract(epoch from (window_start + ${window} - now())) * 1000)::double precision as ttl`);
  const row = (result as unknown as { rows: { count: number; ttl: number }[] }).rows[0]!;
  return { current: Number(row.count), ttl: Math.ceil(Number(row.ttl)) };
}

/** Deletes counters whose window ended more than `olderThanMs` ago. */
export async function pruneRequestCounts(ctx: Pick<CoreContext, 'db'>, olderThanMs: number): Promise<void> {
  await ctx.db.execute(
    sql`delete from rate_limits where window_start < now() - (${olderThanMs}::double precision * interval '1 millisecond')`,
  );
}
