import { coachAssignments, municipalities, ROLES, type Role, users } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { generateOneTimePassword, hashPassword, passwordProblem } from '../auth/password';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';

export interface CreateUserInput {
  email: string;
  name?: string;
  role: Role;
  ags?: string | null;
  /** Coaches: municipalities they may edit. */
  assignedAgs?: string[];
  /** When absent, a one-time password is generated and must be changed at first login. */
  password?: string;
}

export interface CreatedUser {
  id: number;
  email: string;
  role: Role;
  ags: string | null;
  /** Only set when the password was generated: shown once, never stored in clear. */
  oneTimePassword: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createUser(
  ctx: CoreContext,
  actor: Actor | string,
  input: CreateUserInput,
): Promise<CreatedUser> {
  const fields: Record<string, string> = {};
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) fields.email = 'Bitte eine gültige E-Mail-Adresse angeben.';
  if (!ROLES.includes(input.role)) fields.role = `Unbekannte Rolle. Erlaubt: ${ROLES.join(', ')}.`;
  const needsAgs = input.role === 'kommune' || input.role === 'rat';
  if (needsAgs && !input.ags) fields.ags = 'Für die Rollen kommune und rat ist die AGS der Kommune nötig.';
  if (!needsAgs && input.ags) fields.ags = 'Nur die Rollen kommune und rat sind an eine Kommune gebunden.';
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) fields.password = problem;
  }
  if ((input.name ?? '').length > 200) fields.name = 'Der Name darf höchstens 200 Zeichen lang sein.';
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', { fields });

  for (const ags of [...(input.ags ? [input.ags] : []), ...(input.assignedAgs ?? [])]) {
    const [m] = await ctx.db
      .select({ ags: municipalities.ags })
      .from(municipalities)
      .where(eq(municipalities.ags, ags));
    if (!m) throw new AppError('VALIDATION_FAILED', { fields: { ags: `Unbekannte AGS "${ags}".` } });
  }
  const [existing] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing)
    throw new AppError('CONFLICT', {
      userMessage: `Ein Konto mit der E-Mail-Adresse ${email} existiert bereits.`,
    });

  const oneTimePassword = input.password === undefined ? generateOneTimePassword() : null;
  const passwordHash = await hashPassword(input.password ?? oneTimePassword!);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        email,
        name: input.name?.trim() || email,
        role: input.role,
        ags: input.ags ?? null,
        passwordHash,
        mustChangePassword: oneTimePassword !== null,
      })
      .returning({ id: users.id });
    const id = row!.id;
    if (input.role === 'coach' && input.assignedAgs?.length) {
      await tx.insert(coachAssignments).values(input.assignedAgs.map((ags) => ({ userId: id, ags })));
    }
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'user',
      entityId: id,
      ags: input.ags ?? null,
      detail: { email, role: input.role },
    });
    return { id, email, role: input.role, ags: input.ags ?? null, oneTimePassword };
  });
}

export const ROLES_FOR_CLI = ROLES;
