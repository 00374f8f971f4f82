import { coachAssignments, municipalities, users } from '@asskomm/db';
import { asc, eq } from 'drizzle-orm';
import type { CoreContext } from '../context';

/** All accounts for the administration page; never the password hash. */
export async function listUsers(ctx: CoreContext) {
  const rows = await ctx.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      ags: users.ags,
      municipalityName: municipalities.name,
      mustChangePassword: users.mustChangePassword,
      disabled: users.disabled,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .leftJoin(municipalities, eq(municipalities.ags, users.ags))
    .orderBy(asc(users.email));
  const assignments = await ctx.db.select().from(coachAssignments).orderBy(asc(coachAssignments.ags));
  return rows.map((u) => ({
    ...u,
    assignedAgs: assignments.filter((a) => a.userId === u.id).map((a) => a.ags),
    createdAt: u.createdAt.toISOString(),
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  }));
}
