// The server-rendered citizens' form (issue 10): real HTML forms that post, without any script.
import { Writable } from 'node:stream';
import type { CoreContext } from '@asskomm/core';
import { buildApp } from '@asskomm/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import { waveInField } from './surveys-fixtures';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const body = (fields: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  return params.toString();
};
const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
const hidden = (html: string, name: string) =>
  new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(html)?.[1];

/** Everything the server logs, at the most verbose level, to prove that codes and answers never appear. */
const logLines: string[] = [];
const logger = {
  level: 'trace',
  stream: new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
};

describe(`citizens' form as HTML (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let codes: string[];
  let waveId: number;
  const page = (fields: Record<string, string | string[]>, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/befragung/seite',
      headers: { ...FORM, ...headers },
      payload: body(fields),
    });
  const responses = async () =>
    (
      (await ctx.db.execute(
        // Answers wait in the inbox until a batch is moved into survey_responses (response-inbox.ts).
        `select values from survey_responses where wave_id = ${waveId}
         union all select values from survey_response_inbox where wave_id = ${waveId}`,
      )) as unknown as {
        rows: { values: Record<string, unknown> }[];
      }
    ).rows.map((r) => r.values);

  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_LOG_LEVEL: 'trace' } });
    app = await buildApp(ctx, { logger: logger as unknown as { level: string }, webDist: '/nonexistent' });
    ({ waveId, codes } = await waveInField(ctx, { codes: 7 }));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('shows the code form, compressed, not cached, with a Datenquellen link', async () => {
    const res = await app.inject({ url: '/befragung', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-store');
    const plain = await app.inject({ url: '/befragung' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('<form method="post" action="/befragung"');
    expect(plain.body).toContain('<a href="/datenquellen">Datenquellen</a>');
    expect(Buffer.byteLength(res.rawPayload)).toBeLessThan(Buffer.byteLength(plain.body) / 2);
  });

  it('serves its assets hashed, immutable and compressed', async () => {
    const page = (await app.inject({ url: '/befragung' })).body;
    const css = /href="(\/befragung\/assets\/form\.[0-9a-f]{12}\.css)"/.exec(page)?.[1];
    const font = /href="(\/befragung\/assets\/fira-sans-400\.[0-9a-f]{12}\.woff2)"/.exec(page)?.[1];
    expect(css && font).toBeTruthy();
    const res = await app.inject({ url: css!, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const fontRes = await app.inject({ url: font! });
    expect(fontRes.headers['content-type']).toBe('font/woff2');
    expect(fontRes.rawPayload.length).toBeLessThan(40_000);
    expect((await app.inject({ url: '/befragung/assets/form.000000000000.css' })).statusCode).toBe(404);
  });

  it('opens the first page from the letter’s link, refuses bad codes at the field', async () => {
    const res = await app.inject({ url: `/befragung?code=${codes[0]}` });
    expect(res.statusCode).toBe(200);
    expect(h1(res.body)).toBe('Ihre Wohngegend');
    expect(res.body).toContain('Seite 1 von');
    expect(hidden(res.body, 'code')).toBe(codes[0]);
    const bad = await app.inject({
      method: 'POST',
      url: '/befragung',
      headers: FORM,
      payload: body({ code: 'ABC' }),
    });
    expect(bad.body).toContain('class="fehlerliste"');
    expect(bad.body).toContain('href="#zugangscode"');
    expect(bad.body).toContain('value="ABC"');
    const unknown = await app.inject({
      method: 'POST',
      url: '/befragung',
      headers: FORM,
      payload: body({ code: 'AAAA-AAAA-AAAA' }),
    });
    expect(unknown.body).toContain('Diesen Zugangscode kennen wir nicht');
  });

  it('turns pages, saves on every page, resumes with the code, shows errors at the question', async () => {
    const code = codes[1]!;
    const first = await page({ code, page: '0', lang: 'de', action: 'next', WG01: '3', WG02: '2' });
    expect(first.body).toContain('Seite 2 von');
    // Resume: the saved page with its answers.
    const resumed = await app.inject({
      method: 'POST',
      url: '/befragung',
      headers: FORM,
      payload: body({ code }),
    });
    expect(resumed.body).toContain('Seite 2 von');
    const back = await page({ code, page: hidden(resumed.body, 'page')!, action: 'back' });
    expect(back.body).toMatch(/name="WG01" value="3" checked/);
    // The Angsträume page: "no such places" excludes the places; the error stands at the question.
    const index = await findPage(code, 'ANG_ORTE');
    const conflict = await page({
      code,
      page: String(index),
      action: 'next',
      ANG_ORTE: ['1', '-2'],
      ANG_TEXT: '<b>dunkel</b>',
    });
    expect(conflict.body).toContain('class="fehlerliste"');
    expect(conflict.body).toContain('href="#f-ANG_ORTE"');
    expect(conflict.body).toContain('id="ANG_ORTE-error"');
    expect(conflict.body).toContain('&lt;b&gt;dunkel&lt;/b&gt;');
    expect(conflict.body).not.toContain('<b>dunkel</b>');
    expect(hidden(conflict.body, 'page')).toBe(String(index));
  });

  /** The page index that shows an item (looked up with a code of its own, which it leaves unanswered). */
  async function findPage(_code: string, item: string): Promise<number> {
    for (let i = 0; i < 20; i++) {
      const res = await page({ code: codes[6]!, page: String(i), action: 'save' });
      if (res.body.includes(`name="${item}"`)) return i;
    }
    throw new Error(`${item} not found`);
  }

  it('submits exactly once; the second time says the answers arrived', async () => {
    const code = codes[2]!;
    await page({ code, page: '0', action: 'next', WG01: '4' });
    const index = await findPage(code, 'SD_ALTER');
    const done = await page({ code, page: String(index), action: 'submit' });
    expect(h1(done.body)).toBe('Vielen Dank für Ihre Teilnahme!');
    expect(await responses()).toEqual([expect.objectContaining({ WG01: 4 })]);
    const again = await page({ code, page: String(index), action: 'submit' });
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('Ihre Antworten sind bereits angekommen');
    expect(again.body).toContain('sind bei uns angekommen und gespeichert');
    const reopen = await app.inject({ url: `/befragung?code=${code}` });
    expect(reopen.body).toContain('Ihre Antworten sind bereits angekommen');
    expect(await responses()).toHaveLength(1);
  });

  it('refuses to submit an empty questionnaire with a message on the page', async () => {
    const code = codes[3]!;
    const index = await findPage(code, 'SD_ALTER');
    const res = await page({ code, page: String(index), action: 'submit' });
    expect(res.body).toContain('Beantworten Sie mindestens eine Frage');
    expect(await responses()).toHaveLength(1);
  });

  it('speaks English throughout when asked', async () => {
    const res = await app.inject({ url: `/befragung?code=${codes[4]}&lang=en` });
    expect(res.body).toContain('<html lang="en">');
    expect(h1(res.body)).toBe('Your neighbourhood');
    expect(res.body).toContain('Page 1 of');
    expect(res.body).toContain('>Continue</button>');
    expect(res.body).toContain('>Deutsch</button>');
    const german = await page({ code: codes[4]!, page: '0', lang: 'en', action: 'language:de' });
    expect(h1(german.body)).toBe('Ihre Wohngegend');
  });

  it('refuses posts from another site', async () => {
    const res = await page(
      { code: codes[5]!, page: '0', action: 'next', WG01: '1' },
      { origin: 'https://evil.example' },
    );
    expect(res.statusCode).toBe(403);
    const fetchSite = await page(
      { code: codes[5]!, page: '0', action: 'next' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(fetchSite.statusCode).toBe(403);
    const same = await page(
      { code: codes[5]!, page: '0', action: 'next' },
      { origin: 'http://localhost:8080', host: 'localhost:8080' },
    );
    expect(same.statusCode).toBe(200);
  });

  it('logs neither codes nor answers, not even at trace level', () => {
    const log = logLines.join('');
    for (const code of codes) expect(log).not.toContain(code);
    expect(log).not.toContain('dunkel');
    expect(log).not.toContain('/befragung?code');
  });
});
