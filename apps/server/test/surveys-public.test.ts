import { Writable } from 'node:stream';
import type { CoreContext } from '@asskomm/core';
import { buildApp } from '@asskomm/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import { completeAnswers, SYSTEM_ADMIN, waveInField } from './surveys-fixtures';

/** Everything the server logs, at the most verbose level, to prove what it never logs. */
function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: { level: 'trace', stream } };
}

describe(`public survey form API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let codes: string[];
  let waveId: number;
  const log = captureLog();
  const post = (url: string, payload: unknown, method: 'POST' | 'PUT' = 'POST') =>
    app.inject({ method, url: `/api/public/survey/${url}`, payload: payload as object });

  beforeAll(async () => {
    // Most verbose: with trace, every request of other routes is logged (URL and address).
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_LOG_LEVEL: 'trace' } });
    app = await buildApp(ctx, {
      logger: log.logger as unknown as { level: string },
      webDist: '/nonexistent',
    });
    ({ waveId, codes } = await waveInField(ctx, { codes: 20 }));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('opens the frozen questionnaire with a code, also typed in lower case with spaces', async () => {
    const typed = codes[0]!.toLowerCase().replace(/-/g, ' ');
    const res = await post('start', { code: typed });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      waveTitle: 'Bürgerbefragung Test',
      municipalityName: 'Musterstadt (Demodaten)',
      locale: 'de',
      values: {},
      page: 0,
    });
    expect(body.survey.pages.length).toBeGreaterThan(8);
    expect(body.locales).toEqual(['de', 'en']);
    expect(res.headers['cache-control']).toBe('no-store');
    const en = await post('start', { code: codes[0], locale: 'en' });
    expect(en.json().locale).toBe('en');
    expect(en.json().survey.pages[0].title).not.toBe(body.survey.pages[0].title);
  });

  it('saves partial answers under the code and resumes them on the saved page', async () => {
    const code = codes[1]!;
    const save = await post('save', { code, values: { WG01: 2, INC: { INC_01: 3 } }, page: 2 }, 'PUT');
    expect(save.statusCode, save.body).toBe(204);
    const again = await post(
      'save',
      { code, values: { WG01: 4, INC: { INC_01: 3, INC_02: 1 } }, page: 3 },
      'PUT',
    );
    expect(again.statusCode).toBe(204);
    const res = await post('start', { code });
    expect(res.json()).toMatchObject({ values: { WG01: 4, INC: { INC_01: 3, INC_02: 1 } }, page: 3 });
  });

  it('accepts a complete answer once; the second submission is refused; the partial answers are gone', async () => {
    const code = codes[1]!;
    const first = await post('submit', { code, values: completeAnswers() });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ ok: true });
    const second = await post('submit', { code, values: completeAnswers() });
    expect(second.statusCode).toBe(410);
    expect(second.json().error.code).toBe('SURVEY_CODE_USED');
    expect(second.json().error.message).toMatch(/bereits abgeschickt/);
    const start = await post('start', { code });
    expect(start.json().error.code).toBe('SURVEY_CODE_USED');
    const save = await post('save', { code, values: {}, page: 0 }, 'PUT');
    expect(save.json().error.code).toBe('SURVEY_CODE_USED');
    const partials = await ctx.database.db.execute('select count(*)::int as n from survey_partial_answers');
    expect((partials as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });

  it('refuses wrong codes with clear messages', async () => {
    const invalid = await post('start', { code: 'ABC' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('SURVEY_CODE_INVALID');
    expect(invalid.json().error.message).toMatch(/12 Zeichen/);
    const withO = await post('start', { code: 'OOOO-OOOO-OOOO' });
    expect(withO.json().error.code).toBe('SURVEY_CODE_INVALID');
    const unknown = await post('start', { code: 'ABCD-EFGH-JKMN' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('SURVEY_CODE_UNKNOWN');
    const missing = await post('start', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.code).toBeTruthy();
    const extra = await post('start', { code: codes[2], ip: '1.2.3.4' });
    expect(extra.json().error.fields.ip).toBeTruthy();
  });

  it('refuses tampered payloads and stores nothing', async () => {
    const code = codes[3]!;
    const before = await responseCount();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ SF01: 1, XYZ_99: 1 }, /Unbekannte Frage „XYZ_99“/],
      [completeAnswers({ SF01: 7 }), /Ungültiger Wert 7 für „SF01“/],
      [completeAnswers({ SF01: '2' }), /ganze Zahl/],
      [completeAnswers({ INC: { INC_01: 1, EVIL: 2 } }), /Unbekannte Frage „EVIL“/],
      [completeAnswers({ ANG_TEXT: 'x'.repeat(2001) }), /zu lang \(höchstens 2\.000 Zeichen\)/],
      [completeAnswers({ MAS_WAHL: [1, 2, 3, 4] }), /höchstens 3/],
      [completeAnswers({ ANG_ORTE: [0, 1] }), /nicht mit anderen Antworten/],
      [completeAnswers({ MAS_TEXT: 'a\u0000b' }), /Steuerzeichen/],
    ];
    for (const [values, message] of cases) {
      const res = await post('submit', { code, values });
      expect(res.statusCode, JSON.stringify(values).slice(0, 80)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.message).toMatch(message);
    }
    const notObject = await post('submit', { code, values: [1, 2] });
    expect(notObject.statusCode).toBe(400);
    const empty = await post('submit', { code, values: {} });
    expect(empty.json().error.message).toMatch(/keine Frage beantwortet/);
    const savePartial = await post('save', { code, values: { SF01: 9 }, page: 0 }, 'PUT');
    expect(savePartial.statusCode).toBe(400);
    const badPage = await post('save', { code, values: {}, page: 999 }, 'PUT');
    expect(badPage.statusCode).toBe(400);
    expect(await responseCount()).toBe(before);
    // The code is still good after all of that.
    expect((await post('start', { code })).statusCode).toBe(200);
  });

  it('stores script and HTML in free text as plain text', async () => {
    const text = '<script>alert("x")</script><img src=x onerror=alert(1)> & Co.';
    const res = await post('submit', { code: codes[4], values: completeAnswers({ MAS_TEXT: text }) });
    expect(res.statusCode).toBe(201);
    const rows = await ctx.database.db.execute(
      `select values->>'MAS_TEXT' as t from survey_response_inbox where values->>'MAS_TEXT' like '<script>%'`,
    );
    expect((rows as unknown as { rows: { t: string }[] }).rows.map((r) => r.t)).toEqual([text]);
  });

  it('saves and submits without a prior start (questionnaire not yet cached in this process)', async () => {
    const { createWave, setWaveStatus, addDays, berlinDate } = await import('@asskomm/core/surveys/waves');
    const { createAccessCodes } = await import('@asskomm/core/surveys/fieldwork');
    const today = berlinDate();
    const wave = await createWave(ctx, SYSTEM_ADMIN, {
      ags: '14999999',
      title: 'Kalt',
      fieldStart: today,
      fieldEnd: addDays(today, 3),
      config: { districts: ['Ost', 'West'], localPlaces: ['Markt'], enabledOptionalBlocks: [] },
    });
    const { codes: cold } = await createAccessCodes(ctx, SYSTEM_ADMIN, wave.id, 2);
    await setWaveStatus(ctx, SYSTEM_ADMIN, wave.id, 'feldphase');
    const save = await post('save', { code: cold[0], values: { SF01: 1 }, page: 0 }, 'PUT');
    expect(save.statusCode, save.body).toBe(204);
    const values = { WG01: 1, SF01: 2, SD_ALTER: 3, SD_GESCHLECHT: 1, SD_ORTSTEIL: 2 };
    const submit = await post('submit', { code: cold[1], values });
    expect(submit.statusCode, submit.body).toBe(201);
    const wrongDistrict = await post('submit', { code: cold[0], values: { ...values, SD_ORTSTEIL: 3 } });
    expect(wrongDistrict.json().error.message).toMatch(/Ungültiger Wert 3 für „SD_ORTSTEIL“/);
  });

  it('refuses codes of closed, expired and not yet started waves', async () => {
    const { codes: fresh, waveId: other } = await waveInField(ctx, { codes: 3, title: 'Abgelaufen' });
    await ctx.database.db.execute(
      `update survey_waves set field_end = current_date - 1, field_start = current_date - 30 where id = ${other}`,
    );
    const expired = await post('start', { code: fresh[0] });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('SURVEY_CLOSED');
    const late = await post('submit', { code: fresh[0], values: completeAnswers() });
    expect(late.json().error.code).toBe('SURVEY_CLOSED');
    await ctx.database.db.execute(`update survey_waves set status = 'entwurf' where id = ${other}`);
    const draft = await post('start', { code: fresh[1] });
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.code).toBe('SURVEY_NOT_OPEN');
    await ctx.database.db.execute(
      `update survey_waves set status = 'abgeschlossen', field_end = current_date + 5 where id = ${other}`,
    );
    const closed = await post('submit', { code: fresh[2], values: completeAnswers() });
    expect(closed.json().error.code).toBe('SURVEY_CLOSED');
  });

  it('keeps answers anonymous: no code, hash, IP or time in responses, audit log or server log', async () => {
    const submitted = codes.slice(5, 10);
    for (const code of submitted) {
      await post('save', { code, values: { WG01: 1 }, page: 1 }, 'PUT');
      const res = await post('submit', { code, values: completeAnswers({ MAS_TEXT: `Antwort ${code}` }) });
      expect(res.statusCode).toBe(201);
      // The free text quotes the code on purpose: the text is the respondent's, the link is not made by us.
    }
    // The inbox (where answers wait to be moved in shuffled batches) has the same columns.
    const columns = await ctx.database.db.execute(
      `select column_name, data_type from information_schema.columns where table_name = 'survey_responses' order by ordinal_position`,
    );
    const inboxColumns = await ctx.database.db.execute(
      `select column_name, data_type from information_schema.columns where table_name = 'survey_response_inbox' order by ordinal_position`,
    );
    expect((inboxColumns as unknown as { rows: unknown[] }).rows).toEqual(
      (columns as unknown as { rows: unknown[] }).rows,
    );
    expect((columns as unknown as { rows: { column_name: string; data_type: string }[] }).rows).toEqual([
      { column_name: 'id', data_type: 'uuid' },
      { column_name: 'wave_id', data_type: 'integer' },
      { column_name: 'mode', data_type: 'text' },
      { column_name: 'submitted_on', data_type: 'date' },
      { column_name: 'questionnaire_version', data_type: 'text' },
      { column_name: 'values', data_type: 'jsonb' },
    ]);
    const hashes = (
      (await ctx.database.db.execute(
        `select code_hash from survey_access_codes where wave_id = ${waveId}`,
      )) as unknown as {
        rows: { code_hash: string }[];
      }
    ).rows.map((r) => r.code_hash);
    const responses = JSON.stringify(
      (
        (await ctx.database.db.execute(
          'select * from survey_responses union all select * from survey_response_inbox',
        )) as unknown as { rows: unknown[] }
      ).rows,
    );
    const audit = JSON.stringify(
      ((await ctx.database.db.execute('select * from audit_log')) as unknown as { rows: unknown[] }).rows,
    );
    const serverLog = log.lines.join('');
    for (const hash of hashes) {
      expect(responses).not.toContain(hash);
      expect(audit).not.toContain(hash);
      expect(serverLog).not.toContain(hash);
    }
    for (const code of codes) {
      const compact = code.replace(/-/g, '');
      expect(audit).not.toContain(code);
      expect(audit).not.toContain(compact);
      expect(serverLog).not.toContain(code);
      expect(serverLog).not.toContain(compact);
      expect(serverLog.toLowerCase()).not.toContain(code.toLowerCase().replace(/-/g, ' '));
    }
    // Nothing from the public routes reaches the log: no URL, no IP address, no answer text.
    expect(serverLog).not.toContain('/api/public/survey');
    expect(serverLog).not.toContain('127.0.0.1');
    expect(serverLog).not.toContain('Antwort ');
    expect(serverLog).not.toContain('Unterführung');
    // A positive control: the same logger does log other routes, with URL and the caller's address.
    await app.inject({ method: 'GET', url: '/api/health' });
    expect(log.lines.join('')).toContain('/api/health');
    expect(log.lines.join('')).toContain('127.0.0.1');
    // Responses carry a random uuid and a day, nothing finer.
    const rows = (
      (await ctx.database.db.execute(
        `select id::text as id, submitted_on::text as day from survey_responses where wave_id = ${waveId}
         union all select id::text, submitted_on::text from survey_response_inbox where wave_id = ${waveId}`,
      )) as unknown as { rows: { id: string; day: string }[] }
    ).rows;
    expect(rows.length).toBe(7);
    for (const r of rows) {
      expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('after fieldwork, unlinks responses and codes (per-code rows gone, one transaction id)', async () => {
    const rows = async <T>(query: string) =>
      ((await ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
    // While in the field, answers waiting in the inbox still share their xmin with the code (fewer
    // than a batch here; see docs/datenschutz-befragung.md). The raw-page attack is in
    // packages/core/test/surveys/forensics.
    const pairs = await rows<{ n: number }>(
      `select count(*)::int as n from survey_response_inbox r join survey_access_codes c on c.xmin::text = r.xmin::text where c.wave_id = ${waveId} and r.wave_id = ${waveId}`,
    );
    expect(pairs[0]!.n).toBe(7);
    const { setWaveStatus } = await import('@asskomm/core/surveys/waves');
    await setWaveStatus(ctx, SYSTEM_ADMIN, waveId, 'abgeschlossen');
    // Afterwards no per-code row is left, only the counts; every answer was written by one transaction.
    const after = await rows<{ n: number; codes: number; responses: number; inbox: number }>(`
      select count(distinct xmin::text)::int as n,
             (select count(*)::int from survey_access_codes where wave_id = ${waveId}) as codes,
             (select count(*)::int from survey_response_inbox where wave_id = ${waveId}) as inbox,
             count(*)::int as responses
      from survey_responses where wave_id = ${waveId}`);
    expect(after[0]).toEqual({ n: 1, codes: 0, inbox: 0, responses: 7 });
    const counts = await rows<{ issued: number; used: number }>(
      `select sum(issued)::int as issued, sum(used)::int as used from survey_code_counts where wave_id = ${waveId}`,
    );
    expect(counts[0]).toEqual({ issued: 20, used: 7 });
    // A code of the closed wave is unknown now; the message says a finished survey is one reason.
    const late = await post('start', { code: codes[15] });
    expect(late.json().error.code).toBe('SURVEY_CODE_UNKNOWN');
    expect(late.json().error.message).toMatch(/beendet/);
  });

  async function responseCount(): Promise<number> {
    const r = await ctx.database.db.execute(
      'select (select count(*)::int from survey_responses) + (select count(*)::int from survey_response_inbox) as n',
    );
    return (r as unknown as { rows: { n: number }[] }).rows[0]!.n;
  }
});

describe(`public survey form rate limit (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_SURVEY_RATE_LIMIT: 3 } });
    app = await buildApp(ctx, { logger: false, webDist: '/nonexistent' });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('limits requests per IP and answers 429 with a German message', async () => {
    const statuses: number[] = [];
    let last: { error: { code: string; message: string } } | undefined;
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/public/survey/start',
        payload: { code: 'ABCD-EFGH-JKMN' },
      });
      statuses.push(res.statusCode);
      last = res.json();
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    expect(last!.error.code).toBe('RATE_LIMITED');
    expect(last!.error.message).toMatch(/Zu viele Versuche/);
  });
});
