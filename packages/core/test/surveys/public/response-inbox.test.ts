import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../../../test/helpers/test-platform';
import type { CoreContext } from '../../../src/context.ts';
import { createAccessCodes } from '../../../src/surveys/fieldwork/index.ts';
import { INBOX_BATCH, submitSurvey } from '../../../src/surveys/public/index.ts';
import { openPartialAnswers, sealPartialAnswers } from '../../../src/surveys/public/seal-partial-answers.ts';
import {
  addDays,
  berlinDate,
  createWave,
  setWaveStatus,
  waveCounts,
} from '../../../src/surveys/waves/index.ts';

const ADMIN = {
  id: 0,
  email: 'a@example.org',
  name: 'A',
  role: 'admin' as const,
  ags: null,
  assignedAgs: [],
};
const answer = { WG01: 2, SF01: 3, SD_ORTSTEIL: 1 };

describe(`answers wait in the inbox and move in shuffled batches (${BACKEND})`, () => {
  let ctx: CoreContext;
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
  });
  afterAll(async () => {
    await ctx?.database.close();
  });

  async function wave(title: string, n: number) {
    const today = berlinDate();
    const { id } = await createWave(ctx, ADMIN, {
      ags: '14999999',
      title,
      fieldStart: today,
      fieldEnd: addDays(today, 10),
      config: { districts: ['Nord', 'Süd'], localPlaces: ['Bahnhof'], enabledOptionalBlocks: [] },
    });
    const { codes } = await createAccessCodes(ctx, ADMIN, id, n);
    await setWaveStatus(ctx, ADMIN, id, 'feldphase');
    return { id, codes };
  }

  const rows = async <T>(query: string) => ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;
  const where = async (table: string, waveId: number) =>
    (await rows<{ n: number }>(`select count(*)::int as n from ${table} where wave_id = ${waveId}`))[0]!.n;

  it(`moves a wave's answers once ${INBOX_BATCH} wait, keeps a smaller wave's, and counts both meanwhile`, async () => {
    const big = await wave('Groß', INBOX_BATCH + 5);
    const small = await wave('Klein', 5);
    for (const code of small.codes.slice(0, 3)) await submitSurvey(ctx, { code, values: answer });
    for (const code of big.codes.slice(0, INBOX_BATCH - 1)) await submitSurvey(ctx, { code, values: answer });
    expect(await where('survey_response_inbox', big.id)).toBe(INBOX_BATCH - 1);
    expect(await where('survey_responses', big.id)).toBe(0);
    expect((await waveCounts(ctx.db, [big.id])).get(big.id)!.responses).toBe(INBOX_BATCH - 1);

    await submitSurvey(ctx, { code: big.codes[INBOX_BATCH - 1]!, values: answer });
    expect(await where('survey_response_inbox', big.id)).toBe(0);
    expect(await where('survey_responses', big.id)).toBe(INBOX_BATCH);
    expect(await where('survey_response_inbox', small.id)).toBe(3);
    const counts = await waveCounts(ctx.db, [big.id, small.id]);
    expect(counts.get(big.id)!.responses).toBe(INBOX_BATCH);
    expect(counts.get(small.id)!.responses).toBe(3);

    // The moved answers were all written by the moving transaction, none by a redeeming one; the
    // smaller wave's answers were written back by it too.
    const shared = await rows<{ n: number }>(`
      select count(*)::int as n from survey_access_codes c
      where c.xmin::text in (select xmin::text from survey_responses union all select xmin::text from survey_response_inbox)`);
    expect(shared[0]!.n).toBe(0);
    const xmins = await rows<{ n: number }>(
      `select count(distinct xmin::text)::int as n from survey_responses where wave_id = ${big.id}`,
    );
    expect(xmins[0]!.n).toBe(1);
  });

  it('seals saved answers so that only the code opens them', () => {
    const code = 'ABCD-EFGH-JKMN';
    const secret = 'a-secret-that-is-long-enough-for-hmac-keys';
    const sealed = sealPartialAnswers({ MAS_TEXT: 'Mehr Licht am Bahnhof' }, code, secret);
    expect(sealed).not.toContain('Licht');
    expect(sealed).not.toBe(sealPartialAnswers({ MAS_TEXT: 'Mehr Licht am Bahnhof' }, code, secret));
    expect(openPartialAnswers(sealed, 'abcd efgh jkmn', secret)).toEqual({
      MAS_TEXT: 'Mehr Licht am Bahnhof',
    });
    expect(openPartialAnswers(sealed, 'ABCD-EFGH-JKMP', secret)).toBeNull();
    expect(openPartialAnswers(sealed, code, `${secret}x`)).toBeNull();
    expect(openPartialAnswers({ MAS_TEXT: 'plain' }, code, secret)).toBeNull();
  });
});
