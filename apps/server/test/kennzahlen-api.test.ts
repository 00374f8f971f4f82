import { type CoreContext, type FundingFigureRecord, seedDemoTraining } from '@asskomm/core';
import { municipalities } from '@asskomm/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import { waveInField } from './surveys-fixtures';

// "Zahlen, Daten, Fakten": every figure follows the records created through the API. Two real-looking
// municipalities (not demo) in the fictitious Musterkreis; the demo seed's records count only with
// demodaten=ja.
const A = '14999901';
const B = '14999902';

describe(`key figures API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  let coach: TestSession;
  let kommune: TestSession;
  const grants: FundingFigureRecord[] = [];

  const figures = async (demo = false) => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/public/kennzahlen${demo ? '?demodaten=ja' : ''}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const post = async (url: string, payload: unknown, method: 'POST' | 'PUT' = 'POST') => {
    const res = await admin.request({ method, url, payload: payload as object });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };

  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
    await ctx.db.insert(municipalities).values(
      [A, B].map((ags, i) => ({
        ags,
        name: `Prüfstadt ${i + 1}`,
        gemeindetyp: 'Stadt',
        kreisSchluessel: '14999',
        isDemo: false,
      })),
    );
    // The funding module's wiring point: its approved grants, here from the test.
    ctx.fundingFigures = async () => grants;
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'lpr@example.org', role: 'admin' });
    coach = await loginAs(app, ctx, { email: 'coach@example.org', role: 'coach', assignedAgs: [A] });
    kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: A });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('counts no demo records by default, and the demo seed with demodaten=ja', async () => {
    const real = await figures();
    expect(real).toMatchObject({
      demodaten: false,
      kommunen_beraten: 0,
      kooperationsvereinbarungen: 0,
      praeventionsraete: 0,
      foerdermittel_bewilligt_cent: 0,
      kommunen_gecoacht: { gesamt: 0, je_jahr: [] },
      fachkraefte_qualifiziert: 0,
      sicherheitsanalysen: 0,
      je_jahr: [],
    });
    expect(real.stand).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const demo = await figures(true);
    expect(demo.demodaten).toBe(true);
    expect(demo.kommunen_beraten).toBeGreaterThanOrEqual(1);
    expect(demo.praeventionsraete).toBeGreaterThanOrEqual(1);
    expect(demo.kommunen_gecoacht.gesamt).toBeGreaterThanOrEqual(1);
    expect(demo.sicherheitsanalysen).toBeGreaterThanOrEqual(1);
    // The demo cohort: 25 places taken, 2 waiting, 20 attended all four modules.
    expect(demo.fachkraefte_qualifiziert).toBe(20);
    await seedDemoTraining(ctx); // idempotent: a second start adds nothing
    const cohorts = await admin.request({ method: 'GET', url: '/api/training/cohorts' });
    expect(cohorts.json().items).toEqual([
      expect.objectContaining({ isDemo: true, enrolled: 25, waiting: 2, completed: 20, capacity: 25 }),
    ]);
  });

  it('follows consultations (per municipality), agreements, councils and coaching per year', async () => {
    await post(`/api/network/${A}/consultations`, {
      heldOn: '2025-03-10',
      advisor: 'LPR',
      topic: 'Erstberatung',
    });
    expect((await figures()).kommunen_beraten).toBe(1);
    await post(`/api/network/${A}/consultations`, {
      heldOn: '2026-01-10',
      advisor: 'LPR',
      topic: 'Förderung',
    });
    let now = await figures();
    expect(now.kommunen_beraten).toBe(1); // the same municipality counts once
    expect(
      now.je_jahr.map((y: { jahr: number; kommunen_beraten: number }) => [y.jahr, y.kommunen_beraten]),
    ).toEqual([
      [2025, 1],
      [2026, 1],
    ]);
    await post(`/api/network/${B}/consultations`, {
      heldOn: '2026-02-10',
      advisor: 'LPR',
      topic: 'Erstberatung',
    });
    expect((await figures()).kommunen_beraten).toBe(2);

    await post(`/api/network/${A}/agreements`, {
      signedOn: '2026-04-01',
      parties: ['Prüfstadt 1', 'Polizeidirektion'],
    });
    expect((await figures()).kooperationsvereinbarungen).toBe(1);

    await post(
      `/api/network/${B}/council`,
      { name: 'Präventionsrat Prüfstadt 2', foundedOn: '2026-05-01' },
      'PUT',
    );
    expect((await figures()).praeventionsraete).toBe(1);

    // The municipality's profile counts as well, once per municipality.
    const patch = async (ags: string, payload: object) => {
      const res = await admin.request({ method: 'PATCH', url: `/api/municipalities/${ags}`, payload });
      expect(res.statusCode, res.body).toBe(200);
    };
    await patch(B, { agreementDate: '2024-05-01' });
    await patch(A, {
      preventionCouncilName: 'Kriminalpräventiver Rat Prüfstadt 1',
      preventionCouncilFoundedOn: '2024-06-01',
    });
    now = await figures();
    expect(now.kooperationsvereinbarungen).toBe(2);
    expect(now.praeventionsraete).toBe(2);
    await patch(A, { agreementDate: '2026-04-01' }); // A has its agreement recorded already
    expect((await figures()).kooperationsvereinbarungen).toBe(2);

    await post(`/api/network/${A}/coaching`, { coachName: 'Coach', year: 2025, topic: 'Sicherheitsanalyse' });
    await post(`/api/network/${B}/coaching`, { coachName: 'Coach', year: 2026, topic: 'Präventionsrat' });
    await post(`/api/network/${A}/coaching`, { coachName: 'Coach', year: 2026, topic: 'Handlungskonzept' });
    now = await figures();
    expect(now.kommunen_gecoacht).toEqual({
      gesamt: 2,
      je_jahr: [
        { jahr: 2025, anzahl: 1 },
        { jahr: 2026, anzahl: 2 },
      ],
    });
  });

  it('counts a Fachkraft once all four Beccaria modules are attended, not a degree-course graduate', async () => {
    const cohort = await post('/api/training/cohorts', {
      course: 'beccaria',
      title: 'Durchgang Test',
      startsOn: '2026-01-10',
    });
    const { participant } = await post(`/api/training/cohorts/${cohort.id}/participants`, {
      name: 'Test Person (fiktiv)',
      email: 'person@example.org',
      ags: A,
    });
    const modules: { id: number }[] = cohort.modules;
    for (const m of modules.slice(0, 3))
      await post(
        `/api/training/participants/${participant.id}/attendance/${m.id}`,
        { attended: true },
        'PUT',
      );
    expect((await figures()).fachkraefte_qualifiziert).toBe(0);
    await post(
      `/api/training/participants/${participant.id}/attendance/${modules[3]!.id}`,
      { attended: true },
      'PUT',
    );
    expect((await figures()).fachkraefte_qualifiziert).toBe(1);

    const degree = await post('/api/training/cohorts', {
      course: 'praeventionsmanagement',
      title: 'Studiengang Test',
      startsOn: '2026-01-10',
      modules: [{ title: 'Grundlagen' }],
    });
    const student = await post(`/api/training/cohorts/${degree.id}/participants`, {
      name: 'Studi (fiktiv)',
      email: 's@example.org',
    });
    await post(
      `/api/training/participants/${student.participant.id}/attendance/${degree.modules[0].id}`,
      { attended: true },
      'PUT',
    );
    expect((await figures()).fachkraefte_qualifiziert).toBe(1);

    await post(`/api/training/participants/${participant.id}/withdraw`, {});
    expect((await figures()).fachkraefte_qualifiziert).toBe(0);
  });

  it('counts a survey wave as a Sicherheitsanalyse once it is evaluated', async () => {
    const { waveId } = await waveInField(ctx, { ags: A, codes: 1 });
    expect((await figures()).sicherheitsanalysen).toBe(0);
    await post(`/api/surveys/${waveId}/status`, { status: 'abgeschlossen' });
    expect((await figures()).sicherheitsanalysen).toBe(0);
    await post(`/api/surveys/${waveId}/status`, { status: 'ausgewertet' });
    expect((await figures()).sicherheitsanalysen).toBe(1);
  });

  it('takes the approved grants from the funding module, in exact cents', async () => {
    grants.push(
      {
        ags: A,
        municipalityName: 'Prüfstadt 1',
        jahr: 2021,
        datum: '2021-11-30',
        cent: 2_115_000,
        beschreibung: 'Kampagne',
      },
      {
        ags: B,
        municipalityName: 'Prüfstadt 2',
        jahr: 2026,
        datum: '2026-01-15',
        cent: 1,
        beschreibung: 'Projekt',
      },
    );
    // No write went through the API: the figure shows after the short cache ends or the next write.
    await post(`/api/network/${B}/consultations`, {
      heldOn: '2026-02-11',
      advisor: 'LPR',
      topic: 'Nachfrage',
    });
    const now = await figures();
    expect(now.foerdermittel_bewilligt_cent).toBe(2_115_001);
    expect(now.je_jahr.find((y: { jahr: number }) => y.jahr === 2021).foerdermittel_bewilligt_cent).toBe(
      2_115_000,
    );

    ctx.fundingFigures = undefined;
    await post(`/api/network/${B}/consultations`, {
      heldOn: '2026-02-12',
      advisor: 'LPR',
      topic: 'Nachfrage',
    });
    expect((await figures()).foerdermittel_bewilligt_cent).toBeNull();
  });

  it('lists the records behind a figure for staff, linked to municipalities, without people’s names', async () => {
    const res = await coach.request({ method: 'GET', url: '/api/kennzahlen/kommunen_beraten' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((r: { ags: string }) => r.ags).sort()).toEqual([A, A, B, B, B]);
    expect(items[0]).toMatchObject({ municipalityName: 'Prüfstadt 2', datum: '2026-02-12' });
    const qualified = await admin.request({
      method: 'GET',
      url: '/api/kennzahlen/fachkraefte_qualifiziert?demodaten=ja',
    });
    expect(qualified.body).not.toContain('fiktiv)');
    expect(
      (await kommune.request({ method: 'GET', url: '/api/kennzahlen/kommunen_beraten' })).statusCode,
    ).toBe(403);
    const bad = await coach.request({ method: 'GET', url: '/api/kennzahlen/unbekannt' });
    expect(bad.statusCode).toBe(400);
    const badQuery = await app.inject({ method: 'GET', url: '/api/public/kennzahlen?demodaten=vielleicht' });
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().error.fields.demodaten).toBeDefined();
  });
});
