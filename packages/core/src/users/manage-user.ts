import { sessions, users } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { generateOneTimePassword, hashPassword } from '../auth/password';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';

async function findUser(ctx: CoreContext, id: number) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, id));
  if (!user) throw new AppError('NOT_FOUND', { userMessage: `Es gibt kein Konto mit der Nummer ${id}.` });
  return user;
}

/**
 * Gives an account a new one-time password (shown once to the administrator, never stored in clear),
 * forces a change at the next login and ends the account's sessions.
 */
export async function resetUserPassword(
  ctx: CoreContext,
  actor: Actor,
  id: number,
): Promise<{ id: number; email: string; oneTimePassword: string }> {
  const user = await findUser(ctx, id);
  if (user.id === actor.id)
    throw new AppError('VALIDATION_FAILED', {
      userMessage: 'Ihr eigenes Passwort ändern Sie unter „Passwort ändern“.',
    });
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: true }).where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, {
      action: 'reset-password',
      entity: 'user',
      entityId: id,
      ags: user.ags,
      detail: { email: user.email },
    });
  });
  return { id, email: user.email, oneTimePassword };
}

/**
 * Deactivates or reactivates an account. Deactivating ends all its sessions at once (the next request of
 * that browser gets 401); the account stays for the audit trail. Administrators cannot lock themselves out.
 */
export async function setUserDisabled(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  disabled: boolean,
): Promise<{ id: number; disabled: boolean }> {
  const user = await findUser(ctx, id);
  if (disabled && user.id === actor.id)
    throw new AppError('VALIDATION_FAILED', {
      userMessage: 'Sie können Ihr eigenes Konto nicht deaktivieren.',
    });
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ disabled }).where(eq(users.id, id));
    if (disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, {
      action: disabled ? 'deactivate' : 'reactivate',
      entity: 'user',
      entityId: id,
      ags: user.ags,
      detail: { email: user.email },
    });
  });
  return { id, disabled };
}
