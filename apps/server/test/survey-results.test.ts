import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreContext } from '@asskomm/core';
import { municipalities, surveyResponses, surveyWaves } from '@asskomm/db';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

const DEMO = '14999999';
const OTHER = '14999998';
const HAS_RSCRIPT = spawnSync('which', ['Rscript']).status === 0;

/** The analysis API of a survey wave: monitoring, results, free texts, exports, paper data entry. */
describe(`survey results API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  let kommune: TestSession;
  let rat: TestSession;
  let stranger: TestSession;
  let demoWave: number;
  let fieldWave: number;

  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
    // A second (test) municipality for the "other municipality" checks.
    await ctx.db.insert(municipalities).values({
      ags: OTHER,
      name: 'Beispieldorf (Testdaten)',
      gemeindetyp: 'Gemeinde',
      kreisSchluessel: '14999',
      isDemo: true,
    });
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: DEMO });
    rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: DEMO });
    stranger = await loginAs(app, ctx, { email: 'fremd@example.org', role: 'kommune', ags: OTHER });
    const [demo] = await ctx.db
      .select({ id: surveyWaves.id })
      .from(surveyWaves)
      .where(and(eq(surveyWaves.ags, DEMO), eq(surveyWaves.isDemo, true)));
    demoWave = demo!.id;
    const config = { districts: ['Nord', 'Süd'], localPlaces: [], enabledOptionalBlocks: ['MAS'] };
    const [field] = await ctx.db
      .insert(surveyWaves)
      .values({ ags: DEMO, title: 'Laufende Welle', status: 'feldphase', config, fieldStart: '2026-11-01' })
      .returning({ id: surveyWaves.id });
    fieldWave = field!.id;
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('gives the weighted results of the demo wave, with breakdowns and small-cell settings', async () => {
    const res = await kommune.request({ method: 'GET', url: `/api/surveys/${demoWave}/results` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.wave).toMatchObject({ ags: DEMO, isDemo: true, status: 'ausgewertet' });
    expect(body.weighting).toMatchObject({ status: 'raked', applied: true });
    expect(body.weighting.kish.nEff).toBeLessThan(body.weighting.analysed);
    const sf = body.items.find((i: { code: string }) => i.code === 'SF01');
    expect(sf.categories).toHaveLength(4);
    expect(sf.mean.ciLow).toBeLessThan(sf.mean.estimate);

    const by = await rat.request({
      method: 'GET',
      url: `/api/surveys/${demoWave}/results?by=SD_GESCHLECHT&minN=50`,
    });
    expect(by.statusCode).toBe(200);
    expect(by.json().by.levels.map((l: { label: string }) => l.label)).toEqual([
      'Männlich',
      'Weiblich',
      'Divers',
    ]);
    const sfBy = by.json().items.find((i: { code: string }) => i.code === 'SF01');
    const divers = sfBy.domains.find((d: { label: string }) => d.label === 'Divers');
    expect(divers.mean).toMatchObject({ estimate: null, suppressed: true });

    const unweighted = await admin.request({
      method: 'GET',
      url: `/api/surveys/${demoWave}/results?weighting=none`,
    });
    expect(unweighted.json().weighting).toMatchObject({ status: 'unweighted-requested', applied: false });
    expect(unweighted.json().weighting.message).toMatch(/Ungewichtet/);
  });

  it('rejects bad query parameters, naming them', async () => {
    const res = await admin.request({
      method: 'GET',
      url: `/api/surveys/${demoWave}/results?by=SD_BERUF&minN=-1`,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['by', 'minN']);
    const format = await admin.request({ method: 'GET', url: `/api/surveys/${demoWave}/export?format=sav` });
    expect(format.statusCode).toBe(400);
    expect(format.json().error.fields.format).toBeDefined();
    const missing = await admin.request({ method: 'GET', url: '/api/surveys/99999/results' });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses another municipality’s account and anonymous callers', async () => {
    for (const url of ['results', 'monitoring', 'free-texts', 'codebook', 'export?format=csv']) {
      const res = await stranger.request({ method: 'GET', url: `/api/surveys/${demoWave}/${url}` });
      expect(res.statusCode, url).toBe(403);
      const anonymous = await app.inject({ method: 'GET', url: `/api/surveys/${demoWave}/${url}` });
      expect(anonymous.statusCode, url).toBe(401);
    }
  });

  it('reports the response rate by district and the returns per day', async () => {
    const res = await rat.request({ method: 'GET', url: `/api/surveys/${demoWave}/monitoring` });
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.invited).toBe(1000);
    expect(m.byDistrict).toHaveLength(5);
    expect(m.perDay.at(-1).cumulative).toBe(m.responses.total);
  });

  it('gives the questionnaire items with their allowed values for data entry', async () => {
    const res = await rat.request({ method: 'GET', url: `/api/surveys/${fieldWave}/codebook` });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; values: { code: number }[]; showIf: unknown }[];
    expect(items.find((i) => i.code === 'SF01')!.values.map((v) => v.code)).toEqual([1, 2, 3, 4]);
    expect(items.find((i) => i.code === 'VIK_01_POL')!.showIf).toEqual({ item: 'VIK_01', equals: 1 });
    expect(items.some((i) => i.code.startsWith('INC'))).toBe(false);
    expect(items.find((i) => i.code === 'SD_ORTSTEIL')!.values.map((v) => v.code)).toEqual([1, 2, -1]);
  });

  it('lists free texts masked, with HTML as plain text', async () => {
    const res = await kommune.request({ method: 'GET', url: `/api/surveys/${demoWave}/free-texts` });
    expect(res.statusCode).toBe(200);
    const texts = res
      .json()
      .items.flatMap((i: { answers: { text: string }[] }) => i.answers.map((a) => a.text));
    expect(texts.join(' ')).not.toContain('@example.org');
    expect(texts.some((t: string) => t.includes('<b>jetzt</b>'))).toBe(true);
  });

  it('exports XLSX as one file that opens, and CSV, SPSS and R as ZIP files', async () => {
    const xlsx = await kommune.request({ method: 'GET', url: `/api/surveys/${demoWave}/export?format=xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename="befragung_${DEMO}_${demoWave}.xlsx"`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBeGreaterThan(400);

    for (const [format, count] of [
      ['csv', 3],
      ['spss', 2],
      ['r', 2],
    ] as const) {
      const res = await admin.request({
        method: 'GET',
        url: `/api/surveys/${demoWave}/export?format=${format}`,
      });
      expect(res.statusCode, format).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      const zip = await JSZip.loadAsync(res.rawPayload);
      expect(Object.keys(zip.files), format).toHaveLength(count);
    }
  });

  it('refuses raw exports to council members (rat) in every format, and to a coach of another municipality', async () => {
    const coach = await loginAs(app, ctx, {
      email: 'coach-fremd@example.org',
      role: 'coach',
      assignedAgs: [OTHER],
    });
    for (const format of ['csv', 'xlsx', 'spss', 'r']) {
      const res = await rat.request({
        method: 'GET',
        url: `/api/surveys/${demoWave}/export?format=${format}`,
      });
      expect(res.statusCode, format).toBe(403);
      const other = await coach.request({
        method: 'GET',
        url: `/api/surveys/${demoWave}/export?format=${format}`,
      });
      expect(other.statusCode, format).toBe(403);
    }
    // The council member still reads the results and the masked free texts.
    expect((await rat.request({ method: 'GET', url: `/api/surveys/${demoWave}/results` })).statusCode).toBe(
      200,
    );
  });

  it('masks free texts in every export as the Freitexte page does; unmasked only for admin, audited', async () => {
    const csvText = async (session: TestSession, query = '') => {
      const res = await session.request({
        method: 'GET',
        url: `/api/surveys/${demoWave}/export?format=csv${query}`,
      });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      const zip = await JSZip.loadAsync(res.rawPayload);
      const texts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
      return texts.join('\n');
    };
    const phone = '0152 28817386';
    const mail = 'erika.musterfrau@example.org';
    for (const session of [kommune, admin]) {
      const masked = await csvText(session);
      expect(masked).not.toContain(phone);
      expect(masked).not.toContain(mail);
      expect(masked).toContain('[Telefon]');
    }
    for (const format of ['xlsx', 'spss', 'r']) {
      const res = await kommune.request({
        method: 'GET',
        url: `/api/surveys/${demoWave}/export?format=${format}`,
      });
      const bytes = Buffer.from(res.rawPayload);
      // XLSX is a ZIP of XML parts too; CSV, SPSS and R come as ZIP files.
      const files = await JSZip.loadAsync(bytes);
      const all = (await Promise.all(Object.values(files.files).map((f) => f.async('string')))).join('\n');
      expect(all, format).not.toContain(phone);
      expect(all, format).not.toContain(mail);
    }

    const refused = await kommune.request({
      method: 'GET',
      url: `/api/surveys/${demoWave}/export?format=csv&freeTexts=unmasked`,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/Administration/);

    const before = await ctx.db.execute(
      sql`select count(*)::int as n from audit_log where action = 'export-unmasked'`,
    );
    const unmasked = await csvText(admin, '&freeTexts=unmasked');
    expect(unmasked).toContain(phone);
    expect(unmasked).toContain(mail);
    const after = await ctx.db.execute(
      sql`select count(*)::int as n, max(actor) as actor from audit_log where action = 'export-unmasked'`,
    );
    const row = (after as unknown as { rows: { n: number; actor: string }[] }).rows[0]!;
    expect(row.n).toBe((before as unknown as { rows: { n: number }[] }).rows[0]!.n + 1);
    expect(row.actor).toBe('admin@example.org');
  });

  it.runIf(HAS_RSCRIPT)('exports an R script that runs in Rscript with the weights', async () => {
    const res = await admin.request({ method: 'GET', url: `/api/surveys/${demoWave}/export?format=r` });
    const zip = await JSZip.loadAsync(res.rawPayload);
    const dir = mkdtempSync(join(tmpdir(), 'asskomm-r-'));
    for (const [name, file] of Object.entries(zip.files))
      writeFileSync(join(dir, name), await file.async('uint8array'));
    const script = Object.keys(zip.files).find((n) => n.endsWith('.R'))!;
    writeFileSync(
      join(dir, 'check.R'),
      `source("${script}")\nstopifnot(is.factor(daten$SF01), abs(mean(daten$gewicht) - 1) < 0.05)\ncat(nrow(daten))\n`,
    );
    const out = execFileSync('Rscript', ['--vanilla', 'check.R'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    });
    const [count] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(surveyResponses)
      .where(eq(surveyResponses.waveId, demoWave));
    expect(Number(out.trim())).toBe(count!.n);
  });

  describe('paper data entry', () => {
    const url = () => `/api/surveys/${fieldWave}/responses`;
    const count = async () =>
      (
        await ctx.db
          .select({ n: sql<number>`count(*)::int` })
          .from(surveyResponses)
          .where(eq(surveyResponses.waveId, fieldWave))
      )[0]!.n;

    it('stores a valid paper questionnaire and counts it in the monitoring', async () => {
      const res = await kommune.request({
        method: 'POST',
        url: url(),
        payload: {
          values: { SF01: 4, MAS_WAHL: [1], SD_ORTSTEIL: 1, MAS_TEXT: '<img src=x onerror=alert(1)>' },
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toEqual({ paperResponses: 1, totalResponses: 1 });
      const m = await kommune.request({ method: 'GET', url: `/api/surveys/${fieldWave}/monitoring` });
      expect(m.json().responses).toEqual({ total: 1, online: 0, paper: 1 });
      expect(m.json().byDistrict[0]).toMatchObject({ district: 'Nord', paper: 1 });
    });

    it('refuses bad input with a message per item and stores nothing', async () => {
      const before = await count();
      const res = await kommune.request({
        method: 'POST',
        url: url(),
        payload: { values: { SF01: 9, INC_01: 1 } },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.fields.INC_01).toMatch(/Unbekannte Frage/);
      const range = await kommune.request({ method: 'POST', url: url(), payload: { values: { SF01: 9 } } });
      expect(range.json().error.fields.SF01).toMatch(/Ungültiger Wert 9/);
      const extra = await kommune.request({
        method: 'POST',
        url: url(),
        payload: { values: {}, mode: 'online' },
      });
      expect(extra.statusCode).toBe(400);
      expect(await count()).toBe(before);
    });

    it('needs survey:manage and the CSRF token', async () => {
      const byRat = await rat.request({ method: 'POST', url: url(), payload: { values: { SF01: 1 } } });
      expect(byRat.statusCode).toBe(403);
      const byStranger = await stranger.request({
        method: 'POST',
        url: url(),
        payload: { values: { SF01: 1 } },
      });
      expect(byStranger.statusCode).toBe(403);
      const noCsrf = await app.inject({
        method: 'POST',
        url: url(),
        headers: { cookie: kommune.cookie },
        payload: { values: { SF01: 1 } },
      });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().error.code).toBe('CSRF_INVALID');
    });

    it('is closed for a finished, analysed wave', async () => {
      const res = await admin.request({
        method: 'POST',
        url: `/api/surveys/${demoWave}/responses`,
        payload: { values: { SF01: 1 } },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('SURVEY_ENTRY_CLOSED');
    });
  });
});
