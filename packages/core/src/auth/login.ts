import { users } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { dummyPasswordHash, verifyPassword } from './password';
import { createSession, type NewSession } from './sessions';

/**
 * Checks e-mail and password and opens a session. Unknown e-mail, disabled account and wrong password
 * all give the same error after the same work (a hash verification), so responses don't reveal which
 * accounts exist.
 */
export async function login(
  ctx: CoreContext,
  input: { email: string; password: string },
): Promise<NewSession & { userId: number }> {
  const email = input.email.trim().toLowerCase();
  const [user] = await ctx.db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || user.disabled || !ok) throw new AppError('AUTH_INVALID_CREDENTIALS');
  const session = await createSession(ctx, user.id);
  await ctx.db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  await recordAudit(
    ctx.db,
    { ...user, assignedAgs: [] },
    { action: 'login', entity: 'session', entityId: user.id },
  );
  return { ...session, userId: user.id };
}
