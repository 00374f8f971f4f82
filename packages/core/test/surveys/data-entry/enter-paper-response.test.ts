import { auditLog, surveyResponses } from '@asskomm/db';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../../../test/helpers/test-platform';
import type { CoreContext } from '../../../src/context.ts';
import { enterPaperResponse } from '../../../src/surveys/data-entry/enter-paper-response.ts';
import { actor, DEMO_AGS, insertWave } from '../results/analysis-helpers.ts';

describe(`paper data entry (${BACKEND})`, () => {
  let ctx: CoreContext;
  let wave: number;
  const staff = actor('kommune', DEMO_AGS);
  const count = async (id: number) =>
    (
      await ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(surveyResponses)
        .where(eq(surveyResponses.waveId, id))
    )[0]!.n;

  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
    wave = await insertWave(ctx, 'feldphase');
  });
  afterAll(async () => {
    await ctx?.database.close();
  });

  it('stores a valid questionnaire as an anonymous paper response', async () => {
    const text = '<script>alert(1)</script> Mehr Licht & <b>Streife</b>';
    const result = await enterPaperResponse(
      ctx,
      staff,
      wave,
      {
        values: {
          SF01: 3,
          WG01: 2,
          VIK_01: 1,
          VIK_01_POL: 1,
          MAS_WAHL: [1, 2],
          MAS_TEXT: text,
          SD_ORTSTEIL: 2,
          WG02: null,
        },
        receivedOn: '2026-11-10',
      },
      new Date('2026-11-20T12:00:00Z'),
    );
    expect(result).toEqual({ paperResponses: 1, totalResponses: 1 });
    const [row] = await ctx.db.select().from(surveyResponses).where(eq(surveyResponses.waveId, wave));
    expect(row).toMatchObject({ mode: 'papier', submittedOn: '2026-11-10' });
    expect(row!.questionnaireVersion).toMatch(/^sha256:/);
    // Stored as given (text, not HTML), keyed by item code.
    expect(row!.values).toEqual({
      WG01: 2,
      SF01: 3,
      VIK_01: 1,
      VIK_01_POL: 1,
      MAS_WAHL: [1, 2],
      MAS_TEXT: text,
      SD_ORTSTEIL: 2,
    });
    const [audit] = await ctx.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ entity: 'survey_paper_response', entityId: String(wave), ags: DEMO_AGS });
    expect(JSON.stringify(audit!.detail ?? {})).not.toContain('Licht');
  });

  it.each([
    ['an unknown item', { SF01: 1, XX_99: 1 }, 'XX_99', /Unbekannte Frage/],
    ['an out-of-range value', { SF01: 7 }, 'SF01', /Ungültiger Wert 7/],
    ['a fraction', { SF01: 1.5 }, 'SF01', /ganze Zahl/],
    ['a text where a number belongs', { SF01: 'zwei' }, 'SF01', /ganze Zahl/],
    ['an over-long text', { MAS_TEXT: 'x'.repeat(2001) }, 'MAS_TEXT', /zu lang/],
    ['too many measures', { MAS_WAHL: [1, 2, 3, 4] }, 'MAS_WAHL', /höchstens 3/],
    ['"none" with other places', { ANG_ORTE: [0, 1] }, 'ANG_ORTE', /nicht mit anderen/],
    ['nothing at all', {}, 'values', /keine Frage beantwortet/],
  ])('refuses %s and stores nothing', async (_what, values, field, message) => {
    const before = await count(wave);
    const error = await enterPaperResponse(ctx, staff, wave, { values: values as never }).catch((e) => e);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(error.fields[field]).toMatch(message);
    expect(await count(wave)).toBe(before);
  });

  it('refuses a return date in the future', async () => {
    const error = await enterPaperResponse(
      ctx,
      staff,
      wave,
      { values: { SF01: 1 }, receivedOn: '2026-12-01' },
      new Date('2026-11-20T12:00:00Z'),
    ).catch((e) => e);
    expect(error.fields.receivedOn).toMatch(/Zukunft/);
  });

  it('is closed for drafts and analysed waves', async () => {
    for (const status of ['entwurf', 'ausgewertet'] as const) {
      const id = await insertWave(ctx, status);
      await expect(enterPaperResponse(ctx, staff, id, { values: { SF01: 1 } })).rejects.toMatchObject({
        code: 'SURVEY_ENTRY_CLOSED',
      });
      expect(await count(id)).toBe(0);
    }
    const closed = await insertWave(ctx, 'abgeschlossen');
    await enterPaperResponse(ctx, staff, closed, { values: { SF01: 2 } });
    expect(await count(closed)).toBe(1);
  });

  it('needs survey:manage for the wave’s municipality', async () => {
    await expect(
      enterPaperResponse(ctx, actor('rat', DEMO_AGS), wave, { values: { SF01: 1 } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      enterPaperResponse(ctx, actor('kommune', '14625020'), wave, { values: { SF01: 1 } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      enterPaperResponse(ctx, actor('coach', null, [DEMO_AGS]), wave, { values: { SF01: 1 } }),
    ).resolves.toBeDefined();
  });
});
