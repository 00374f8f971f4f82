import { surveyMargins, surveyResponseInbox, surveyResponses } from '@asskomm/db';
import { asc, eq, sql } from 'drizzle-orm';
import type { CoreContext } from '../../context.ts';
import type { SurveyResponse } from '../export/response-types.ts';
import type { MarginRow } from './weight-responses.ts';

/** All responses of a wave (online and paper), ordered by day and id. */
export async function loadResponses(ctx: CoreContext, waveId: number): Promise<SurveyResponse[]> {
  // Stored answers and, during fieldwork, those still waiting in the inbox (public/response-inbox.ts).
  const rows = (
    (await ctx.db.execute(sql`
      select id, mode, submitted_on::text as date, values from ${surveyResponses} where wave_id = ${waveId}
      union all
      select id, mode, submitted_on::text, values from ${surveyResponseInbox} where wave_id = ${waveId}
      order by date, id`)) as unknown as {
      rows: { id: string; mode: SurveyResponse['mode']; date: string; values: unknown }[];
    }
  ).rows;
  return rows.map((r) => ({
    responseId: r.id,
    mode: r.mode,
    date: r.date,
    values: (r.values ?? {}) as SurveyResponse['values'],
  }));
}

/** The population margins of a wave. */
export async function loadMargins(ctx: CoreContext, waveId: number): Promise<MarginRow[]> {
  const rows = await ctx.db
    .select({ variable: surveyMargins.variable, level: surveyMargins.level, count: surveyMargins.count })
    .from(surveyMargins)
    .where(eq(surveyMargins.waveId, waveId))
    .orderBy(asc(surveyMargins.variable), asc(surveyMargins.level));
  return rows;
}
