import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CoreContext } from '@asskomm/core';
import { auditLog } from '@asskomm/db';
import { buildApp } from '@asskomm/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

// Training through the API: cohorts, the waiting list, attendance, completion, certificates, and the
// participant's own view through the personal access link. Personal data reaches only the LPR and the
// participant: not other roles, the audit log, the server log or the public figures.

const has = (tool: string) => spawnSync('which', [tool]).status === 0;
const HAS_POPPLER = has('pdftotext') && has('pdfinfo');
if (!HAS_POPPLER)
  console.warn('poppler-utils (pdftotext, pdfinfo) not installed: certificate PDF checks skipped');
const PERSON = { name: 'Frieda Fiktiv-Testperson', email: 'frieda.fiktiv@example.org' };

describe(`training API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let dir: string;
  const lines: string[] = [];
  const as: Record<string, TestSession> = {};
  let cohortId = 0;
  let moduleIds: number[] = [];
  const ids: number[] = [];
  let fullToken = '';

  const enrol = (name: string, email: string) =>
    as.admin!.request({
      method: 'POST',
      url: `/api/training/cohorts/${cohortId}/participants`,
      payload: { name, email, organisation: 'Stadtverwaltung (fiktiv)', ags: '14999999' },
    });
  const attend = (id: number, moduleId: number, attended = true) =>
    as.admin!.request({
      method: 'PUT',
      url: `/api/training/participants/${id}/attendance/${moduleId}`,
      payload: { attended },
    });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'asskomm-training-'));
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_LOG_LEVEL: 'debug' } });
    app = await buildApp(ctx, {
      logger: { level: 'debug', stream: { write: (line: string) => lines.push(line) } },
      webDist: '/nonexistent-web-dist',
    });
    as.admin = await loginAs(app, ctx, { email: 'lpr@example.org', role: 'admin' });
    as.coach = await loginAs(app, ctx, {
      email: 'coach@example.org',
      role: 'coach',
      assignedAgs: ['14999999'],
    });
    as.kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: '14999999' });
    as.rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: '14999999' });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a cohort over 25 places and a Beccaria cohort with other modules, naming the fields', async () => {
    const res = await as.admin!.request({
      method: 'POST',
      url: '/api/training/cohorts',
      payload: {
        course: 'beccaria',
        title: 'Zu groß',
        startsOn: '2027-02-01',
        capacity: 26,
        modules: [{ title: 'Nur eins' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.capacity).toMatch(/höchstens 25/);
    expect(res.json().error.fields.modules).toMatch(/Kriminologie, Kriminalprävention, Projektmanagement/);
    const degree = await as.admin!.request({
      method: 'POST',
      url: '/api/training/cohorts',
      payload: { course: 'praeventionsmanagement', title: 'Ohne Module', startsOn: '2027-02-01' },
    });
    expect(degree.statusCode).toBe(400);
    expect(degree.json().error.fields.modules).toMatch(/mindestens ein Modul/);
  });

  it('creates a Beccaria cohort with its four modules; only the LPR may', async () => {
    const payload = {
      course: 'beccaria',
      title: 'Durchgang 2027 (Test)',
      startsOn: '2027-02-01',
      capacity: 2,
    };
    for (const role of ['coach', 'kommune', 'rat']) {
      const refused = await as[role]!.request({ method: 'POST', url: '/api/training/cohorts', payload });
      expect(refused.statusCode, role).toBe(403);
    }
    const res = await as.admin!.request({ method: 'POST', url: '/api/training/cohorts', payload });
    expect(res.statusCode, res.body).toBe(201);
    const cohort = res.json();
    expect(cohort.modules.map((m: { title: string }) => m.title)).toEqual([
      'Kriminologie',
      'Kriminalprävention',
      'Projektmanagement',
      'Projektbegleitung',
    ]);
    cohortId = cohort.id;
    moduleIds = cohort.modules.map((m: { id: number }) => m.id);
  });

  it('fills the places, then the waiting list, and moves the first waiting person up on a withdrawal', async () => {
    for (const [i, [name, email]] of [
      [PERSON.name, PERSON.email],
      ['Bruno Beispiel (fiktiv)', 'bruno@example.org'],
      ['Carla Chiffre (fiktiv)', 'carla@example.org'],
      ['Dora Dummy (fiktiv)', 'dora@example.org'],
    ].entries()) {
      const res = await enrol(name!, email!);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().participant.status).toBe(i < 2 ? 'angemeldet' : 'warteliste');
      expect(res.json().participant.waitingPosition).toBe(i < 2 ? null : i - 1);
      expect(res.json().accessPath).toMatch(/^\/qualifizierung\/teilnahme#[A-Za-z0-9_-]{43}$/);
      ids.push(res.json().participant.id);
      if (i === 0) fullToken = res.json().accessPath.split('#')[1];
    }
    const twice = await enrol('Noch einmal', PERSON.email);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).not.toContain(PERSON.email);

    const withdraw = await as.admin!.request({
      method: 'POST',
      url: `/api/training/participants/${ids[1]}/withdraw`,
    });
    expect(withdraw.statusCode, withdraw.body).toBe(200);
    expect(withdraw.json().status).toBe('zurueckgezogen');
    const list = await as.admin!.request({
      method: 'GET',
      url: `/api/training/cohorts/${cohortId}/participants`,
    });
    const byId = new Map(list.json().items.map((p: { id: number }) => [p.id, p]));
    expect(byId.get(ids[2]!)).toMatchObject({ status: 'angemeldet', waitingPosition: null });
    expect(byId.get(ids[3]!)).toMatchObject({ status: 'warteliste', waitingPosition: 1 });
    const again = await as.admin!.request({
      method: 'POST',
      url: `/api/training/participants/${ids[1]}/withdraw`,
    });
    expect(again.statusCode).toBe(409);
    const summary = await as.kommune!.request({ method: 'GET', url: `/api/training/cohorts/${cohortId}` });
    expect(summary.json()).toMatchObject({ enrolled: 2, waiting: 1, capacity: 2 });
  });

  it('gives the last place to exactly one of several enrolments at once; the rest wait in order', async () => {
    const cohort = await as.admin!.request({
      method: 'POST',
      url: '/api/training/cohorts',
      payload: { course: 'beccaria', title: 'Ein Platz (Test)', startsOn: '2027-05-01', capacity: 1 },
    });
    const id = cohort.json().id;
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        as.admin!.request({
          method: 'POST',
          url: `/api/training/cohorts/${id}/participants`,
          payload: { name: `Person ${n} (fiktiv)`, email: `person${n}@example.org` },
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const list = await as.admin!.request({ method: 'GET', url: `/api/training/cohorts/${id}/participants` });
    const items: { id: number; status: string; waitingPosition: number | null }[] = list.json().items;
    expect(items.filter((p) => p.status === 'angemeldet')).toHaveLength(1);
    expect(items.filter((p) => p.status === 'warteliste').map((p) => p.waitingPosition)).toEqual([
      1, 2, 3, 4,
    ]);
    // A waiting person who withdraws frees no place: the others close up, nobody is enrolled.
    const second = items.find((p) => p.waitingPosition === 2)!;
    await as.admin!.request({ method: 'POST', url: `/api/training/participants/${second.id}/withdraw` });
    const after = await as.admin!.request({ method: 'GET', url: `/api/training/cohorts/${id}/participants` });
    const now: typeof items = after.json().items;
    expect(now.filter((p) => p.status === 'angemeldet')).toHaveLength(1);
    expect(now.filter((p) => p.status === 'warteliste').map((p) => p.waitingPosition)).toEqual([1, 2, 3]);
  });

  it('records attendance; the certificate needs all four modules and names the missing one', async () => {
    for (const moduleId of moduleIds.slice(0, 3))
      expect((await attend(ids[0]!, moduleId)).statusCode).toBe(200);
    const early = await as.admin!.request({
      method: 'GET',
      url: `/api/training/participants/${ids[0]}/certificate.pdf`,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe(
      'Das Zertifikat gibt es erst nach dem Besuch aller Module. Es fehlt: Projektbegleitung.',
    );
    const waiting = await attend(ids[3]!, moduleIds[0]!);
    expect(waiting.statusCode).toBe(409);
    expect(waiting.json().error.message).toMatch(/Warteliste/);
    const foreign = await attend(ids[0]!, 999_999);
    expect(foreign.statusCode).toBe(404);

    const last = await attend(ids[0]!, moduleIds[3]!);
    expect(last.json()).toMatchObject({ completed: true, attendedModuleIds: moduleIds });
    const undo = await attend(ids[0]!, moduleIds[3]!, false);
    expect(undo.json().completed).toBe(false);
    expect((await attend(ids[0]!, moduleIds[3]!)).json().completed).toBe(true);
  });

  it.skipIf(!HAS_POPPLER)(
    'renders the certificate as a tagged PDF with the name, course and modules',
    async () => {
      const res = await as.admin!.request({
        method: 'GET',
        url: `/api/training/participants/${ids[0]}/certificate.pdf`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="zertifikat-${cohortId}-${ids[0]}.pdf"`,
      );
      const file = path.join(dir, 'zertifikat.pdf');
      writeFileSync(file, res.rawPayload);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      for (const expected of [
        'Zertifikat',
        PERSON.name,
        'Fachkraft für Kriminalprävention (Beccaria-Qualifizierung)',
        'Durchgang 2027 (Test)',
        'Kriminologie',
        'Projektbegleitung',
        'Landespräventionsrat Sachsen',
      ])
        expect(text).toContain(expected);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      expect(fonts).toMatch(/FiraSans/);
    },
  );

  it('shows the participant their own record and certificate through the personal link only', async () => {
    const own = await app.inject({
      method: 'POST',
      url: '/api/public/training/self',
      payload: { token: fullToken },
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().participant).toMatchObject({ name: PERSON.name, email: PERSON.email, completed: true });
    expect(own.json().cohort.title).toBe('Durchgang 2027 (Test)');
    const pdf = await app.inject({
      method: 'POST',
      url: '/api/public/training/self/certificate',
      payload: { token: fullToken },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const wrong = await app.inject({
      method: 'POST',
      url: '/api/public/training/self',
      payload: { token: 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).not.toContain(PERSON.name);

    const renewed = await as.admin!.request({
      method: 'POST',
      url: `/api/training/participants/${ids[0]}/access-link`,
    });
    expect(renewed.statusCode).toBe(200);
    const old = await app.inject({
      method: 'POST',
      url: '/api/public/training/self',
      payload: { token: fullToken },
    });
    expect(old.statusCode).toBe(404);
    const fresh = renewed.json().accessPath.split('#')[1];
    const now = await app.inject({
      method: 'POST',
      url: '/api/public/training/self',
      payload: { token: fresh },
    });
    expect(now.json().participant.id).toBe(ids[0]);
  });

  it('keeps personal data from other roles, the audit log, the server log and the public figures', async () => {
    for (const role of ['coach', 'kommune', 'rat']) {
      const list = await as[role]!.request({
        method: 'GET',
        url: `/api/training/cohorts/${cohortId}/participants`,
      });
      expect(list.statusCode, role).toBe(403);
      const pdf = await as[role]!.request({
        method: 'GET',
        url: `/api/training/participants/${ids[0]}/certificate.pdf`,
      });
      expect(pdf.statusCode, role).toBe(403);
      const cohorts = await as[role]!.request({ method: 'GET', url: '/api/training/cohorts' });
      expect(cohorts.statusCode, role).toBe(200);
      expect(cohorts.body).toContain('Durchgang 2027 (Test)');
      expect(cohorts.body).not.toContain('Fiktiv');
      expect(cohorts.body).not.toContain('@example.org');
    }
    const anonymous = await app.inject({ method: 'GET', url: '/api/training/cohorts' });
    expect(anonymous.statusCode).toBe(401);

    const figures = await app.inject({ method: 'GET', url: '/api/public/kennzahlen?demodaten=ja' });
    expect(figures.json().fachkraefte_qualifiziert).toBeGreaterThanOrEqual(1);
    const drill = await as.coach!.request({
      method: 'GET',
      url: '/api/kennzahlen/fachkraefte_qualifiziert?demodaten=ja',
    });
    expect(drill.statusCode).toBe(200);
    expect(drill.json().items.some((r: { ags: string }) => r.ags === '14999999')).toBe(true);

    const audit = JSON.stringify(await ctx.db.select().from(auditLog));
    const log = lines.join('');
    for (const text of [figures.body, drill.body, audit, log]) {
      expect(text).not.toContain('Fiktiv-Testperson');
      expect(text).not.toContain('frieda.fiktiv');
      expect(text).not.toContain(fullToken);
    }
    expect(audit).toContain('training_participant');
  });
});
