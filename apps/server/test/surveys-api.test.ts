import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreContext } from '@asskomm/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import { completeAnswers, DISTRICTS, PLACES, registerCsv } from './surveys-fixtures';

const OWN = '14625020'; // Bautzen
const OTHER = '14627060'; // Großenhain
const HAS_PDFTOTEXT = existsSync('/usr/bin/pdftotext');

/** A multipart/form-data body (as a browser's FormData would send it). */
function formData(fields: Record<string, string>, file?: { name: string; content: string | Buffer }) {
  const boundary = `----asskomm${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

function pdfText(base64: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'asskomm-letters-'));
  try {
    writeFileSync(join(dir, 'l.pdf'), Buffer.from(base64, 'base64'));
    return spawnSync('pdftotext', ['-layout', join(dir, 'l.pdf'), '-'], { encoding: 'utf8' }).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const AGE_SEX_CSV = [
  'variable;level;count',
  ...[1, 2, 3, 4, 5, 6, 7].flatMap((a) =>
    [1, 2, 3].map((s) => `SD_ALTER×SD_GESCHLECHT;${a}×${s};${s === 3 ? 10 : 1000 + a}`),
  ),
  'SD_ORTSTEIL;Altstadt;5000',
  'SD_ORTSTEIL;Nordviertel;6000',
  'SD_ORTSTEIL;3;3238',
].join('\n');

describe(`survey waves API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  let coach: TestSession;
  let kommune: TestSession;
  let kommuneOther: TestSession;
  let rat: TestSession;
  let waveId: number;
  let otherWaveId: number;

  beforeAll(async () => {
    ctx = await createTestPlatform();
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    coach = await loginAs(app, ctx, { email: 'coach@example.org', role: 'coach', assignedAgs: [OWN] });
    kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: OWN });
    kommuneOther = await loginAs(app, ctx, { email: 'k2@example.org', role: 'kommune', ags: OTHER });
    rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: OWN });
    // Letters need the public address (letters-api.test.ts tests the refusal without it).
    const url = await admin.request({
      method: 'PUT',
      url: '/api/settings',
      payload: { publicUrl: 'https://sicherheit.bautzen.example' },
    });
    if (url.statusCode !== 200) throw new Error(url.body);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('creates a draft wave and shows it with counts', async () => {
    const res = await kommune.request({
      method: 'POST',
      url: '/api/surveys',
      payload: {
        ags: OWN,
        title: 'Bürgerbefragung Bautzen 2027',
        fieldStart: '2027-03-01',
        fieldEnd: '2027-04-15',
        sampleSize: 30,
        config: { districts: DISTRICTS, localPlaces: PLACES, enabledOptionalBlocks: ['INC', 'ANG'] },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const wave = res.json();
    waveId = wave.id;
    expect(wave).toMatchObject({
      ags: OWN,
      municipalityName: expect.stringMatching(/^Bautzen/),
      status: 'entwurf',
      isDemo: false,
      questionnaireVersion: null,
      margins: [],
      sampleRuns: [],
      codes: { total: 0, used: 0 },
      responses: 0,
    });
    const other = await admin.request({
      method: 'POST',
      url: '/api/surveys',
      payload: { ags: OTHER, title: 'Großenhain', fieldStart: null, fieldEnd: null, sampleSize: null },
    });
    expect(other.statusCode, other.body).toBe(201);
    otherWaveId = other.json().id;
    expect(other.json().config.enabledOptionalBlocks).toEqual(['INC', 'KOG', 'KON', 'ANG', 'MAS']);
  });

  it('lets each account see only the waves of municipalities it may read', async () => {
    const ids = async (s: TestSession, query = '') =>
      (await s.request({ method: 'GET', url: `/api/surveys${query}` }))
        .json()
        .items.map((w: { id: number }) => w.id);
    expect(await ids(admin)).toEqual(expect.arrayContaining([waveId, otherWaveId]));
    expect(await ids(kommune)).toEqual([waveId]);
    expect(await ids(rat)).toEqual([waveId]);
    expect(await ids(kommuneOther)).toEqual([otherWaveId]);
    expect(await ids(admin, `?ags=${OTHER}`)).toEqual([otherWaveId]);
    expect((await kommune.request({ method: 'GET', url: `/api/surveys?ags=${OTHER}` })).statusCode).toBe(403);
    expect((await kommune.request({ method: 'GET', url: `/api/surveys/${otherWaveId}` })).statusCode).toBe(
      403,
    );
    expect((await rat.request({ method: 'GET', url: `/api/surveys/${waveId}` })).statusCode).toBe(200);
    expect((await admin.request({ method: 'GET', url: '/api/surveys/99999' })).statusCode).toBe(404);
    expect((await admin.request({ method: 'GET', url: '/api/surveys/abc' })).statusCode).toBe(400);
  });

  it('enforces survey:manage per municipality for changes', async () => {
    const patch = (s: TestSession, id: number) =>
      s.request({ method: 'PATCH', url: `/api/surveys/${id}`, payload: { title: 'Neuer Titel' } });
    expect((await patch(coach, waveId)).statusCode).toBe(200);
    expect((await patch(coach, otherWaveId)).statusCode).toBe(403);
    expect((await patch(kommuneOther, waveId)).statusCode).toBe(403);
    expect((await patch(rat, waveId)).statusCode).toBe(403);
    const create = await kommune.request({
      method: 'POST',
      url: '/api/surveys',
      payload: { ags: OTHER, title: 'Fremd' },
    });
    expect(create.statusCode).toBe(403);
  });

  it('validates waves with German messages naming the field', async () => {
    const bad = async (payload: object) => {
      const res = await admin.request({
        method: 'POST',
        url: '/api/surveys',
        payload: { ags: OWN, title: 'X', ...payload },
      });
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error;
    };
    expect((await bad({ fieldStart: '2027-05-01', fieldEnd: '2027-04-01' })).fields.fieldEnd).toMatch(
      /vor ihrem Beginn/,
    );
    expect((await bad({ fieldStart: '01.05.2027' })).fields.fieldStart).toMatch(/JJJJ-MM-TT/);
    expect(
      (await bad({ config: { districts: ['A', 'a'], localPlaces: [], enabledOptionalBlocks: [] } })).fields[
        'config.districts'
      ],
    ).toMatch(/doppelt/);
    expect(
      (await bad({ config: { districts: [], localPlaces: [], enabledOptionalBlocks: ['XYZ'] } })).message,
    ).toMatch(/Unbekannter optionaler Block „XYZ“/);
    expect((await bad({ sampleSize: 0 })).fields.sampleSize).toMatch(/mindestens 1/);
  });

  it('replaces margins from CSV (multipart or text/csv) or JSON, all or nothing', async () => {
    const csv = await admin.request({
      method: 'PUT',
      url: `/api/surveys/${waveId}/margins`,
      ...formData({}, { name: 'margins.csv', content: AGE_SEX_CSV }),
    });
    expect(csv.statusCode, csv.body).toBe(200);
    const { margins, warnings } = csv.json();
    expect(margins).toHaveLength(24);
    expect(margins).toContainEqual({ variable: 'SD_ORTSTEIL', level: '1', count: 5000 });
    expect(margins).toContainEqual({ variable: 'SD_ALTER×SD_GESCHLECHT', level: '7×2', count: 1007 });
    expect(warnings.join(' ')).toMatch(/Summen der Merkmale unterscheiden sich/);

    const rawCsv = await admin.request({
      method: 'PUT',
      url: `/api/surveys/${waveId}/margins`,
      headers: { 'content-type': 'text/csv' },
      payload: 'variable,level,count\nSD_GESCHLECHT,1,100\nSD_GESCHLECHT,2,110\nSD_GESCHLECHT,3,2\n',
    });
    expect(rawCsv.statusCode, rawCsv.body).toBe(200);
    expect(rawCsv.json().margins).toHaveLength(3);

    const json = await admin.request({
      method: 'PUT',
      url: `/api/surveys/${waveId}/margins`,
      payload: {
        rows: [
          { variable: 'SD_ALTER x SD_GESCHLECHT', level: '1*1', count: 5 },
          { variable: 'SD_ORTSTEIL', level: 'Südvorstadt', count: 5 },
        ],
      },
    });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json().margins).toEqual([
      { variable: 'SD_ALTER×SD_GESCHLECHT', level: '1×1', count: 5 },
      { variable: 'SD_ORTSTEIL', level: '3', count: 5 },
    ]);

    const broken = [
      [
        'variable;level;count\nSD_ALTER×SD_GESCHLECHT;1×1;10\nSD_ALTER×SD_GESCHLECHT;9×1;10\n',
        /Zeile 3, Spalte „level“: „9×1“ ist keine gültige Ausprägung/,
      ],
      [
        'variable;level;count\nSD_ORTSTEIL;Weststadt;10\n',
        /„Weststadt“ ist keine gültige Ausprägung von SD_ORTSTEIL/,
      ],
      ['variable;level;count\nSD_ALTER;1;zehn\n', /Zeile 2, Spalte „count“: „zehn“ ist keine gültige Anzahl/],
      ['variable;level;count\nSD_ALTER;1;10\nSD_ALTER;1;11\n', /Zeile 3.*kommt schon in Zeile 2 vor/],
      ['variable;level;count\nEINKOMMEN;1;10\n', /„EINKOMMEN“ ist kein erlaubtes Merkmal/],
      ['merkmal;wert\nSD_ALTER;1\n', /Spalte „level“ fehlt/],
      ['variable;level;count\nSD_ALTER;"1;10\n', /Zeile 2: Anführungszeichen wird nicht geschlossen/],
      ['variable;level;count\nSD_ALTER;-1;10\n', /„-1“ ist keine gültige Ausprägung/],
    ] as const;
    for (const [content, message] of broken) {
      const res = await admin.request({
        method: 'PUT',
        url: `/api/surveys/${waveId}/margins`,
        ...formData({}, { name: 'm.csv', content }),
      });
      expect(res.statusCode, content).toBe(422);
      expect(res.json().error.code).toBe('IMPORT_REJECTED');
      expect(res.json().error.message).toMatch(message);
      expect(res.json().error.details[0]).toHaveProperty('line');
    }
    const detail = (await admin.request({ method: 'GET', url: `/api/surveys/${waveId}` })).json();
    expect(detail.margins).toHaveLength(2); // unchanged by the refused uploads
    const noFile = await admin.request({
      method: 'PUT',
      url: `/api/surveys/${waveId}/margins`,
      ...formData({ x: '1' }),
    });
    expect(noFile.statusCode).toBe(400);
    const badJson = await admin.request({
      method: 'PUT',
      url: `/api/surveys/${waveId}/margins`,
      payload: { rows: 'x' },
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.fields.rows).toBeTruthy();
    await admin.request({
      method: 'PUT',
      url: `/api/surveys/${waveId}/margins`,
      ...formData({}, { name: 'margins.csv', content: AGE_SEX_CSV }),
    });
  });

  it('follows district names when the districts change in the draft', async () => {
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/surveys/${waveId}`,
      payload: {
        config: {
          districts: ['Südvorstadt', 'Altstadt', 'Nordviertel'],
          localPlaces: PLACES,
          enabledOptionalBlocks: ['INC', 'ANG'],
        },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const districts = res.json().margins.filter((m: { variable: string }) => m.variable === 'SD_ORTSTEIL');
    expect(districts).toEqual([
      { variable: 'SD_ORTSTEIL', level: '1', count: 3238 },
      { variable: 'SD_ORTSTEIL', level: '2', count: 5000 },
      { variable: 'SD_ORTSTEIL', level: '3', count: 6000 },
    ]);
  });

  it('refuses a malformed register extract naming its line, and stores nothing', async () => {
    const sender = await admin.request({
      method: 'PATCH',
      url: `/api/surveys/${waveId}`,
      payload: {
        sender: { street: 'Markt 1', contactPerson: 'Team Prävention', email: 'p@bautzen.example' },
      },
    });
    expect(sender.statusCode, sender.body).toBe(200);
    const lines = registerCsv(10).split('\n');
    lines[4] = 'R00004;19x5;w;Altstadt;Anna Beispiel;Markt;1;09999;Musterstadt';
    const res = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/sample`,
      ...formData({ seed: '1', size: '3' }, { name: 'register.csv', content: lines.join('\n') }),
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.message).toMatch(
      /Zeile 5, Spalte „geburtsjahr“: „19x5“ ist kein gültiges Geburtsjahr/,
    );
    const unknownDistrict = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/sample`,
      ...formData(
        { size: '3' },
        { name: 'register.csv', content: registerCsv(10, ['Altstadt', 'Weststadt']) },
      ),
    });
    expect(unknownDistrict.statusCode).toBe(422);
    expect(unknownDistrict.json().error.message).toMatch(/Ortsteil „Weststadt“ .* nicht eingetragen/);
    const badSeed = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/sample`,
      ...formData(
        { seed: '-4', allocation: '{"Altstadt": "viele"}' },
        { name: 'r.csv', content: registerCsv(10) },
      ),
    });
    expect(badSeed.statusCode).toBe(400);
    expect(Object.keys(badSeed.json().error.fields)).toContain('seed');
    const tooBig = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/sample`,
      ...formData({}, { name: 'r.csv', content: Buffer.alloc(21 * 1024 * 1024, 'a') }),
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const json = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/sample`,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
    const detail = (await admin.request({ method: 'GET', url: `/api/surveys/${waveId}` })).json();
    expect(detail.sampleRuns).toEqual([]);
    expect(detail.codes.total).toBe(0);
  });

  let letterCodes: string[] = [];
  it('draws the sample with the given seed, stores only code hashes, and returns invitations and reminders', async () => {
    const res = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/sample`,
      ...formData(
        {
          seed: '4711',
          sender: JSON.stringify({
            street: 'Fleischmarkt 1',
            contactPerson: 'Karin Kühn',
            phone: '03591 534-0',
            signatoryName: 'Karin Kühn',
            signatoryRole: 'Oberbürgermeisterin',
          }),
        },
        { name: 'register.csv', content: registerCsv(300) },
      ),
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.codesCreated).toBe(30);
    expect(body.sampleRun).toMatchObject({ seed: 4711, registerRows: 300, sampleSize: 30 });
    expect(body.sampleRun.eligibleRows).toBeLessThan(300); // born 2005 and later are too young in 2027
    expect(
      body.sampleRun.allocation.strata
        .map((s: { sampleSize: number }) => s.sampleSize)
        .reduce((a: number, b: number) => a + b),
    ).toBe(30);
    for (const pdf of [body.invitationsPdf, body.remindersPdf]) {
      expect(Buffer.from(pdf, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    }
    if (HAS_PDFTOTEXT) {
      const text = pdfText(body.invitationsPdf);
      letterCodes = [...text.matchAll(/\b([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})\b/g)].map(
        (m) => m[1]!,
      );
      expect(new Set(letterCodes).size).toBe(30);
      expect(text).toContain('Fleischmarkt 1');
      expect(text).toContain('Person Nummer');
      expect(pdfText(body.remindersPdf)).toContain('Erinnerung');
      expect(pdfText(body.remindersPdf)).toContain(letterCodes[0]!);
    }
    const detail = (await admin.request({ method: 'GET', url: `/api/surveys/${waveId}` })).json();
    expect(detail.codes).toEqual({ total: 30, used: 0 });
    // Addresses and names went into the letters only: no table holds them.
    const dump = JSON.stringify(
      await Promise.all(
        ['survey_waves', 'survey_access_codes', 'survey_sample_runs', 'survey_margins', 'audit_log'].map(
          async (t) =>
            ((await ctx.database.db.execute(`select * from ${t}`)) as unknown as { rows: unknown[] }).rows,
        ),
      ),
    );
    expect(dump).not.toContain('Lindenstraße');
    expect(dump).not.toContain('Person Nummer');
    expect(dump).not.toContain('R00001');
    for (const code of letterCodes) expect(dump).not.toContain(code.replace(/-/g, ''));
    const districts = (await ctx.database.db.execute(
      `select district, count(*)::int as n from survey_access_codes where wave_id = ${waveId} group by district order by district`,
    )) as unknown as { rows: { district: string; n: number }[] };
    expect(districts.rows.map((r) => r.district)).toEqual([...DISTRICTS].sort());
  });

  it('freezes the questionnaire when fieldwork starts and locks the settings', async () => {
    const early = await admin.request({
      method: 'POST',
      url: `/api/surveys/${otherWaveId}/status`,
      payload: { status: 'feldphase' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/erst beginnen, wenn Beginn und Ende/);
    // Field period around today, so the letters' codes open the form.
    const today = new Date().toISOString().slice(0, 10);
    const far = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    const dates = await admin.request({
      method: 'PATCH',
      url: `/api/surveys/${waveId}`,
      payload: { fieldStart: '2026-01-01', fieldEnd: far },
    });
    expect(dates.statusCode, dates.body).toBe(200);
    const skip = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/status`,
      payload: { status: 'ausgewertet' },
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toMatch(/Vom Status „Entwurf“ geht es nur zu „Feldphase“/);
    const start = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/status`,
      payload: { status: 'feldphase' },
    });
    expect(start.statusCode, start.body).toBe(200);
    expect(start.json().questionnaireVersion).toMatch(/^sha256:[0-9a-f]{64}$/);
    const config = start.json().config;
    const same = await admin.request({
      method: 'PATCH',
      url: `/api/surveys/${waveId}`,
      payload: { title: 'Befragung 2027', config },
    });
    expect(same.statusCode, same.body).toBe(200);
    const locked = await admin.request({
      method: 'PATCH',
      url: `/api/surveys/${waveId}`,
      payload: { config: { ...config, localPlaces: ['Markt'] } },
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('SURVEY_WAVE_LOCKED');
    expect(locked.json().error.message).toMatch(/nur im Entwurf geändert werden/);
    const back = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/status`,
      payload: { status: 'entwurf' },
    });
    expect(back.statusCode).toBe(409);
    const bogus = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/status`,
      payload: { status: 'fertig' },
    });
    expect(bogus.statusCode).toBe(400);
  });

  it('opens the form with a code from the letters', async () => {
    if (!HAS_PDFTOTEXT) return;
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/survey/start',
      payload: { code: letterCodes[0] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().municipalityName).toBe('Bautzen / Budyšin');
    const submit = await app.inject({
      method: 'POST',
      url: '/api/public/survey/submit',
      payload: {
        code: letterCodes[0],
        values: completeAnswers({
          KOG: undefined,
          KON_AUSGEHEN: undefined,
          KON_MEIDEN: undefined,
          MAS_WAHL: undefined,
          MAS_ZUF: undefined,
          MAS_TEXT: undefined,
        }),
      },
    });
    expect(submit.statusCode, submit.body).toBe(201);
  });

  it('creates extra codes as a CSV to print elsewhere', async () => {
    const res = await kommune.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/codes`,
      payload: { count: 5 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="zugangscodes-welle-\d+\.csv"/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('zugangscode;link');
    expect(lines).toHaveLength(6);
    const [code, link] = lines[1]!.split(';');
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(link).toBe(`https://sicherheit.bautzen.example/befragung?code=${code}`); // the configured address
    const start = await app.inject({ method: 'POST', url: '/api/public/survey/start', payload: { code } });
    expect(start.statusCode).toBe(200);
    const tooMany = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/codes`,
      payload: { count: 100001 },
    });
    expect(tooMany.statusCode).toBe(400);
    const detail = (await admin.request({ method: 'GET', url: `/api/surveys/${waveId}` })).json();
    expect(detail.codes.total).toBe(35);
  });

  it('renders the paper questionnaire as PDF, for staff only', async () => {
    const res = await rat.request({ method: 'GET', url: `/api/surveys/${waveId}/questionnaire.pdf` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (HAS_PDFTOTEXT) {
      const text = pdfText(res.rawPayload.toString('base64'));
      expect(text).toContain('Fassung');
      expect(text).toContain('Bahnhofsvorplatz');
    }
    const anonymous = await app.inject({ method: 'GET', url: `/api/surveys/${waveId}/questionnaire.pdf` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('closes fieldwork, then allows only the title to change, then evaluation', async () => {
    const close = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/status`,
      payload: { status: 'abgeschlossen' },
    });
    expect(close.statusCode, close.body).toBe(200);
    const end = await admin.request({
      method: 'PATCH',
      url: `/api/surveys/${waveId}`,
      payload: { fieldEnd: '2099-01-01' },
    });
    expect(end.statusCode).toBe(409);
    expect(end.json().error.message).toMatch(/nur der Titel/);
    const codes = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/codes`,
      payload: { count: 1 },
    });
    expect(codes.statusCode).toBe(409);
    const done = await admin.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/status`,
      payload: { status: 'ausgewertet' },
    });
    expect(done.json().status).toBe('ausgewertet');
    const margins = await admin.request({
      method: 'PUT',
      url: `/api/surveys/${waveId}/margins`,
      payload: { rows: [{ variable: 'SD_ALTER', level: 1, count: 1 }] },
    });
    expect(margins.statusCode).toBe(409);
    const audit = (await ctx.database.db.execute(
      `select action from audit_log where entity = 'survey_wave' and entity_id = '${waveId}' order by id`,
    )) as unknown as { rows: { action: string }[] };
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'create',
        'update',
        'replace_margins',
        'draw_sample',
        'set_status',
        'create_codes',
      ]),
    );
  });
});
