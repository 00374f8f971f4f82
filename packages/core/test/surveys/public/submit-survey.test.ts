import type { CoreContext } from '@asskomm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../../../test/helpers/test-platform';
import { createAccessCodes } from '../../../src/surveys/fieldwork/index.ts';
import { saveProgress, startSurvey, submitSurvey } from '../../../src/surveys/public/index.ts';
import { addDays, berlinDate, createWave, setWaveStatus } from '../../../src/surveys/waves/index.ts';

const ADMIN = {
  id: 0,
  email: 'a@example.org',
  name: 'A',
  role: 'admin' as const,
  ags: null,
  assignedAgs: [],
};

describe(`public survey services (${BACKEND})`, () => {
  let ctx: CoreContext;
  let codes: string[];
  let waveId: number;
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
    const today = berlinDate();
    waveId = (
      await createWave(ctx, ADMIN, {
        ags: '14999999',
        title: 'Kern',
        fieldStart: today,
        fieldEnd: addDays(today, 10),
        config: { districts: ['Nord', 'Süd'], localPlaces: ['Bahnhof'], enabledOptionalBlocks: ['MAS'] },
      })
    ).id;
    codes = (await createAccessCodes(ctx, ADMIN, waveId, 4)).codes;
    await setWaveStatus(ctx, ADMIN, waveId, 'feldphase');
  });
  afterAll(async () => {
    await ctx?.database.close();
  });

  const answer = { WG01: 2, SF01: 3, MAS_WAHL: [1, 2], SD_ORTSTEIL: 2 };

  it('redeems a code exactly once when the same process submits it many times at once', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => submitSurvey(ctx, { code: codes[0]!, values: answer })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason.code).toBe('SURVEY_CODE_USED');
    // Stored in the inbox, not in the final table (the redeeming transaction never writes there).
    const rows = (await ctx.db.execute(
      `select values, mode from survey_response_inbox where wave_id = ${waveId}`,
    )) as unknown as {
      rows: { values: unknown; mode: string }[];
    };
    expect(rows.rows).toEqual([
      { values: { WG01: 2, SF01: 3, MAS_WAHL: [1, 2], SD_ORTSTEIL: 2 }, mode: 'online' },
    ]);
    const final = (await ctx.db.execute(
      `select count(*)::int as n from survey_responses where wave_id = ${waveId}`,
    )) as unknown as { rows: { n: number }[] };
    expect(final.rows[0]!.n).toBe(0);
  });

  it('leaves the code unused when the answers are invalid', async () => {
    await expect(submitSurvey(ctx, { code: codes[1]!, values: { SD_ORTSTEIL: 3 } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { SD_ORTSTEIL: expect.stringMatching(/Ungültiger Wert 3/) },
    });
    await expect(startSurvey(ctx, { code: codes[1]! })).resolves.toMatchObject({ waveTitle: 'Kern' });
  });

  it('keeps saved answers for resuming until the submission, then deletes them', async () => {
    const code = codes[2]!;
    await saveProgress(ctx, { code, values: { SF01: 1, MAS_WAHL: [0] }, page: 1 });
    const resumed = await startSurvey(ctx, { code });
    expect(resumed).toMatchObject({ page: 1, values: { SF01: 1, MAS_WAHL: [0] } });
    await submitSurvey(ctx, { code, values: { SF01: 1 } });
    const partials = (await ctx.db.execute(
      'select count(*)::int as n from survey_partial_answers',
    )) as unknown as {
      rows: { n: number }[];
    };
    expect(partials.rows[0]!.n).toBe(0);
  });

  it('deletes saved answers of waves whose field period is over', async () => {
    await saveProgress(ctx, { code: codes[3]!, values: { SF01: 2 }, page: 0 });
    const { deleteExpiredPartialAnswers } = await import('../../../src/surveys/fieldwork/index.ts');
    expect(await deleteExpiredPartialAnswers(ctx.db, berlinDate())).toBe(0);
    expect(await deleteExpiredPartialAnswers(ctx.db, addDays(berlinDate(), 11))).toBe(1);
  });

  it('refuses codes after the field period, and of waves closed in the meantime', async () => {
    await ctx.db.execute(`update survey_waves set field_end = current_date - 1 where id = ${waveId}`);
    await expect(submitSurvey(ctx, { code: codes[3]!, values: answer })).rejects.toMatchObject({
      code: 'SURVEY_CLOSED',
    });
    await expect(saveProgress(ctx, { code: codes[3]!, values: {}, page: 0 })).rejects.toMatchObject({
      code: 'SURVEY_CLOSED',
    });
  });
});
