// PKS API with inject(): keys, map, profiles, the upload preview and commit (multipart), the import log,
// errors (422 with line/column/value, 413 over the size limit, 415 without multipart) and permissions.
import type { CoreContext } from '@asskomm/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

const BAUTZEN = '14625020';

function multipart(
  file: { name: string; content: Buffer | string },
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----asskomm${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const csv = (rows: string[]) =>
  ['ags;jahr;schluessel;erfasste_faelle;versuche;aufgeklaerte_faelle;tatverdaechtige', ...rows, ''].join(
    '\n',
  );

describe(`PKS API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  let kommune: TestSession;
  let rat: TestSession;
  beforeAll(async () => {
    ctx = await createTestPlatform();
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: BAUTZEN });
    rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: BAUTZEN });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('lists the key catalogue with the years of district data', async () => {
    const res = await rat.request({ method: 'GET', url: '/api/pks/keys' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(495);
    expect(body.districtYears).toEqual([2020, 2022]);
    expect(body.items.find((k: { key: string }) => k.key === '435*00')).toMatchObject({
      label: expect.stringContaining('Wohnungseinbruch'),
      isWildcard: true,
      districtYears: [2020, 2022],
    });
    expect(body.mainGroups.map((g: { key: string }) => g.key)).toContain('899000');
  });

  it('serves the district map for a key and year, with Saxony as the sum of the districts', async () => {
    const res = await rat.request({ method: 'GET', url: '/api/pks/map?key=------&year=2020' });
    expect(res.statusCode).toBe(200);
    const map = res.json();
    expect(map).toMatchObject({ key: '------', year: 2020, years: [2020, 2022], saxony: { cases: 272_053 } });
    expect(map.items).toHaveLength(13);
    const leipzig = map.items.find((i: { ags: string }) => i.ags === '14713');
    expect(Math.round(leipzig.hz)).toBe(leipzig.hzPublished);
    expect(leipzig.populationDerived).toBe(true);
    expect(leipzig.vsSaxony.notable).toBe(true);
    expect(map.attributions.map((a: { id: string }) => a.id)).toContain('pks-kreise');
    expect((await rat.request({ method: 'GET', url: '/api/pks/map?key=------&year=2021' })).statusCode).toBe(
      404,
    );
    expect((await rat.request({ method: 'GET', url: '/api/pks/map?key=abc' })).statusCode).toBe(400);
  });

  it('serves profiles of Saxony, a district and the demo town', async () => {
    const saxony = (await rat.request({ method: 'GET', url: '/api/pks/profile/14?keys=------' })).json();
    expect(saxony.series[0].points.map((p: { cases: number }) => p.cases)).toEqual([272_053, 266_609]);
    const district = await rat.request({ method: 'GET', url: '/api/pks/profile/14625?keys=------,220000' });
    expect(district.statusCode).toBe(200);
    const kv = district.json().series[1];
    expect(kv.sumOf).toEqual(['222000', '224000']);
    // Plain words for the label (issue 9); the keys stay in sumOf for analysts.
    expect(kv.label).toBe('Körperverletzung (mindestens)');
    expect(kv.label).not.toMatch(/\d{6}/);
    const demo = (await rat.request({ method: 'GET', url: '/api/pks/profile/14999999?from=2020' })).json();
    expect(demo.isDemo).toBe(true);
    expect(demo.series[0].points[0].year).toBe(2020);
    expect(demo.series[0].points.at(-1).changeVsPrevious.text).toMatch(/Vorjahr 2024/);
    expect((await rat.request({ method: 'GET', url: '/api/pks/profile/14000001' })).statusCode).toBe(404);
    expect((await rat.request({ method: 'GET', url: '/api/pks/profile/1462' })).statusCode).toBe(400);
  });

  it('previews an upload without writing, then commits it; a re-import replaces', async () => {
    const file = csv([
      `${BAUTZEN};2023;------;2510;180;1500;1100`,
      `${BAUTZEN};2024;------;2422;170;1480;1050`,
    ]);
    const preview = await kommune.request({
      method: 'POST',
      url: '/api/pks/imports/preview',
      ...multipart({ name: 'bautzen.csv', content: file }),
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      ok: true,
      replacesRows: 0,
      summary: {
        format: 'gemeinde',
        years: [2023, 2024],
        rowCount: 2,
        totals: [
          { year: 2023, cases: 2510 },
          { year: 2024, cases: 2422 },
        ],
      },
      sample: { columns: expect.arrayContaining(['AGS', 'Fälle']) },
    });
    const before = (
      await kommune.request({ method: 'GET', url: `/api/pks/profile/${BAUTZEN}?keys=------` })
    ).json();
    expect(before.series[0].points).toEqual([]);
    const commit = await kommune.request({
      method: 'POST',
      url: '/api/pks/imports',
      ...multipart({ name: 'bautzen.csv', content: file }, { source: 'Stadt Bautzen' }),
    });
    expect(commit.statusCode).toBe(200);
    expect(commit.json().summary.source).toBe('Stadt Bautzen');
    const after = (
      await kommune.request({ method: 'GET', url: `/api/pks/profile/${BAUTZEN}?keys=------` })
    ).json();
    expect(after.series[0].points.map((p: { cases: number }) => p.cases)).toEqual([2510, 2422]);
    const again = await kommune.request({
      method: 'POST',
      url: '/api/pks/imports',
      ...multipart({ name: 'bautzen.csv', content: file }, { source: 'Stadt Bautzen' }),
    });
    expect(again.json().replacedRows).toBe(2);
    const log = (await kommune.request({ method: 'GET', url: '/api/pks/imports' })).json();
    expect(
      log.items.map((i: { filename: string; replacedRows: number }) => [i.filename, i.replacedRows]),
    ).toEqual([
      ['bautzen.csv', 2],
      ['bautzen.csv', 0],
    ]);
    // The LPR (admin) sees the BKA reference imports too.
    const all = (await admin.request({ method: 'GET', url: '/api/pks/imports' })).json();
    expect(all.items.some((i: { source: string }) => i.source === 'BKA KR-F-01-T01')).toBe(true);
  });

  it('rejects a broken file with 422 and line/column/value, and writes nothing', async () => {
    const broken = csv([`${BAUTZEN};2021;------;-5;1;1;1`, `${BAUTZEN};2021;------;7;1;1;1`]);
    const preview = (
      await kommune.request({
        method: 'POST',
        url: '/api/pks/imports/preview',
        ...multipart({ name: 'x.csv', content: broken }),
      })
    ).json();
    expect(preview.ok).toBe(false);
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'negative_count', line: 2, column: 'erfasste_faelle', value: '-5' }),
      ]),
    );
    // Line, column and value have their own columns: the message does not repeat them (issue 9).
    for (const issue of [...preview.errors, ...preview.warnings]) {
      expect(issue.message).not.toMatch(/^Zeile \d/);
      expect(issue.message).not.toMatch(/^Spalte /);
    }
    expect(preview.summary.formatLabel).not.toBe('nicht erkannt');
    const wrong = (
      await kommune.request({
        method: 'POST',
        url: '/api/pks/imports/preview',
        ...multipart({ name: 'brief.csv', content: 'Sehr geehrte Damen und Herren;\nbitte\n' }),
      })
    ).json();
    expect(wrong.errors[0].code).toBe('unknown_format');
    expect(wrong.summary.formatLabel).toBe('nicht erkannt');
    expect(wrong.summary.source).toBe('–');
    const res = await kommune.request({
      method: 'POST',
      url: '/api/pks/imports',
      ...multipart({ name: 'x.csv', content: broken }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'IMPORT_REJECTED',
      details: expect.arrayContaining([expect.objectContaining({ line: 2 })]),
    });
    const profile = (
      await kommune.request({ method: 'GET', url: `/api/pks/profile/${BAUTZEN}?keys=------` })
    ).json();
    expect(profile.series[0].points.map((p: { year: number }) => p.year)).toEqual([2023, 2024]);
  });

  it('enforces permissions per AGS and the upload rules', async () => {
    const other = csv(['14627060;2024;------;100;1;50;40']);
    const forbidden = await kommune.request({
      method: 'POST',
      url: '/api/pks/imports',
      ...multipart({ name: 'g.csv', content: other }),
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toContain('14627060');
    expect(
      (
        await rat.request({
          method: 'POST',
          url: '/api/pks/imports/preview',
          ...multipart({ name: 'g.csv', content: other }),
        })
      ).statusCode,
    ).toBe(403);
    expect((await kommune.request({ method: 'GET', url: '/api/pks/profile/14627060' })).statusCode).toBe(403);
    const json = await admin.request({
      method: 'POST',
      url: '/api/pks/imports/preview',
      payload: { datei: 'x' },
    });
    expect(json.statusCode).toBe(415);
    const badField = await admin.request({
      method: 'POST',
      url: '/api/pks/imports/preview',
      ...multipart({ name: 'g.csv', content: other }, { format: 'excel' }),
    });
    expect(badField.statusCode).toBe(400);
    expect(badField.json().error.fields).toHaveProperty('format');
    const big = Buffer.alloc(50 * 1024 * 1024 + 10, 0x41);
    const tooLarge = await admin.request({
      method: 'POST',
      url: '/api/pks/imports/preview',
      ...multipart({ name: 'gross.csv', content: big }),
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('50 MB'),
    });
  });
});
