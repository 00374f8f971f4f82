import { municipalities, surveyWaves } from '@asskomm/db';
import { asc, desc, eq } from 'drizzle-orm';
import { assertCan, can } from '../../auth/authorize.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { waveCounts } from './load-wave.ts';
import type { WaveListItem } from './wave-types.ts';

/** The waves the actor may read (survey:read), newest first; optionally of one municipality. */
export async function listWaves(
  ctx: CoreContext,
  actor: Actor,
  input: { ags?: string } = {},
): Promise<{ items: WaveListItem[] }> {
  if (input.ags) assertCan(actor, 'survey:read', input.ags);
  const rows = await ctx.db
    .select({ wave: surveyWaves, municipalityName: municipalities.name })
    .from(surveyWaves)
    .innerJoin(municipalities, eq(municipalities.ags, surveyWaves.ags))
    .where(input.ags ? eq(surveyWaves.ags, input.ags) : undefined)
    .orderBy(desc(surveyWaves.createdAt), asc(surveyWaves.id));
  const visible = rows.filter((r) => can(actor, 'survey:read', r.wave.ags));
  const counts = await waveCounts(
    ctx.db,
    visible.map((r) => r.wave.id),
  );
  return {
    items: visible.map(({ wave, municipalityName }) => ({
      id: wave.id,
      ags: wave.ags,
      municipalityName,
      title: wave.title,
      status: wave.status,
      fieldStart: wave.fieldStart,
      fieldEnd: wave.fieldEnd,
      sampleSize: wave.sampleSize,
      isDemo: wave.isDemo,
      ...counts.get(wave.id)!,
    })),
  };
}
