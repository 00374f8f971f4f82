import { municipalities } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { AppError } from '../errors';

/** Throws NOT_FOUND (naming the AGS) unless the municipality exists; returns its name. */
export async function requireMunicipality(ctx: Pick<CoreContext, 'db'>, ags: string): Promise<string> {
  const [row] = await ctx.db
    .select({ name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.ags, ags));
  if (!row) throw new AppError('NOT_FOUND', { userMessage: `Keine Kommune mit der AGS ${ags}.` });
  return row.name;
}
