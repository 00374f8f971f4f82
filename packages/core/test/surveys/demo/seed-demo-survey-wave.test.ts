import {
  surveyAccessCodes,
  surveyCodeCounts,
  surveyMargins,
  surveyResponses,
  surveySampleRuns,
  surveyWaves,
} from '@asskomm/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../../../test/helpers/test-platform';
import type { CoreContext } from '../../../src/context.ts';
import {
  DEMO_WAVE_TITLE,
  DEMO_WAVES,
  seedDemoSurveyWave,
} from '../../../src/surveys/demo/seed-demo-survey-wave.ts';
import { generateDemoWave } from '../../../src/surveys/synthetic/generate-demo-wave.ts';

describe(`demo survey wave for Musterstadt (${BACKEND})`, () => {
  let ctx: CoreContext;
  // Seeding two demo waves (raking, ~900 responses) takes long on a busy machine.
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
  }, 300_000);
  afterAll(async () => {
    await ctx?.database.close();
  });

  it('is seeded at start: finished, marked as demo, with margins, codes and the generated responses', async () => {
    const demo = generateDemoWave();
    const waves = await ctx.db.select().from(surveyWaves).where(eq(surveyWaves.ags, '14999999'));
    // Two demo waves: 2026 and the earlier 2023 one (so the Lagebericht shows trends).
    expect(waves.map((w) => w.title).sort()).toEqual(DEMO_WAVES.map((w) => w.title).sort());
    const wave = waves.find((w) => w.title === DEMO_WAVE_TITLE)!;
    expect(wave).toMatchObject({ status: 'ausgewertet', isDemo: true, sampleSize: 1000 });
    expect(wave.questionnaireVersion).toMatch(/^sha256:/);
    const count = async (table: typeof surveyResponses | typeof surveyMargins | typeof surveySampleRuns) =>
      (
        await ctx.db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(table.waveId, wave.id))
      )[0]!.n;
    expect(await count(surveyResponses)).toBe(demo.responses.length);
    expect(await count(surveyMargins)).toBe(14 + 5);
    expect(await count(surveySampleRuns)).toBe(1);
    const [codes] = await ctx.db
      .select({
        total: sql<number>`sum(issued)::int`,
        used: sql<number>`sum(used)::int`,
      })
      .from(surveyCodeCounts)
      .where(eq(surveyCodeCounts.waveId, wave.id));
    // A finished wave holds no per-code rows.
    const [perCode] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(surveyAccessCodes)
      .where(eq(surveyAccessCodes.waveId, wave.id));
    expect(perCode!.n).toBe(0);
    expect(codes!.total).toBe(1000);
    expect(codes!.used).toBe(demo.responses.filter((r) => r.mode === 'online').length);
    // The sample was drawn before the field period, not on the day of seeding (issue 9), and its codes
    // belong to that batch.
    const [run] = await ctx.db.select().from(surveySampleRuns).where(eq(surveySampleRuns.waveId, wave.id));
    expect(run!.createdAt.toISOString().slice(0, 10) < wave.fieldStart!).toBe(true);
    // After the close only their counts remain, kept per batch for monitoring.
    const [inBatch] = await ctx.db
      .select({ n: sql<number>`sum(issued)::int` })
      .from(surveyCodeCounts)
      .where(eq(surveyCodeCounts.sampleRunId, run!.id));
    expect(inBatch!.n).toBe(1000);
  });

  it('does nothing when run again (idempotent)', async () => {
    await seedDemoSurveyWave(ctx);
    await Promise.all([seedDemoSurveyWave(ctx), seedDemoSurveyWave(ctx)]);
    const waves = await ctx.db.select().from(surveyWaves).where(eq(surveyWaves.ags, '14999999'));
    expect(waves).toHaveLength(DEMO_WAVES.length);
  });
});
