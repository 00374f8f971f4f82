import { surveyWaves } from '@asskomm/db';
import { independentDifference } from '@asskomm/stats';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../../test/helpers/test-platform';
import type { Actor, CoreContext } from '../../src/context';
import { DEMO_AGS } from '../../src/platform/demo';
import { createProject, getProjectEvaluation } from '../../src/projects/index';
import { analyseWave, indicatorShare } from '../../src/reports/survey-for-report';

const admin: Actor = {
  id: 1,
  email: 'lpr@example.org',
  name: 'LPR',
  role: 'admin',
  ags: null,
  assignedAgs: [],
};

// A project reports the change of its survey indicators between the demo's two evaluated waves with the
// Lagebericht's own numbers (analyseWave + independentDifference), not an estimator of its own.
describe(`project evaluation (${BACKEND})`, () => {
  let ctx: CoreContext;
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
  });
  afterAll(async () => {
    await ctx?.database.close();
  });

  it('reports before, after and the change with its 95 % interval per linked item', async () => {
    const waves = await ctx.db
      .select({ id: surveyWaves.id })
      .from(surveyWaves)
      .where(eq(surveyWaves.ags, DEMO_AGS))
      .orderBy(asc(surveyWaves.fieldStart));
    expect(waves.length).toBeGreaterThanOrEqual(2);
    const [before, after] = [waves[0]!.id, waves[waves.length - 1]!.id];
    const project = await createProject(ctx, admin, {
      ags: DEMO_AGS,
      title: 'Sicher unterwegs',
      status: 'abgeschlossen',
      startsOn: null,
      endsOn: null,
      steps: {} as never,
      targetGroups: [],
      partners: [],
      materials: [],
      milestones: [],
      coachingId: null,
      evaluation: { waveBefore: before, waveAfter: after, items: ['SF01', 'NICHT_DA'] },
    });
    const result = await getProjectEvaluation(ctx, admin, project.id);
    expect(result.waveBefore?.id).toBe(before);
    const sf01 = result.rows.find((r) => r.item === 'SF01')!;
    const [a, b] = await Promise.all([
      analyseWave(ctx, admin, after, false),
      analyseWave(ctx, admin, before, false),
    ]);
    const shareAfter = indicatorShare(a, 'SF01')!;
    const shareBefore = indicatorShare(b, 'SF01')!;
    const expected = independentDifference(
      shareAfter.estimate!,
      shareAfter.se!,
      shareBefore.estimate!,
      shareBefore.se!,
    );
    expect(sf01.after?.estimate).toBe(shareAfter.estimate);
    expect(sf01.change?.difference).toBeCloseTo(expected.difference, 12);
    expect(sf01.change?.ciLow).toBeCloseTo(expected.ciLow, 12);
    expect(sf01.change!.ciLow).toBeLessThan(sf01.change!.difference);
    expect(sf01.change!.ciHigh).toBeGreaterThan(sf01.change!.difference);
    const missing = result.rows.find((r) => r.item === 'NICHT_DA')!;
    expect(missing.change).toBeNull();
    expect(missing.note).toContain('kein Kennwert');
  });
});
