import { surveyMargins, surveyResponses } from '@asskomm/db';
import { asc, eq } from 'drizzle-orm';
import type { CoreContext } from '../../context.ts';
import type { SurveyResponse } from '../export/response-types.ts';
import type { MarginRow } from './weight-responses.ts';

/** All responses of a wave (online and paper), ordered by day and id. */
export async function loadResponses(ctx: CoreContext, waveId: number): Promise<SurveyResponse[]> {
  const rows = await ctx.db
    .select()
    .from(surveyResponses)
    .where(eq(surveyResponses.waveId, waveId))
    .orderBy(asc(surveyResponses.submittedOn), asc(surveyResponses.id));
  return rows.map((r) => ({
    responseId: r.id,
    mode: r.mode,
    date: r.submittedOn,
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
