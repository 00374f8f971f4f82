import { surveyAccessCodes, surveyResponses } from '@asskomm/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../../../test/helpers/test-platform';
import type { CoreContext } from '../../../src/context.ts';
import {
  computeMonitoring,
  getSurveyMonitoring,
} from '../../../src/surveys/monitoring/get-survey-monitoring.ts';
import { generateDemoWave } from '../../../src/surveys/synthetic/generate-demo-wave.ts';
import { actor, DEMO_AGS, insertWave } from '../results/analysis-helpers.ts';

describe('computeMonitoring', () => {
  const base = {
    districts: ['Nord', 'Süd'],
    fieldStart: '2026-11-01',
    fieldEnd: '2026-11-30',
    sampleSize: 300,
    today: '2026-11-05',
  };

  it('computes the rate overall and by district, paper by stated district', () => {
    const m = computeMonitoring({
      ...base,
      codes: [
        { district: 'Nord', total: 100, used: 20 },
        { district: 'süd ', total: 150, used: 30 },
        { district: null, total: 50, used: 5 },
      ],
      paperByDistrict: [
        { code: 1, count: 4 },
        { code: 2, count: 6 },
        { code: -1, count: 1 },
        { code: null, count: 2 },
      ],
      perDayMode: [
        { date: '2026-11-02', mode: 'online', count: 40 },
        { date: '2026-11-03', mode: 'online', count: 15 },
        { date: '2026-11-03', mode: 'papier', count: 13 },
      ],
    });
    expect(m.invited).toBe(300);
    expect(m.responses).toEqual({ total: 68, online: 55, paper: 13 });
    expect(m.rate).toBeCloseTo(68 / 300, 12);
    expect(m.byDistrict).toEqual([
      { district: 'Nord', invited: 100, online: 20, paper: 4, rate: 0.24 },
      { district: 'Süd', invited: 150, online: 30, paper: 6, rate: 0.24 },
      { district: null, invited: 50, online: 5, paper: 0, rate: 0.1 },
    ]);
    expect(m.paperWithoutDistrict).toBe(3);
    // From the field start to today (the field period is still running).
    expect(m.perDay.map((d) => d.date)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
    ]);
    expect(m.perDay[2]).toEqual({ date: '2026-11-03', online: 15, paper: 13, cumulative: 68 });
    expect(m.perDay.at(-1)!.cumulative).toBe(68);
  });

  it('uses the planned sample size before any codes exist, and has no rate without either', () => {
    const m = computeMonitoring({ ...base, codes: [], paperByDistrict: [], perDayMode: [] });
    expect(m.invited).toBe(300);
    expect(m.rate).toBe(0);
    const none = computeMonitoring({
      ...base,
      sampleSize: null,
      codes: [],
      paperByDistrict: [],
      perDayMode: [],
    });
    expect(none.rate).toBeNull();
  });
});

describe(`monitoring from the database (${BACKEND})`, () => {
  let ctx: CoreContext;
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
  });
  afterAll(async () => {
    await ctx?.database.close();
  });

  it('adds up for the Musterstadt demo wave', async () => {
    const demo = generateDemoWave();
    const m = await getSurveyMonitoring(ctx, actor('kommune', DEMO_AGS), 1);
    expect(m.wave.isDemo).toBe(true);
    expect(m.invited).toBe(1000);
    expect(m.responses.total).toBe(demo.responses.length);
    expect(m.responses.online).toBe(m.codes.used);
    expect(m.responses.paper).toBe(demo.responses.filter((r) => r.mode === 'papier').length);
    const districts = m.byDistrict.reduce((s, d) => s + d.online + d.paper, 0);
    expect(districts + m.paperWithoutDistrict).toBe(m.responses.total);
    expect(m.byDistrict.map((d) => d.district)).toEqual(demo.config.districts);
    expect(m.perDay).toHaveLength(42);
    expect(m.perDay.reduce((s, d) => s + d.online + d.paper, 0)).toBe(m.responses.total);
    expect(m.perDay.at(-1)!.cumulative).toBe(m.responses.total);
  });

  it('counts codes and responses of a running wave by district and day', async () => {
    const id = await insertWave(ctx, 'feldphase');
    await ctx.db.insert(surveyAccessCodes).values([
      { codeHash: `t-${id}-1`, waveId: id, district: 'Nord', used: true },
      { codeHash: `t-${id}-2`, waveId: id, district: 'Nord', used: false },
      { codeHash: `t-${id}-3`, waveId: id, district: 'Süd', used: false },
    ]);
    await ctx.db.insert(surveyResponses).values([
      {
        waveId: id,
        mode: 'online',
        submittedOn: '2026-11-02',
        questionnaireVersion: 'v',
        values: { SF01: 1 },
      },
      {
        waveId: id,
        mode: 'papier',
        submittedOn: '2026-11-04',
        questionnaireVersion: 'v',
        values: { SD_ORTSTEIL: 2 },
      },
    ]);
    const m = await getSurveyMonitoring(ctx, actor('admin'), id, new Date('2026-11-05T10:00:00Z'));
    expect(m.byDistrict).toEqual([
      { district: 'Nord', invited: 2, online: 1, paper: 0, rate: 0.5 },
      { district: 'Süd', invited: 1, online: 0, paper: 1, rate: 1 },
    ]);
    expect(m.perDay.map((d) => [d.date, d.online, d.paper])).toEqual([
      ['2026-11-01', 0, 0],
      ['2026-11-02', 1, 0],
      ['2026-11-03', 0, 0],
      ['2026-11-04', 0, 1],
      ['2026-11-05', 0, 0],
    ]);
  });

  it('refuses another municipality’s account', async () => {
    await expect(getSurveyMonitoring(ctx, actor('kommune', '14625020'), 1)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getSurveyMonitoring(ctx, actor('admin'), 9999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
