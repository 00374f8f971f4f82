import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FUNDING_STATUSES } from '@asskomm/contracts';
import { approvedFundingCentByYear, type CoreContext } from '@asskomm/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import { multipartBody } from './multipart-body';

// Projects and RL KommPräv funding through the API: each rule refused with its German explanation, and
// the whole way from the draft to the closed case, as the municipality and the LPR walk it.
const OWN = '14999999';
const OTHER = '14999998';

/** The day the test "is" (the application window for 2027 runs 31 Aug–15 Oct 2026). */
let today = '2026-09-15';

const STEPS = {
  problem: 'Vermüllung und Graffiti am Bahnhof.',
  ursachen: 'Wenig soziale Kontrolle am Abend.',
  ziele: 'Sauberkeit und Sicherheitsgefühl verbessern; Zielgruppe: Anwohnende.',
  massnahmen: 'Aktionstage, Plakatkampagne.',
  durchfuehrung: 'Ordnungsamt mit Vereinen, März bis Oktober.',
  ueberpruefung: 'Befragung 2026 und 2028 (SF01).',
  schlussfolgerungen: 'Bericht an den Präventionsrat.',
};

const PLAN = {
  items: [
    { category: 'oeffentlichkeitsarbeit', description: 'Plakate und Flyer', amountCent: 20_000_00 },
    { category: 'honorare', description: 'Moderation Aktionstage', amountCent: 3_500_00 },
  ],
  financing: { ownCashCent: 1_350_00, ownInKindCent: 1_000_00, thirdPartyCent: 0, requestedCent: 21_150_00 },
};

const HAS_PDFTOTEXT = spawnSync('which', ['pdftotext']).status === 0;
const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

describe(`projects and funding API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let dataDir: string;
  const as: Record<string, TestSession> = {};
  let projectId = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'asskomm-funding-'));
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_DATA_DIR: dataDir } });
    ctx.clock = () => new Date(`${today}T10:00:00+02:00`);
    const { municipalities } = await import('@asskomm/db');
    await ctx.db
      .insert(municipalities)
      .values({
        ags: OTHER,
        name: 'Beispieldorf (Demodaten)',
        gemeindetyp: 'Gemeinde',
        kreisSchluessel: '14999',
        isDemo: true,
      })
      .onConflictDoNothing();
    app = await buildTestApp(ctx);
    as.admin = await loginAs(app, ctx, { email: 'lpr@example.org', role: 'admin' });
    as.coach = await loginAs(app, ctx, { email: 'coach@example.org', role: 'coach', assignedAgs: [OWN] });
    as.kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: OWN });
    as.rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: OWN });
    as.otherKommune = await loginAs(app, ctx, { email: 'andere@example.org', role: 'kommune', ags: OTHER });
    // The LPR advised the municipality in spring (the precondition of every application).
    const consultation = await as.admin.request({
      method: 'POST',
      url: `/api/network/${OWN}/consultations`,
      payload: { heldOn: '2026-05-12', advisor: 'LPR', topic: 'Förderberatung Sauberkeit' },
    });
    expect(consultation.statusCode).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function newApplication(session: TestSession, plan: unknown = PLAN, pid = projectId) {
    const res = await session.request({
      method: 'POST',
      url: '/api/funding/applications',
      payload: { projectId: pid, fundingYear: 2027, plan },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; status: string; hints: { code: string }[] };
  }
  const step = (
    session: TestSession,
    id: number,
    action: string,
    payload?: unknown,
    method: 'POST' | 'PUT' = 'POST',
  ) =>
    session.request({ method, url: `/api/funding/applications/${id}/${action}`, payload: payload as object });

  it('a municipality writes a project along the seven Beccaria steps; only it and the LPR may change it', async () => {
    const res = await as.kommune!.request({
      method: 'POST',
      url: '/api/projects',
      payload: {
        ags: OWN,
        title: 'Bürger für unsere saubere Stadt',
        steps: STEPS,
        targetGroups: ['Anwohnende', 'Schulen'],
        partners: ['Polizeirevier', 'Heimatverein'],
        materials: [{ title: 'Plakat A1', kind: 'Druck', quantity: 200 }],
        milestones: [{ title: 'Auftakt', dueOn: '2027-03-01', doneOn: null }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    projectId = res.json().id;
    expect(res.json().steps.ueberpruefung).toBe(STEPS.ueberpruefung);

    const other = await as.otherKommune!.request({ method: 'GET', url: `/api/projects/${projectId}` });
    expect(other.statusCode).toBe(403);
    const rat = await as.rat!.request({ method: 'GET', url: `/api/projects/${projectId}` });
    expect(rat.statusCode).toBe(200);
    const ratWrite = await as.rat!.request({
      method: 'PUT',
      url: `/api/projects/${projectId}`,
      payload: { title: 'x' },
    });
    expect(ratWrite.statusCode).toBe(403);
    const foreign = await as.otherKommune!.request({
      method: 'POST',
      url: '/api/projects',
      payload: { ags: OWN, title: 'Fremd' },
    });
    expect(foreign.statusCode).toBe(403);

    const list = await as.otherKommune!.request({ method: 'GET', url: '/api/projects' });
    expect(list.json().items).toEqual([]);
    const own = await as.coach!.request({ method: 'GET', url: '/api/projects' });
    // The coach sees the assigned municipality's projects only (its demo projects included).
    const visible = own.json().items as { id: number; ags: string; stepsFilled: number }[];
    expect(visible.every((p) => p.ags === OWN)).toBe(true);
    expect(visible.find((p) => p.id === projectId)?.stepsFilled).toBe(7);

    const update = await as.kommune!.request({
      method: 'PUT',
      url: `/api/projects/${projectId}`,
      payload: {
        title: 'Bürger für unsere saubere Stadt',
        status: 'laufend',
        steps: STEPS,
        startsOn: '2027-03-01',
        endsOn: '2027-02-01',
      },
    });
    expect(update.statusCode).toBe(400);
    expect(update.json().error.fields.endsOn).toContain('vor dem Beginn');
  });

  it('refuses submission outside the window, naming the rule and the dates; nothing changes', async () => {
    const draft = await newApplication(as.kommune!);
    today = '2026-10-16';
    try {
      const res = await step(as.kommune!, draft.id, 'submit');
      expect(res.statusCode).toBe(422);
      const error = res.json().error;
      expect(error.code).toBe('FUNDING_OUTSIDE_WINDOW');
      expect(error.message).toContain('RL KommPräv Ziffer VI Nr. 2');
      expect(error.message).toContain('vom 31.08.2026 bis zum 15.10.2026');
      expect(error.message).toContain('am 16.10.2026 eingereicht');
      expect(error.details.violations[0].values).toMatchObject({
        submittedOn: '2026-10-16',
        fundingYear: 2027,
      });
    } finally {
      today = '2026-09-15';
    }
    const after = await as.kommune!.request({ method: 'GET', url: `/api/funding/applications/${draft.id}` });
    expect(after.json().status).toBe('entwurf');
    expect(after.json().submittedOn).toBeNull();
  });

  it('refuses an application without a prior LPR consultation', async () => {
    const project = await as.otherKommune!.request({
      method: 'POST',
      url: '/api/projects',
      payload: { ags: OTHER, title: 'Nachbarschaft', steps: STEPS },
    });
    const draft = await newApplication(as.otherKommune!, PLAN, project.json().id);
    expect(draft.hints.map((h) => h.code)).toEqual(['FUNDING_CONSULTATION_MISSING']);
    const res = await step(as.otherKommune!, draft.id, 'submit');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('FUNDING_CONSULTATION_MISSING');
    expect(res.json().error.message).toContain('Beratung durch die Geschäftsstelle des LPR');
    expect(res.json().error.message).toContain('15.09.2026');
  });

  it('refuses an own share under 10 % and investive items, each with its rule and amounts', async () => {
    const lowOwn = await newApplication(as.kommune!, {
      items: [{ category: 'sachmittel', description: 'Material', amountCent: 10_000_00 }],
      financing: { ownCashCent: 999_00, ownInKindCent: 0, thirdPartyCent: 1_00, requestedCent: 9_000_00 },
    });
    const own = await step(as.kommune!, lowOwn.id, 'submit');
    expect(own.statusCode).toBe(422);
    expect(own.json().error.code).toBe('FUNDING_OWN_SHARE_TOO_LOW');
    expect(own.json().error.message).toContain('Eigenanteil 999,00 € bei Ausgaben von 10.000,00 € (9,99 %)');

    const investive = await newApplication(as.kommune!, {
      items: [
        { category: 'oeffentlichkeitsarbeit', description: 'Plakate', amountCent: 1_000_00 },
        { category: 'investiv', description: 'Videokamera', amountCent: 4_000_00 },
      ],
      financing: { ownCashCent: 500_00, ownInKindCent: 0, thirdPartyCent: 0, requestedCent: 4_500_00 },
    });
    const res = await step(as.kommune!, investive.id, 'submit');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('FUNDING_INVESTIVE_ITEM');
    expect(res.json().error.message).toContain('„Videokamera“ (4.000,00 €)');
    // The grant is also over 90 % of the eligible 1.000 €: both rules are named at once.
    const codes = res.json().error.details.violations.map((v: { code: string }) => v.code);
    expect(codes).toEqual(['FUNDING_INVESTIVE_ITEM', 'FUNDING_GRANT_TOO_HIGH']);
  });

  it('walks an application from submission to the closed case, with every step checked', async () => {
    const draft = await newApplication(as.kommune!);
    expect(draft.hints).toEqual([]);

    // Money stays integer cents in JSON; a euro float is refused.
    const float = await step(
      as.kommune!,
      draft.id,
      'plan',
      { plan: { ...PLAN, financing: { ...PLAN.financing, requestedCent: 211.5 } } },
      'PUT',
    );
    expect(float.statusCode).toBe(400);

    const submitted = await step(as.kommune!, draft.id, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);

    // The application form is generated from the project and the plan.
    const form = await as.rat!.request({
      method: 'GET',
      url: `/api/funding/applications/${draft.id}/form.pdf`,
    });
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toBe('application/pdf');
    if (HAS_PDFTOTEXT) {
      const file = path.join(dataDir, 'antrag.pdf');
      writeFileSync(file, form.rawPayload);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Antrag auf Gewährung einer Zuwendung nach der RL KommPräv');
      expect(text).toContain(STEPS.problem);
      expect(text).toContain('Überprüfung der Zielerreichung');
      expect(text).toContain('Beantragte Zuwendung');
      expect(text).toContain('21.150,00 €');
      expect(text).toContain('90,00 %');
      expect(text).toContain('eingereicht am 15.09.2026');
    }
    expect(submitted.json()).toMatchObject({ status: 'eingereicht', submittedOn: '2026-09-15' });
    expect(submitted.json().consultation).toMatchObject({ heldOn: '2026-05-12' });

    const before = (
      await as.admin!.request({ method: 'GET', url: '/api/public/kennzahlen?demodaten=ja' })
    ).json();
    const realBefore = (await as.admin!.request({ method: 'GET', url: '/api/public/kennzahlen' })).json();
    expect(typeof before.foerdermittel_bewilligt_cent).toBe('number');
    // Only the LPR reviews and decides.
    expect((await step(as.kommune!, draft.id, 'review')).statusCode).toBe(403);
    const early = await step(as.admin!, draft.id, 'decision', {
      outcome: 'bewilligt',
      approvedCent: 1,
      decidedOn: '2026-11-01',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('FUNDING_STATUS_TRANSITION');
    expect(early.json().error.message).toContain('Status „eingereicht“');
    expect((await step(as.admin!, draft.id, 'review')).json().status).toBe('in_pruefung');

    const over = await step(as.admin!, draft.id, 'decision', {
      outcome: 'bewilligt',
      approvedCent: 21_150_01,
      decidedOn: '2026-11-20',
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.code).toBe('FUNDING_APPROVAL_OVER_REQUEST');
    expect(over.json().error.message).toContain(
      'bewilligt werden sollen 21.150,01 €, beantragt sind 21.150,00 €',
    );

    const approved = await step(as.admin!, draft.id, 'decision', {
      outcome: 'bewilligt',
      approvedCent: 21_150_00,
      decidedOn: '2026-11-20',
      conditions: 'Logo des Freistaats auf allen Druckerzeugnissen.',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().decision).toMatchObject({ approvedCent: 2_115_000, decidedOn: '2026-11-20' });
    // The key figures count the grant at once, in exact cents, in its funding year (Musterstadt is demo
    // data, so only the view with demo data shows it).
    const figures = await as.admin!.request({ method: 'GET', url: '/api/public/kennzahlen?demodaten=ja' });
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.json().foerdermittel_bewilligt_cent).toBe(before.foerdermittel_bewilligt_cent + 2_115_000);
    const real = await as.admin!.request({ method: 'GET', url: '/api/public/kennzahlen' });
    expect(real.json().foerdermittel_bewilligt_cent).toBe(realBefore.foerdermittel_bewilligt_cent);
    expect(approved.json().interimReport.dueOn).toBe('2028-04-30');

    // Calls for funds stay within the approval.
    today = '2027-03-01';
    expect((await step(as.kommune!, draft.id, 'calls', { amountCent: 15_000_00 })).statusCode).toBe(200);
    const tooMuch = await step(as.kommune!, draft.id, 'calls', { amountCent: 6_150_01 });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().error.code).toBe('FUNDING_CALL_OVER_APPROVAL');
    expect((await step(as.kommune!, draft.id, 'calls', { amountCent: 5_000_00 })).json().calledCent).toBe(
      20_000_00,
    );

    const interim = await step(as.kommune!, draft.id, 'interim-report', {
      text: 'Plakate gedruckt, zwei Aktionstage.',
    });
    expect(interim.json().interimReport).toMatchObject({ filedOn: '2027-03-01', overdue: false });

    // Proof of use: factual report, receipts with files (type and size checked).
    await step(
      as.kommune!,
      draft.id,
      'proof',
      { report: 'Alle Maßnahmen umgesetzt.', ownShareSpentCent: 2_350_00 },
      'PUT',
    );
    const r1 = await step(as.kommune!, draft.id, 'receipts', {
      paidOn: '2027-04-02',
      payee: 'Druckerei Meißner',
      purpose: 'Plakate',
      amountCent: 12_000_00,
    });
    const receiptId = r1.json().proof.receipts[0].id;
    const upload = await as.kommune!.request({
      method: 'PUT',
      url: `/api/funding/applications/${draft.id}/receipts/${receiptId}/file`,
      ...multipartBody({}, { field: 'datei', filename: 'rechnung.pdf', content: PDF }),
    });
    expect(upload.statusCode, upload.body).toBe(200);
    expect(upload.json().proof.receipts[0].document).toMatchObject({
      name: 'rechnung.pdf',
      type: 'application/pdf',
    });
    const text = await as.kommune!.request({
      method: 'PUT',
      url: `/api/funding/applications/${draft.id}/receipts/${receiptId}/file`,
      ...multipartBody({}, { field: 'datei', filename: 'rechnung.pdf', content: 'kein PDF' }),
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.message).toContain('weder PDF noch JPEG noch PNG');
    const big = await as.kommune!.request({
      method: 'PUT',
      url: `/api/funding/applications/${draft.id}/receipts/${receiptId}/file`,
      ...multipartBody(
        {},
        { field: 'datei', filename: 'gross.pdf', content: `%PDF-${'x'.repeat(5 * 1024 * 1024)}` },
      ),
    });
    expect(big.statusCode).toBe(413);
    const download = await as.rat!.request({
      method: 'GET',
      url: `/api/funding/applications/${draft.id}/receipts/${receiptId}/file`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe(PDF);

    // Receipts over the approval are refused, naming the sums.
    const r2 = await step(as.kommune!, draft.id, 'receipts', {
      paidOn: '2027-06-10',
      payee: 'Erika Muster',
      purpose: 'Moderation',
      amountCent: 9_150_01,
    });
    const overProof = await step(as.kommune!, draft.id, 'proof/submit');
    expect(overProof.statusCode).toBe(422);
    expect(overProof.json().error.code).toBe('FUNDING_PROOF_OVER_APPROVAL');
    expect(overProof.json().error.message).toContain(
      'summiert sich auf 21.150,01 €, bewilligt sind 21.150,00 €',
    );
    const secondId = r2.json().proof.receipts[1].id;
    await as.kommune!.request({
      method: 'DELETE',
      url: `/api/funding/applications/${draft.id}/receipts/${secondId}`,
    });
    await step(as.kommune!, draft.id, 'receipts', {
      paidOn: '2027-06-10',
      payee: 'Erika Muster',
      purpose: 'Moderation',
      amountCent: 3_000_00,
    });

    // The council reads the case, but not who was paid (payees can be private persons), and cannot file.
    const ratView = await as.rat!.request({ method: 'GET', url: `/api/funding/applications/${draft.id}` });
    expect(ratView.statusCode).toBe(200);
    expect(ratView.body).not.toContain('Erika Muster');
    expect(ratView.json().proof.receipts.every((r: { payee: unknown }) => r.payee === null)).toBe(true);
    expect((await step(as.rat!, draft.id, 'proof/submit')).statusCode).toBe(403);
    expect(
      (await as.otherKommune!.request({ method: 'GET', url: `/api/funding/applications/${draft.id}` }))
        .statusCode,
    ).toBe(403);

    today = '2028-02-01';
    const proof = await step(as.kommune!, draft.id, 'proof/submit');
    expect(proof.json()).toMatchObject({ status: 'nachweis_eingereicht', proof: { spentCent: 15_000_00 } });

    // 20.000 € paid out, 15.000 € spent: 5.000 € go back.
    const checked = await step(as.admin!, draft.id, 'proof/check');
    expect(checked.json()).toMatchObject({
      status: 'rueckforderung',
      repayment: { repaymentCent: 5_000_00 },
    });
    const closed = await step(as.admin!, draft.id, 'repayment', { repaidOn: '2028-03-01' });
    expect(closed.json()).toMatchObject({ status: 'abgeschlossen', closedOn: '2028-03-01' });

    // Sums per year: the LPR's overview and the figure for the public kennzahlen.
    await as.admin!.request({
      method: 'PUT',
      url: '/api/funding/budgets/2027',
      payload: { budgetCent: 140_000_00 },
    });
    const overview = await as.admin!.request({ method: 'GET', url: '/api/funding/overview' });
    expect(overview.json().items.find((y: { year: number }) => y.year === 2027)).toMatchObject({
      budgetCent: 140_000_00,
      approvals: 1,
      approvedCent: 21_150_00,
      calledCent: 20_000_00,
      repaymentCent: 5_000_00,
      remainingCent: 118_850_00,
    });
    expect((await as.kommune!.request({ method: 'GET', url: '/api/funding/overview' })).statusCode).toBe(403);
    expect((await approvedFundingCentByYear(ctx)).find((y) => y.year === 2027)).toEqual({
      year: 2027,
      approvedCent: 21_150_00,
    });

    const project = await as.rat!.request({ method: 'GET', url: `/api/projects/${projectId}` });
    expect(project.json().applications.map((a: { status: string }) => a.status)).toContain('abgeschlossen');
    today = '2026-09-15';
  });

  it('lists applications by role and refuses steps out of order', async () => {
    const kommune = await as.kommune!.request({ method: 'GET', url: '/api/funding/applications?year=2027' });
    expect(kommune.json().items.length).toBeGreaterThanOrEqual(4);
    expect(kommune.json().items.every((a: { ags: string }) => a.ags === OWN)).toBe(true);
    const foreign = await as.kommune!.request({
      method: 'GET',
      url: `/api/funding/applications?ags=${OTHER}`,
    });
    expect(foreign.statusCode).toBe(403);
    const admin = await as.admin!.request({ method: 'GET', url: '/api/funding/applications' });
    // The LPR sees every municipality's applications (the demo's included).
    const seen = new Set(admin.json().items.map((a: { ags: string }) => a.ags));
    expect(seen.has(OWN) && seen.has(OTHER)).toBe(true);
    // The demo seeds one application in every status.
    const statuses = new Set(
      admin
        .json()
        .items.filter((a: { isDemo: boolean }) => a.isDemo)
        .map((a: { status: string }) => a.status),
    );
    expect([...statuses].sort()).toEqual([...FUNDING_STATUSES].sort());
    const draft = await newApplication(as.kommune!);
    const proof = await step(as.kommune!, draft.id, 'proof/submit');
    expect(proof.statusCode).toBe(409);
    expect(proof.json().error.message).toContain(
      '„Verwendungsnachweis einreichen“ ist im Status „Entwurf“ nicht möglich',
    );
    expect((await step(as.kommune!, draft.id, 'withdraw')).json().status).toBe('zurueckgezogen');
  });
});
