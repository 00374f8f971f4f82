import { users } from '@asskomm/db';
import { asc } from 'drizzle-orm';
import type { CoreContext } from '../context';

export async function listUsers(ctx: CoreContext) {
  const rows = await ctx.db.select().from(users).orderBy(asc(users.email));
  return rows.map(({ passwordHash: _omit, createdAt, ...u }) => ({
    ...u,
    createdAt: createdAt.toISOString(),
  }));
}
