import { surveyMargins, surveySampleRuns } from '@asskomm/db';
import { asc, eq } from 'drizzle-orm';
import type { Actor, CoreContext } from '../../context.ts';
import { loadWave, waveCounts } from './load-wave.ts';
import type { WaveDetail } from './wave-types.ts';

/** One wave with its configuration, margins, sample runs and counts (survey:read for its municipality). */
export async function getWave(ctx: CoreContext, actor: Actor, id: number): Promise<WaveDetail> {
  const { wave, municipalityName } = await loadWave(ctx, actor, id, 'survey:read');
  const margins = await ctx.db
    .select({ variable: surveyMargins.variable, level: surveyMargins.level, count: surveyMargins.count })
    .from(surveyMargins)
    .where(eq(surveyMargins.waveId, id))
    .orderBy(asc(surveyMargins.variable), asc(surveyMargins.level));
  const runs = await ctx.db
    .select()
    .from(surveySampleRuns)
    .where(eq(surveySampleRuns.waveId, id))
    .orderBy(asc(surveySampleRuns.id));
  const counts = (await waveCounts(ctx.db, [id])).get(id)!;
  return {
    id: wave.id,
    ags: wave.ags,
    municipalityName,
    title: wave.title,
    status: wave.status,
    fieldStart: wave.fieldStart,
    fieldEnd: wave.fieldEnd,
    sampleSize: wave.sampleSize,
    isDemo: wave.isDemo,
    config: wave.config as WaveDetail['config'],
    questionnaireVersion: wave.questionnaireVersion,
    margins: sortMargins(margins),
    sampleRuns: runs.map((r) => ({
      id: r.id,
      seed: r.seed,
      registerRows: r.registerRows,
      eligibleRows: r.eligibleRows,
      sampleSize: r.sampleSize,
      allocation: r.allocation,
      createdAt: r.createdAt.toISOString(),
      lettersAvailable: r.lettersFile !== null,
      voidedAt: r.voidedAt ? r.voidedAt.toISOString() : null,
      codesVoided: r.codesVoided,
    })),
    ...counts,
  };
}

/** Margins by variable, levels in numeric order of their codes ("2×1" before "10×1"). */
export function sortMargins<T extends { variable: string; level: string }>(rows: T[]): T[] {
  const key = (level: string) => level.split('×').map(Number);
  return [...rows].sort((a, b) => {
    if (a.variable !== b.variable) return a.variable < b.variable ? -1 : 1;
    const x = key(a.level);
    const y = key(b.level);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const d = (x[i] ?? 0) - (y[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
}
