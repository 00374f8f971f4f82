import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CoreContext } from '@asskomm/core';
import exifr from 'exifr';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

// Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2/) as a reporting app would use it.
// Musterstadt (demo, always present) is the jurisdiction.
const AGS = '14999999';
const BASE = '/api/open311/v2';

/** A JPEG that carries a GPS position in its EXIF data, as phone photos do. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 200, channels: 3, background: '#7a6a55' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Testkamera', Model: 'Phone 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 3/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '13/1 44/1 0/1',
      },
    })
    .toBuffer();
}

function multipart(
  fields: Record<string, string>,
  file?: { field: string; name: string; type: string; bytes: Buffer },
) {
  const boundary = '----asskomm-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const form = (fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describe(`Open311 GeoReport v2 (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let staff: TestSession;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'asskomm-open311-'));
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_DATA_DIR: dataDir } });
    app = await buildTestApp(ctx);
    staff = await loginAs(app, ctx, { email: 'ordnungsamt@example.org', role: 'kommune', ags: AGS });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('GET services.json lists every category with the spec’s fields', async () => {
    const res = await app.inject({ method: 'GET', url: `${BASE}/services.json?jurisdiction_id=${AGS}` });
    expect(res.statusCode).toBe(200);
    const services = res.json() as Record<string, unknown>[];
    expect(services.map((s) => s.service_code)).toEqual(
      expect.arrayContaining([
        'graffiti',
        'vandalismus',
        'vermuellung',
        'beleuchtung',
        'angstraum',
        'verkehr',
        'sonstiges',
      ]),
    );
    for (const s of services) {
      expect(Object.keys(s).sort()).toEqual(
        ['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type'].sort(),
      );
      expect(s.metadata).toBe(false);
      expect(['realtime', 'batch', 'blackbox']).toContain(s.type);
    }
  });

  it('GET services/{code}.json gives the definition; an unknown code is a 404 in the error format', async () => {
    const ok = await app.inject({ method: 'GET', url: `${BASE}/services/graffiti.json` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ service_code: 'graffiti', attributes: [] });
    const unknown = await app.inject({ method: 'GET', url: `${BASE}/services/laerm.json` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual([{ code: 404, description: expect.stringContaining('laerm') }]);
  });

  it('POST requests.json (form-encoded) stores the remark, routes it, and tokens/ and requests/ find it', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `${BASE}/requests.json`,
      ...form({
        jurisdiction_id: AGS,
        service_code: 'beleuchtung',
        lat: '51.0504',
        long: '13.7373',
        description: 'Die Laterne am Fußweg zum Bahnhof ist seit Wochen dunkel.',
        email: 'anna@example.org',
        first_name: 'Anna',
        last_name: 'Beispiel',
        api_key: 'ignored',
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const [created] = res.json() as { service_request_id: string; token: string; service_notice: string }[];
    expect(created!.service_request_id).toMatch(/^\d{4}-[2-9A-Z]{8}$/);
    expect(created!.service_notice).toContain('Bauamt');

    const token = await app.inject({ method: 'GET', url: `${BASE}/tokens/${created!.token}.json` });
    expect(token.json()).toEqual([
      { service_request_id: created!.service_request_id, token: created!.token },
    ]);

    // Before staff publish it, its sender sees the status, but not the text.
    const pending = await app.inject({
      method: 'GET',
      url: `${BASE}/requests/${created!.service_request_id}.json`,
    });
    const [before] = pending.json() as Record<string, unknown>[];
    expect(before).toMatchObject({
      status: 'open',
      service_code: 'beleuchtung',
      description: null,
      lat: null,
    });
    const list = await app.inject({ method: 'GET', url: `${BASE}/requests.json?jurisdiction_id=${AGS}` });
    expect((list.json() as unknown[]).length).toBe(0);

    // Staff publish it and close it with a status note.
    const id = created!.service_request_id;
    expect(
      (
        await staff.request({
          method: 'PATCH',
          url: `/api/remarks/${id}/publication`,
          payload: { published: true, mediaApproved: false },
        })
      ).statusCode,
    ).toBe(200);
    const closed = await staff.request({
      method: 'PATCH',
      url: `/api/remarks/${id}/status`,
      payload: { status: 'erledigt', statusNote: 'Leuchtmittel getauscht.' },
    });
    expect(closed.statusCode, closed.body).toBe(200);

    const after = await app.inject({ method: 'GET', url: `${BASE}/requests/${id}.json` });
    const [request] = after.json() as Record<string, unknown>[];
    expect(Object.keys(request!).sort()).toEqual(
      [
        'address',
        'address_id',
        'agency_responsible',
        'description',
        'expected_datetime',
        'lat',
        'long',
        'media_url',
        'requested_datetime',
        'service_code',
        'service_name',
        'service_notice',
        'service_request_id',
        'status',
        'status_notes',
        'updated_datetime',
        'zipcode',
      ].sort(),
    );
    expect(request).toMatchObject({
      service_request_id: id,
      status: 'closed',
      status_notes: 'Leuchtmittel getauscht.',
      service_code: 'beleuchtung',
      lat: 51.0504,
      long: 13.7373,
      agency_responsible: 'Bauamt (Straßenbeleuchtung)',
    });
    expect(request!.requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // The sender's data never appears in Open311 answers.
    expect(after.body).not.toContain('anna@example.org');
    expect(after.body).not.toContain('Beispiel');

    const filtered = async (query: string) =>
      (
        (await app.inject({ method: 'GET', url: `${BASE}/requests.json?${query}` })).json() as {
          service_request_id: string;
        }[]
      ).map((r) => r.service_request_id);
    expect(await filtered(`jurisdiction_id=${AGS}&status=closed`)).toEqual([id]);
    expect(await filtered(`jurisdiction_id=${AGS}&status=open`)).toEqual([]);
    expect(await filtered(`service_code=graffiti`)).toEqual([]);
    expect(await filtered(`service_code=beleuchtung&service_request_id=${id}`)).toEqual([id]);
    expect(await filtered(`start_date=2000-01-01T00:00:00Z&end_date=2000-12-31T00:00:00Z`)).toEqual([]);
  });

  it('refuses invalid requests in the spec’s error format', async () => {
    const cases: { fields: Record<string, string>; status: number; mention: string }[] = [
      {
        fields: {
          jurisdiction_id: AGS,
          service_code: 'laerm',
          lat: '51.05',
          long: '13.73',
          description: 'Viel zu laut hier jede Nacht.',
        },
        status: 404,
        mention: 'laerm',
      },
      {
        fields: {
          jurisdiction_id: AGS,
          service_code: 'graffiti',
          description: 'Schmierereien an der Schule.',
        },
        status: 400,
        mention: 'location',
      },
      {
        fields: {
          jurisdiction_id: AGS,
          service_code: 'graffiti',
          lat: '48.1',
          long: '11.5',
          description: 'Schmierereien an der Schule.',
        },
        status: 400,
        mention: 'Sachsen',
      },
      {
        fields: {
          jurisdiction_id: AGS,
          service_code: 'graffiti',
          lat: 'abc',
          long: '13.7',
          description: 'Schmierereien an der Schule.',
        },
        status: 400,
        mention: 'lat',
      },
      {
        fields: {
          service_code: 'graffiti',
          lat: '51.05',
          long: '13.73',
          description: 'Schmierereien an der Schule.',
        },
        status: 400,
        mention: 'jurisdiction_id',
      },
      {
        fields: {
          jurisdiction_id: '14000000',
          service_code: 'graffiti',
          lat: '51.05',
          long: '13.73',
          description: 'Schmierereien an der Schule.',
        },
        status: 404,
        mention: '14000000',
      },
    ];
    for (const c of cases) {
      const res = await app.inject({ method: 'POST', url: `${BASE}/requests.json`, ...form(c.fields) });
      expect(res.statusCode, JSON.stringify(c.fields)).toBe(c.status);
      const body = res.json() as { code: number; description: string }[];
      expect(Array.isArray(body)).toBe(true);
      expect(body[0]!.code).toBe(c.status);
      expect(body.map((e) => e.description).join(' ')).toContain(c.mention);
    }
    const badDate = await app.inject({ method: 'GET', url: `${BASE}/requests.json?start_date=gestern` });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()[0].code).toBe(400);
    const unknownId = await app.inject({ method: 'GET', url: `${BASE}/requests/2026-ZZZZZZZZ.json` });
    expect(unknownId.statusCode).toBe(404);
    expect(unknownId.json()[0].code).toBe(404);
  });

  it('strips GPS and all other EXIF from a photo and publishes it only after approval', async () => {
    const original = await photoWithGps();
    expect(await exifr.gps(original)).toMatchObject({ latitude: 51.05 });
    const res = await app.inject({
      method: 'POST',
      url: `${BASE}/requests.json`,
      ...multipart(
        {
          jurisdiction_id: AGS,
          service_code: 'graffiti',
          address_string: 'Markt 1',
          description: 'Neue Schmierereien am Rathaus.',
        },
        { field: 'media', name: 'IMG_0001.jpg', type: 'image/jpeg', bytes: original },
      ),
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as { service_request_id: string }[])[0]!.service_request_id;

    // Not public before approval.
    expect((await app.inject({ method: 'GET', url: `/api/remarks/public/${id}/photo` })).statusCode).toBe(
      404,
    );
    // Staff see it, without metadata.
    const staffPhoto = await staff.request({ method: 'GET', url: `/api/remarks/${id}/photo` });
    expect(staffPhoto.statusCode).toBe(200);
    const stored = staffPhoto.rawPayload;
    expect(await exifr.gps(stored).catch(() => undefined)).toBeUndefined();
    expect(await exifr.parse(stored).catch(() => undefined)).toBeUndefined();
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.includes(Buffer.from('Testkamera'))).toBe(false);

    await staff.request({
      method: 'PATCH',
      url: `/api/remarks/${id}/publication`,
      payload: { published: true, mediaApproved: true },
    });
    const publicPhoto = await app.inject({ method: 'GET', url: `/api/remarks/public/${id}/photo` });
    expect(publicPhoto.statusCode).toBe(200);
    expect(publicPhoto.headers['content-type']).toBe('image/jpeg');
    const [request] = (await app.inject({ method: 'GET', url: `${BASE}/requests/${id}.json` })).json() as {
      media_url: string;
    }[];
    expect(request!.media_url).toMatch(new RegExp(`/api/remarks/public/${id}/photo$`));
  });

  it('refuses a file that is not an image and one that is too large, with a clear message', async () => {
    const fields = {
      jurisdiction_id: AGS,
      service_code: 'graffiti',
      address_string: 'Markt 1',
      description: 'Neue Schmierereien am Rathaus.',
    };
    const pdf = await app.inject({
      method: 'POST',
      url: `${BASE}/requests.json`,
      ...multipart(fields, {
        field: 'media',
        name: 'rechnung.jpg',
        type: 'image/jpeg',
        bytes: Buffer.from('%PDF-1.7\n% not an image at all\n'),
      }),
    });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json()[0].description).toContain('kein Foto');

    const big = Buffer.alloc(9 * 1024 * 1024, 0);
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]).copy(big);
    const tooLarge = await app.inject({
      method: 'POST',
      url: `${BASE}/requests.json`,
      ...multipart(fields, { field: 'media', name: 'riesig.jpg', type: 'image/jpeg', bytes: big }),
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()[0].description).toContain('MB');
    // Nothing was stored for either.
    const staffList = await staff.request({ method: 'GET', url: `/api/remarks?ags=${AGS}` });
    expect(
      (staffList.json().items as { descriptionFull: string }[]).filter(
        (r) => r.descriptionFull === fields.description,
      ),
    ).toHaveLength(1);
  });
});
