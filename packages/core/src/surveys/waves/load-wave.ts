import {
  type Db,
  municipalities,
  surveyAccessCodes,
  surveyCodeCounts,
  surveyResponseInbox,
  surveyResponses,
  surveyWaves,
} from '@asskomm/db';
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

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Codes (total, used) and responses (online and paper) of the given waves. */
export async function waveCounts(db: Db, ids: number[]): Promise<Map<number, WaveCounts>> {
  const result = new Map<number, WaveCounts>();
  for (const id of ids) result.set(id, { codes: { total: 0, used: 0 }, responses: 0 });
  if (ids.length === 0) return result;
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  // Codes of waves in preparation or in the field, or what remains of them once fieldwork has ended.
  const codes = rowsOf<{ wave_id: number; total: number; used: number }>(
    await db.execute(sql`
      select wave_id, sum(total)::int as total, sum(used)::int as used from (
        select wave_id, count(*) as total, count(*) filter (where used) as used
        from ${surveyAccessCodes} where wave_id in (${idList}) group by wave_id
        union all
        select wave_id, sum(issued), sum(used) from ${surveyCodeCounts}
        where wave_id in (${idList}) group by wave_id
      ) c group by wave_id`),
  );
  for (const c of codes) result.get(c.wave_id)!.codes = { total: Number(c.total), used: Number(c.used) };
  // Answers stored and answers still waiting in the inbox (see public/response-inbox.ts).
  const responses = rowsOf<{ wave_id: number; n: number }>(
    await db.execute(sql`
      select wave_id, count(*)::int as n from (
        select wave_id from ${surveyResponses} where wave_id in (${idList})
        union all
        select wave_id from ${surveyResponseInbox} where wave_id in (${idList})
      ) r group by wave_id`),
  );
  for (const r of responses) result.get(r.wave_id)!.responses = Number(r.n);
  return result;
}
