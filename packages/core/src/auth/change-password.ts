import { sessions, users } from '@asskomm/db';
import { and, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { hashSessionToken } from './sessions';

/** Changes the actor's own password and ends their other sessions. */
export async function changePassword(
  ctx: CoreContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; currentSessionToken?: string },
): Promise<void> {
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new AppError('VALIDATION_FAILED', { fields: { newPassword: problem } });
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION_FAILED', {
      fields: { newPassword: 'Das neue Passwort muss sich vom bisherigen unterscheiden.' },
    });
  }
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.id));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('AUTH_WRONG_PASSWORD', {
      fields: { currentPassword: 'Das bisherige Passwort ist falsch.' },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, actor.id));
    const keep = input.currentSessionToken ? hashSessionToken(input.currentSessionToken) : '';
    await tx.delete(sessions).where(and(eq(sessions.userId, actor.id), ne(sessions.tokenHash, keep)));
    await recordAudit(tx, actor, { action: 'change-password', entity: 'user', entityId: actor.id });
  });
}
