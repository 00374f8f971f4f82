import { createHash, randomBytes } from 'node:crypto';
import { coachAssignments, sessions, users } from '@asskomm/db';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Actor, CoreContext } from '../context';

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(ctx: CoreContext, userId: number): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + ctx.config.ASSKOMM_SESSION_HOURS * 3600_000);
  await ctx.db.insert(sessions).values({ tokenHash: hashSessionToken(token), userId, csrfToken, expiresAt });
  // Opportunistic clean-up of expired sessions keeps the table small without a scheduler.
  await ctx.db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, csrfToken, expiresAt };
}

export async function loadActor(ctx: CoreContext, userId: number): Promise<Actor | null> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabled) return null;
  const assigned =
    user.role === 'coach'
      ? (
          await ctx.db
            .select({ ags: coachAssignments.ags })
            .from(coachAssignments)
            .where(eq(coachAssignments.userId, userId))
        ).map((r) => r.ags)
      : [];
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    ags: user.ags,
    assignedAgs: assigned,
  };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
}

export async function resolveSession(ctx: CoreContext, token: string): Promise<ResolvedSession | null> {
  const [row] = await ctx.db
    .select({ userId: sessions.userId, csrfToken: sessions.csrfToken, mustChange: users.mustChangePassword })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashSessionToken(token)), gt(sessions.expiresAt, new Date())));
  if (!row) return null;
  const actor = await loadActor(ctx, row.userId);
  return actor ? { actor, csrfToken: row.csrfToken, mustChangePassword: row.mustChange } : null;
}

export async function deleteSession(ctx: CoreContext, token: string): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.tokenHash, hashSessionToken(token)));
}
