import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CoreContext } from '@asskomm/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

// The alliance network through the API, as the LPR, a coach, a municipality and council members use it.
// Two municipalities: Musterstadt (demo, always present) and a second one created for the test.
const OWN = '14999999';

async function secondMunicipality(ctx: CoreContext): Promise<string> {
  const { municipalities } = await import('@asskomm/db');
  await ctx.db
    .insert(municipalities)
    .values({
      ags: '14999998',
      name: 'Beispieldorf (Demodaten)',
      gemeindetyp: 'Gemeinde',
      kreisSchluessel: '14999',
      isDemo: true,
    })
    .onConflictDoNothing();
  return '14999998';
}

describe(`alliance network API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let other: string;
  let dataDir: string;
  const as: Record<string, TestSession> = {};

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'asskomm-network-'));
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_DATA_DIR: dataDir } });
    other = await secondMunicipality(ctx);
    app = await buildTestApp(ctx);
    as.admin = await loginAs(app, ctx, { email: 'lpr@example.org', role: 'admin' });
    as.coach = await loginAs(app, ctx, { email: 'coach@example.org', role: 'coach', assignedAgs: [OWN] });
    as.kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: OWN });
    as.rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: OWN });
    as.otherKommune = await loginAs(app, ctx, { email: 'andere@example.org', role: 'kommune', ags: other });
    as.otherRat = await loginAs(app, ctx, { email: 'anderer-rat@example.org', role: 'rat', ags: other });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an LPR admin records a consultation and an agreement; the municipality becomes a member', async () => {
    const consultation = await as.admin!.request({
      method: 'POST',
      url: `/api/network/${other}/consultations`,
      payload: {
        heldOn: '2026-03-10',
        advisor: 'M. Berater (LPR)',
        topic: 'Erstberatung Sicherheitsanalyse',
        followUps: [{ text: 'Entwurf Kooperationsvereinbarung senden', dueOn: '2026-04-01' }],
      },
    });
    expect(consultation.statusCode, consultation.body).toBe(201);
    expect(consultation.json().followUps).toEqual([
      { text: 'Entwurf Kooperationsvereinbarung senden', dueOn: '2026-04-01', done: false },
    ]);

    const bad = await as.admin!.request({
      method: 'POST',
      url: `/api/network/${other}/agreements`,
      payload: { signedOn: '10.05.2026', parties: ['Gemeinde'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['parties', 'signedOn']);

    const agreement = await as.admin!.request({
      method: 'POST',
      url: `/api/network/${other}/agreements`,
      payload: {
        signedOn: '2026-05-10',
        parties: ['Gemeinde Beispieldorf', 'Polizeidirektion Dresden', 'LPR Sachsen'],
        goals: 'Sicherheitsanalyse 2026',
      },
    });
    expect(agreement.statusCode, agreement.body).toBe(201);

    const detail = (await as.admin!.request({ method: 'GET', url: `/api/municipalities/${other}` })).json();
    expect(detail.membership).toMatchObject({
      status: 'mitglied',
      since: '2026-05-10',
      agreementDate: '2026-05-10',
    });

    const timeline = (
      await as.admin!.request({ method: 'GET', url: `/api/network/${other}/timeline` })
    ).json().items;
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'agreement',
      'membership',
      'consultation',
    ]);

    const members = (await app.inject({ method: 'GET', url: '/api/network/members' })).json().items;
    expect(members).toContainEqual(
      expect.objectContaining({ ags: other, isMember: true, memberSince: '2026-05-10' }),
    );
    expect(JSON.stringify(members)).not.toContain('M. Berater');
  });

  it('accepts the signed agreement as PDF only, and only the municipality and the LPR download it', async () => {
    const [agreement] = (
      await as.admin!.request({ method: 'GET', url: `/api/network/${other}/agreements` })
    ).json().items;
    const upload = (bytes: Buffer, session: TestSession) => {
      const boundary = 'b0undary';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="vereinbarung.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return session.request({
        method: 'PUT',
        url: `/api/network/agreements/${agreement.id}/document`,
        payload,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
    };
    const notPdf = await upload(Buffer.from('PK\u0003\u0004 this is a zip'), as.admin!);
    expect(notPdf.statusCode).toBe(415);
    expect(notPdf.json().error.message).toContain('keine PDF-Datei');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    expect((await upload(pdf, as.admin!)).statusCode).toBe(200);
    const byMunicipality = await as.otherKommune!.request({
      method: 'GET',
      url: `/api/network/agreements/${agreement.id}/document`,
    });
    expect(byMunicipality.statusCode).toBe(200);
    expect(byMunicipality.rawPayload.equals(pdf)).toBe(true);
    expect(
      (await as.kommune!.request({ method: 'GET', url: `/api/network/agreements/${agreement.id}/document` }))
        .statusCode,
    ).toBe(403);
  });

  it('a coach adds a milestone to an engagement of an assigned municipality, not of another', async () => {
    const created = await as.admin!.request({
      method: 'POST',
      url: `/api/network/${OWN}/coaching`,
      payload: { coachName: 'C. Coach', year: 2026, topic: 'Gründung Präventionsrat', hours: 12.5 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const milestone = await as.coach!.request({
      method: 'PATCH',
      url: `/api/network/coaching/${id}`,
      payload: { milestones: [{ title: 'Auftaktsitzung', dueOn: '2026-06-01', doneOn: '2026-05-28' }] },
    });
    expect(milestone.statusCode, milestone.body).toBe(200);
    expect(milestone.json().milestones).toEqual([
      { title: 'Auftaktsitzung', dueOn: '2026-06-01', doneOn: '2026-05-28' },
    ]);
    // Fields not sent keep their values (the update schema has no defaults that would reset them).
    expect(milestone.json()).toMatchObject({
      hours: 12.5,
      coachName: 'C. Coach',
      topic: 'Gründung Präventionsrat',
    });
    const notes = await as.coach!.request({
      method: 'PATCH',
      url: `/api/network/coaching/${id}`,
      payload: { notes: 'Satzung im Entwurf.' },
    });
    expect(notes.json()).toMatchObject({ hours: 12.5, notes: 'Satzung im Entwurf.' });
    expect(notes.json().milestones).toHaveLength(1);

    const elsewhere = await as.admin!.request({
      method: 'POST',
      url: `/api/network/${other}/coaching`,
      payload: { coachName: 'C. Coach', year: 2026, topic: 'Sicherheitsanalyse' },
    });
    const refused = await as.coach!.request({
      method: 'PATCH',
      url: `/api/network/coaching/${elsewhere.json().id}`,
      payload: { hours: 3 },
    });
    expect(refused.statusCode).toBe(403);
    const members = (await app.inject({ method: 'GET', url: '/api/network/members' })).json().items;
    expect(members).toContainEqual(
      expect.objectContaining({ ags: OWN, coachedYears: expect.arrayContaining([2026]) }),
    );
  });

  it('council members are visible only to the council’s municipality and the LPR', async () => {
    for (const [ags, session] of [
      [OWN, as.kommune!],
      [other, as.otherKommune!],
    ] as const) {
      expect(
        (
          await session.request({
            method: 'PUT',
            url: `/api/network/${ags}/council`,
            payload: { name: 'Kriminalpräventiver Rat', foundedOn: '2025-11-01' },
          })
        ).statusCode,
      ).toBe(200);
      const member = await session.request({
        method: 'POST',
        url: `/api/network/${ags}/council/members`,
        payload: {
          name: `Erika Geheim ${ags}`,
          organisation: 'Polizeirevier',
          role: 'Polizei',
          email: 'erika@example.org',
        },
      });
      expect(member.statusCode, member.body).toBe(201);
    }
    const members = (path: string, session: TestSession) =>
      session.request({ method: 'GET', url: `/api/network/${path}/council/members` });
    const own = (await members(OWN, as.rat!)).json();
    expect(own.items.map((m: { name: string }) => m.name)).toContain(`Erika Geheim ${OWN}`);
    expect(JSON.stringify(own)).not.toContain(`Erika Geheim ${other}`);
    expect((await members(OWN, as.kommune!)).statusCode).toBe(200);

    expect((await as.rat!.request({ method: 'GET', url: `/api/network/${other}/council` })).statusCode).toBe(
      403,
    );
    expect((await members(other, as.rat!)).statusCode).toBe(403);
    expect(
      (await as.kommune!.request({ method: 'GET', url: `/api/network/${other}/council` })).statusCode,
    ).toBe(403);
    expect((await members(other, as.kommune!)).statusCode).toBe(403);
    // A coach reads the council (meetings, count) but never the members, not even of an assigned one.
    const coachView = await as.coach!.request({ method: 'GET', url: `/api/network/${OWN}/council` });
    expect(coachView.statusCode).toBe(200);
    expect(coachView.json()).toMatchObject({ memberCount: own.items.length });
    expect(coachView.json()).not.toHaveProperty('members');
    expect(coachView.body).not.toContain('Erika Geheim');
    expect((await members(OWN, as.coach!)).statusCode).toBe(403);
    // Nobody's council view carries the members: they come only from their own route.
    const ratView = await as.rat!.request({ method: 'GET', url: `/api/network/${OWN}/council` });
    expect(ratView.body).not.toContain('Erika Geheim');
    const lpr = (await members(other, as.admin!)).json();
    expect(lpr.items.map((m: { name: string }) => m.name)).toEqual([`Erika Geheim ${other}`]);

    const meeting = await as.kommune!.request({
      method: 'POST',
      url: `/api/network/${OWN}/council/meetings`,
      payload: {
        heldOn: '2026-06-12',
        agenda: 'Angsträume am Bahnhof',
        decisions: ['Begehung mit dem Ordnungsamt'],
        tasks: [{ text: 'Begehung planen', owner: 'Ordnungsamt', dueOn: '2026-07-01' }],
      },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);

    // A reactivation stands on the timeline next to the founding.
    const reactivated = await as.kommune!.request({
      method: 'PUT',
      url: `/api/network/${OWN}/council`,
      payload: { name: 'Kriminalpräventiver Rat', foundedOn: '2025-11-01', reactivatedOn: '2026-04-01' },
    });
    expect(reactivated.statusCode, reactivated.body).toBe(200);
    const timeline = (
      await as.kommune!.request({ method: 'GET', url: `/api/network/${OWN}/timeline` })
    ).json();
    expect(timeline.items).toContainEqual(
      expect.objectContaining({ kind: 'council', date: '2026-04-01', title: 'Präventionsrat reaktiviert' }),
    );
    expect(timeline.items).toContainEqual(
      expect.objectContaining({ kind: 'council', date: '2025-11-01', title: 'Präventionsrat gegründet' }),
    );
  });

  it('a citizen’s remark is routed, staff change its status, and another municipality sees nothing of it', async () => {
    const sent = await app.inject({
      method: 'POST',
      url: '/api/remarks',
      payload: {
        ags: OWN,
        category: 'angstraum',
        description: 'Die Unterführung am Bahnhof ist abends dunkel. Rufen Sie mich an: 0351 1234567',
        addressString: 'Bahnhofstraße',
        email: 'buerger@example.org',
        firstName: 'Bernd',
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const { publicId } = sent.json();
    expect(sent.json().agencyResponsible).toBe('Ordnungsamt und Kriminalpräventiver Rat');

    // The council's meeting view lists it among the open remarks.
    const council = (await as.rat!.request({ method: 'GET', url: `/api/network/${OWN}/council` })).json();
    expect(council.openRemarks.map((r: { publicId: string }) => r.publicId)).toContain(publicId);

    // Another municipality: neither the list nor the remark nor its dashboard.
    for (const session of [as.otherKommune!, as.otherRat!]) {
      const list = await session.request({ method: 'GET', url: '/api/remarks' });
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(publicId);
      expect((await session.request({ method: 'GET', url: `/api/remarks?ags=${OWN}` })).statusCode).toBe(403);
      expect((await session.request({ method: 'GET', url: `/api/remarks/${publicId}` })).statusCode).toBe(
        403,
      );
      expect(
        (await session.request({ method: 'GET', url: `/api/remarks/stats?ags=${OWN}` })).statusCode,
      ).toBe(403);
      expect((await session.request({ method: 'GET', url: '/api/remarks/export.csv' })).body).not.toContain(
        publicId,
      );
    }
    // Unpublished: not in the public list.
    expect((await app.inject({ method: 'GET', url: '/api/remarks/public' })).body).not.toContain(publicId);

    // Council members read it without the sender's contact data; the municipality handles it.
    const forRat = (await as.rat!.request({ method: 'GET', url: `/api/remarks/${publicId}` })).json();
    expect(forRat.reporter).toBeNull();
    expect(
      (
        await as.rat!.request({
          method: 'PATCH',
          url: `/api/remarks/${publicId}/status`,
          payload: { status: 'in_bearbeitung' },
        })
      ).statusCode,
    ).toBe(403);
    const forKommune = (await as.kommune!.request({ method: 'GET', url: `/api/remarks/${publicId}` })).json();
    expect(forKommune.reporter).toMatchObject({ email: 'buerger@example.org', firstName: 'Bernd' });

    const rejectWithoutReason = await as.kommune!.request({
      method: 'PATCH',
      url: `/api/remarks/${publicId}/status`,
      payload: { status: 'abgelehnt' },
    });
    expect(rejectWithoutReason.statusCode).toBe(400);
    expect(rejectWithoutReason.json().error.fields.statusNote).toContain('Ablehnung');
    const working = await as.kommune!.request({
      method: 'PATCH',
      url: `/api/remarks/${publicId}/status`,
      payload: { status: 'in_bearbeitung', statusNote: 'Begehung ist geplant.' },
    });
    expect(working.statusCode).toBe(200);
    await as.kommune!.request({
      method: 'PATCH',
      url: `/api/remarks/${publicId}/publication`,
      payload: { published: true, mediaApproved: false },
    });

    // The public status page: text with the phone number masked, no sender.
    const status = (await app.inject({ method: 'GET', url: `/api/remarks/public/${publicId}` })).json();
    expect(status).toMatchObject({ status: 'in_bearbeitung', statusNote: 'Begehung ist geplant.' });
    expect(status.description).not.toContain('1234567');
    expect(JSON.stringify(status)).not.toContain('buerger@example.org');

    // Dashboard and CSV for the LPR: counted by category and district; no contact data in the file.
    const stats = (await as.admin!.request({ method: 'GET', url: '/api/remarks/stats' })).json().items;
    expect(stats).toContainEqual(
      expect.objectContaining({ category: 'angstraum', status: 'in_bearbeitung', count: 1 }),
    );
    const csv = await as.admin!.request({ method: 'GET', url: '/api/remarks/export.csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(publicId);
    expect(csv.body).not.toContain('buerger@example.org');
    expect(csv.body).not.toContain('Bernd');
  });

  it('shows the demo network after start: a dozen members, councils, coaching, remarks and good practice', async () => {
    const members = (await app.inject({ method: 'GET', url: '/api/network/members' })).json().items as {
      ags: string;
      isDemo: boolean;
      isMember: boolean;
      council: unknown;
      coachedYears: number[];
    }[];
    const demo = members.filter((m) => m.isDemo && m.isMember);
    expect(demo.length).toBeGreaterThanOrEqual(13);
    expect(demo.filter((m) => m.council).length).toBeGreaterThanOrEqual(5);
    expect(demo.filter((m) => m.coachedYears.length > 0).length).toBeGreaterThanOrEqual(6);
    const timeline = (await as.admin!.request({ method: 'GET', url: `/api/network/${OWN}/timeline` })).json()
      .items;
    expect(new Set(timeline.map((e: { kind: string }) => e.kind))).toEqual(
      new Set(['consultation', 'agreement', 'coaching', 'council', 'membership']),
    );
    const published = (await app.inject({ method: 'GET', url: `/api/remarks/public?ags=${OWN}` })).json()
      .items;
    expect(published.length).toBeGreaterThanOrEqual(4);
    const practices = (await app.inject({ method: 'GET', url: '/api/network/good-practices' })).json().items;
    expect(practices.length).toBeGreaterThanOrEqual(1);
  });

  it('names the field of a bad remark and stores nothing', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/remarks',
      payload: { ags: OWN, category: 'laerm', description: 'kurz', lat: 91, long: 13.7 },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['category', 'description', 'lat']);
  });
});

describe(`knowledge exchange API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let dataDir: string;
  const as: Record<string, TestSession> = {};

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'asskomm-knowledge-'));
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_DATA_DIR: dataDir } });
    app = await buildTestApp(ctx);
    as.admin = await loginAs(app, ctx, { email: 'lpr@example.org', role: 'admin' });
    as.kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: OWN });
    as.rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: OWN });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists good practice only once the municipality shares it, and finds it by setting and evidence level', async () => {
    const practice = {
      title: 'Bürger für unsere saubere Stadt',
      summary: 'Kampagne gegen Graffiti und Vandalismus mit Schulen und Vereinen.',
      topic: 'Graffiti und Vandalismus',
      targetGroup: 'Jugendliche',
      setting: 'Nachbarschaft/Kommune',
      evidenceLevel: 1,
      contact: 'Ordnungsamt Musterstadt',
    };
    const created = await as.kommune!.request({
      method: 'POST',
      url: `/api/network/${OWN}/good-practices`,
      payload: practice,
    });
    expect(created.statusCode, created.body).toBe(201);
    const search = async (query: string) =>
      (
        (await app.inject({ method: 'GET', url: `/api/network/good-practices?${query}` })).json().items as {
          title: string;
        }[]
      ).map((p) => p.title);
    expect(await search('q=unsere saubere')).not.toContain(practice.title);
    const shared = await as.kommune!.request({
      method: 'PUT',
      url: `/api/network/${OWN}/good-practices/${created.json().id}`,
      payload: { ...practice, shared: true },
    });
    expect(shared.statusCode).toBe(200);
    expect(await search('q=unsere saubere')).toEqual([practice.title]);
    expect(await search('setting=Nachbarschaft%2FKommune&evidenceLevel=1')).toContain(practice.title);
    expect(await search('setting=Nachbarschaft%2FKommune&evidenceLevel=2')).not.toContain(practice.title);
    expect(await search('setting=Familie')).not.toContain(practice.title);
    expect(await search('q=%25')).toEqual([]); // a % is a character, not a wildcard
    const bad = await as.kommune!.request({
      method: 'POST',
      url: `/api/network/${OWN}/good-practices`,
      payload: { ...practice, evidenceLevel: 4, setting: 'Büro' },
    });
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['evidenceLevel', 'setting']);
  });

  it('keeps members-only documents from the public and refuses files that are neither PDF nor Office', async () => {
    const upload = (name: string, bytes: Buffer, visibility: string) => {
      const b = 'docb0undary';
      const field = (k: string, v: string) =>
        `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
      const payload = Buffer.concat([
        Buffer.from(
          field('title', `Leitfaden ${name}`) +
            field('category', 'Leitfäden') +
            field('visibility', visibility),
        ),
        Buffer.from(
          `--${b}\r\nContent-Disposition: form-data; name="datei"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${b}--\r\n`),
      ]);
      return as.admin!.request({
        method: 'POST',
        url: '/api/network/documents',
        payload,
        headers: { 'content-type': `multipart/form-data; boundary=${b}` },
      });
    };
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const open = await upload('oeffentlich.pdf', pdf, 'public');
    const internal = await upload('intern.pdf', pdf, 'members');
    expect(open.statusCode, open.body).toBe(201);
    expect(internal.statusCode).toBe(201);
    const exe = await upload('tool.pdf', Buffer.from('MZ\u0090\u0000 windows program'), 'public');
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.message).toContain('tool.pdf');

    const publicList = (await app.inject({ method: 'GET', url: '/api/network/documents' })).json().items;
    expect(publicList.map((d: { title: string }) => d.title)).toEqual(['Leitfaden oeffentlich.pdf']);
    expect(
      (await app.inject({ method: 'GET', url: `/api/network/documents/${internal.json().id}/file` }))
        .statusCode,
    ).toBe(404);
    const forRat = await as.rat!.request({
      method: 'GET',
      url: `/api/network/documents/${internal.json().id}/internal-file`,
    });
    expect(forRat.statusCode).toBe(200);
    expect(forRat.rawPayload.equals(pdf)).toBe(true);
  });

  it('fills an event to its capacity, puts the next on the waiting list and moves them up on a cancellation', async () => {
    const event = await as.admin!.request({
      method: 'POST',
      url: '/api/network/events',
      payload: {
        title: 'Netzwerktreffen Ost',
        startsAt: '2027-03-04T10:00:00+01:00',
        place: 'Bautzen',
        capacity: 1,
      },
    });
    expect(event.statusCode, event.body).toBe(201);
    const id = event.json().id;
    expect(
      (await as.kommune!.request({ method: 'POST', url: `/api/network/events/${id}/registration` })).json()
        .status,
    ).toBe('angemeldet');
    expect(
      (await as.rat!.request({ method: 'POST', url: `/api/network/events/${id}/registration` })).json()
        .status,
    ).toBe('warteliste');
    expect(
      (await as.rat!.request({ method: 'POST', url: `/api/network/events/${id}/registration` })).statusCode,
    ).toBe(409);
    expect(
      (await as.kommune!.request({ method: 'DELETE', url: `/api/network/events/${id}/registration` }))
        .statusCode,
    ).toBe(204);
    const list = (
      await as.admin!.request({ method: 'GET', url: `/api/network/events/${id}/registrations` })
    ).json().items;
    expect(list).toEqual([expect.objectContaining({ email: 'rat@example.org', status: 'angemeldet' })]);
    const mine = (await as.rat!.request({ method: 'GET', url: '/api/network/events' })).json().items;
    expect(mine).toContainEqual(
      expect.objectContaining({ id, registered: 1, waiting: 0, myStatus: 'angemeldet' }),
    );
  });
});
