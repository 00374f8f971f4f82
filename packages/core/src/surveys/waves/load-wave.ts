import { type Db, municipalities, surveyAccessCodes, surveyResponses, surveyWaves } from '@asskomm/db';
import { eq, sql } from 'drizzle-orm';
import { assertCan, type Permission } from '../../auth/authorize.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { WaveCounts } from './wave-types.ts';

export type WaveRow = typeof surveyWaves.$inferSelect;

export interface LoadedWave {
  wave: WaveRow;
  municipalityName: string;
}

/**
 * Loads a wave and asserts the actor's permission for its municipality. Unknown ids and waves of other
 * municipalities answer alike for the public, but signed-in users get FORBIDDEN for a wave they may not
 * see (as for municipalities), NOT_FOUND for one that does not exist.
 */
export async function loadWave(
  ctx: CoreContext | { db: Db },
  actor: Actor | null,
  id: number,
  permission: Permission,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedWave> {
  const query = ctx.db
    .select({ wave: surveyWaves, municipalityName: municipalities.name })
    .from(surveyWaves)
    .innerJoin(municipalities, eq(municipalities.ags, surveyWaves.ags))
    .where(eq(surveyWaves.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: surveyWaves }) : await query;
  if (!row) throw new AppError('NOT_FOUND', { userMessage: `Keine Befragungswelle mit der Nummer ${id}.` });
  if (actor) assertCan(actor, permission, row.wave.ags);
  return row;
}

/** Codes (total, used) and responses (online and paper) of the given waves. */
export async function waveCounts(db: Db, ids: number[]): Promise<Map<number, WaveCounts>> {
  const result = new Map<number, WaveCounts>();
  for (const id of ids) result.set(id, { codes: { total: 0, used: 0 }, responses: 0 });
  if (ids.length === 0) return result;
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const codes = await db
    .select({
      waveId: surveyAccessCodes.waveId,
      total: sql<number>`count(*)::int`,
      used: sql<number>`(count(*) filter (where ${surveyAccessCodes.used}))::int`,
    })
    .from(surveyAccessCodes)
    .where(sql`${surveyAccessCodes.waveId} in (${idList})`)
    .groupBy(surveyAccessCodes.waveId);
  for (const c of codes) result.get(c.waveId)!.codes = { total: Number(c.total), used: Number(c.used) };
  const responses = await db
    .select({ waveId: surveyResponses.waveId, n: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(sql`${surveyResponses.waveId} in (${idList})`)
    .groupBy(surveyResponses.waveId);
  for (const r of responses) result.get(r.waveId)!.responses = Number(r.n);
  return result;
}
