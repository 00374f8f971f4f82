import { preventionProjects } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { AppError } from '../errors';

export type ProjectRow = typeof preventionProjects.$inferSelect;

export async function loadProject(ctx: Pick<CoreContext, 'db'>, id: number): Promise<ProjectRow> {
  const [row] = await ctx.db.select().from(preventionProjects).where(eq(preventionProjects.id, id));
  if (!row) throw new AppError('NOT_FOUND', { userMessage: `Kein Präventionsprojekt mit der Nummer ${id}.` });
  return row;
}
