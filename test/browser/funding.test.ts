import { join } from 'node:path';
import { type Actor, createUser, recordConsultation, SYSTEM_ACTOR } from '@asskomm/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserEnv,
  CAN_RUN_BROWSER,
  describeViolations,
  login,
  runAxe,
  SCREENSHOT_DIR,
  SKIP_BROWSER_REASON,
  startBrowserEnv,
} from './browser-harness';

const OWN = { ags: '14625020', name: 'Bautzen' };
const KOMMUNE = { email: 'praevention@bautzen.example', password: 'Browser-Kommune-2026!' };
const LPR: Actor = { id: 0, email: 'system', name: 'LPR', role: 'admin', ags: null, assignedAgs: [] };

const STEPS = [
  'Graffiti und Müll rund um den Bahnhof; 46 Hinweise 2025.',
  'Wenig Beleuchtung, kaum soziale Kontrolle am Abend.',
  'Sauberkeit und Sicherheitsgefühl verbessern; Zielgruppe Anwohnende und Schulen.',
  'Aktionstage mit Vereinen, Plakatkampagne, bessere Beleuchtung beantragen.',
  'Ordnungsamt koordiniert, März bis Oktober 2027.',
  'Befragung 2026 und 2028: Anteil „unsicher“ (SF01).',
  'Bericht an den Präventionsrat, Praxisbeispiel für die Allianz.',
];

/**
 * Acceptance of issue 13 in the browser: a municipality writes a project along the Beccaria steps and
 * submits an application inside the window (the server's clock is set to 15 September 2026), the LPR
 * approves it, and the municipality files the proof of use with a receipt. Every step: screenshot + axe.
 */
describe.skipIf(!CAN_RUN_BROWSER)('projects and funding in Chromium', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
    env.ctx.clock = () => new Date('2026-09-15T10:00:00+02:00');
    await createUser(env.ctx, SYSTEM_ACTOR, {
      ...KOMMUNE,
      role: 'kommune',
      ags: OWN.ags,
      name: 'Ordnungsamt Bautzen',
    });
    await recordConsultation(env.ctx, LPR, OWN.ags, {
      heldOn: '2026-05-12',
      advisor: 'Geschäftsstelle LPR',
      topic: 'Förderberatung Sauberkeit',
      notes: '',
      followUps: [],
    });
  });
  afterAll(async () => {
    await env?.close();
  });

  async function check(page: Page, name: string) {
    const violations = await runAxe(page);
    expect(violations, `${name}: ${describeViolations(violations)}`).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `funding-${name}.png`), fullPage: true });
  }

  it('project → application → approval → proof of use', async () => {
    const viewport = { width: 1280, height: 900 };
    const kommuneContext = await env.browser.newContext({ viewport, locale: 'de-DE', bypassCSP: true });
    const lprContext = await env.browser.newContext({ viewport, locale: 'de-DE', bypassCSP: true });
    const kommune = await kommuneContext.newPage();
    const lpr = await lprContext.newPage();

    // 1. The municipality writes its project along the seven Beccaria steps.
    await login(kommune, env.baseUrl, KOMMUNE);
    await kommune.goto(`${env.baseUrl}/projekte`);
    await kommune.getByText('Noch kein Projekt').waitFor();
    await kommune.getByRole('link', { name: 'Neues Projekt anlegen' }).click();
    await kommune.waitForURL(/\/projekte\/neu$/);
    await kommune.getByRole('button', { name: 'Projekt speichern' }).click();
    await kommune.getByText('Bitte einen Projekttitel angeben.').first().waitFor();
    await kommune.locator('#projekt-title').fill('Bürger für unsere saubere Stadt');
    const steps = [
      'problem',
      'ursachen',
      'ziele',
      'massnahmen',
      'durchfuehrung',
      'ueberpruefung',
      'schlussfolgerungen',
    ];
    for (const [i, step] of steps.entries()) await kommune.locator(`#projekt-steps-${step}`).fill(STEPS[i]!);
    await kommune.locator('#projekt-targetGroups').fill('Anwohnende\nSchulen');
    await kommune.locator('#projekt-partners').fill('Polizeirevier Bautzen\nHeimatverein');
    await kommune.getByRole('button', { name: 'Material hinzufügen' }).click();
    await kommune.locator('#projekt-material-0-title').fill('Plakat A1');
    await kommune.locator('#projekt-material-0-quantity').fill('200');
    await kommune.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
    await kommune.locator('#projekt-milestone-0-title').fill('Auftakt mit dem Präventionsrat');
    await check(kommune, '1-project-editor');
    await kommune.getByRole('button', { name: 'Projekt speichern' }).click();
    await kommune.waitForURL(/\/projekte\/\d+$/);
    await kommune.getByRole('heading', { name: 'Bürger für unsere saubere Stadt', level: 1 }).waitFor();
    await kommune.getByText(STEPS[5]!).waitFor();
    await kommune.getByText('Plakat A1 (200)').waitFor();
    await kommune.getByText('Auftakt mit dem Präventionsrat').waitFor();
    await check(kommune, '2-project-detail');

    // 2. An application for 2027 with its plan; the live hints name the broken rule until it is fixed.
    await kommune.locator('#antrag-jahr').selectOption('2027');
    await kommune.getByRole('button', { name: 'Förderantrag anlegen' }).click();
    await kommune.waitForURL(/\/foerderung\/antraege\/\d+$/);
    await kommune.getByRole('button', { name: 'Position hinzufügen' }).click();
    await kommune.locator('#plan-item-0-description').fill('Plakate und Flyer');
    await kommune.locator('#plan-item-0-category').selectOption('oeffentlichkeitsarbeit');
    await kommune.locator('#plan-item-0-amount').fill('20.000');
    await kommune.getByRole('button', { name: 'Position hinzufügen' }).click();
    await kommune.locator('#plan-item-1-description').fill('Moderation Aktionstage');
    await kommune.locator('#plan-item-1-category').selectOption('honorare');
    await kommune.locator('#plan-item-1-amount').fill('3.500');
    await kommune.locator('#plan-requestedCent').fill('23.500');
    await expect.poll(() => kommune.getByTestId('plan-total').textContent()).toBe('23.500,00 €');
    await kommune.getByText('Der Eigenanteil ist 0,00 %; mindestens 10 % der Ausgaben sind nötig.').waitFor();
    await kommune.getByText(/Die Zuwendung ist 100,00 % der förderfähigen Ausgaben/).waitFor();
    await check(kommune, '3-plan-hints');
    await kommune.locator('#plan-requestedCent').fill('21.150');
    await kommune.locator('#plan-ownCashCent').fill('1.350');
    await kommune.locator('#plan-ownInKindCent').fill('1.000');
    await kommune.getByText('Der Plan erfüllt die Förderregeln').waitFor();
    await kommune.getByRole('button', { name: 'Plan speichern' }).click();
    await kommune.getByText('Der Plan ist gespeichert.').waitFor();
    await kommune.getByText('Alle Regeln sind erfüllt.').waitFor();
    await kommune.getByRole('button', { name: 'Antrag einreichen' }).click();
    await kommune.getByText('Eingereicht am').waitFor();
    await expect
      .poll(() => kommune.locator('.app-badge').first().textContent())
      .toMatch(/Status: eingereicht/);
    await check(kommune, '4-submitted');

    // 3. The LPR reviews and approves it.
    await login(lpr, env.baseUrl);
    await lpr.goto(`${env.baseUrl}/foerderung`);
    // Großenhain's demo example has the same title: pick Bautzen's row.
    await lpr
      .locator('tr', { hasText: 'Bautzen' })
      .getByRole('link', { name: 'Bürger für unsere saubere Stadt' })
      .click();
    await lpr.getByRole('button', { name: 'Prüfung beginnen' }).click();
    await lpr.getByRole('heading', { name: 'Entscheidung (Bewilligungsbescheid)' }).waitFor();
    await lpr.locator('#entscheidung-datum').fill('2026-11-20');
    await lpr.locator('#entscheidung-auflagen').fill('Logo des Freistaats auf allen Druckerzeugnissen.');
    await check(lpr, '5-decision-form');
    await lpr.getByRole('button', { name: 'Bewilligung erteilen' }).click();
    await lpr.getByText('21.150,00 € am 20.11.2026').waitFor();
    await check(lpr, '6-approved');
    await lpr.goto(`${env.baseUrl}/foerderung`);
    await lpr.getByRole('heading', { name: 'Haushaltsmittel und Bewilligungen je Förderjahr' }).waitFor();
    const year = lpr.locator('tr', { has: lpr.locator('th', { hasText: '2027' }) });
    await expect.poll(() => year.textContent()).toMatch(/21\.150,00 €/);
    await check(lpr, '7-overview');

    // 4. The municipality calls the money and files the proof of use with a receipt.
    env.ctx.clock = () => new Date('2027-11-02T10:00:00+01:00');
    await kommune.reload();
    await kommune.locator('#abruf-betrag').fill('21.150');
    await kommune.getByRole('button', { name: 'Mittel abrufen' }).click();
    await kommune.getByText('abgerufen 21.150,00 €').waitFor();
    await kommune
      .locator('#nachweis-bericht')
      .fill('Zwei Aktionstage, 200 Plakate; Beschwerden am Bahnhof halbiert.');
    await kommune.getByRole('button', { name: 'Sachbericht speichern' }).click();
    await kommune.locator('#beleg-datum').fill('2027-04-02');
    await kommune.locator('#beleg-empfaenger').fill('Druckerei Muster');
    await kommune.locator('#beleg-zweck').fill('Plakate');
    await kommune.locator('#beleg-betrag').fill('19.000');
    await kommune.locator('#beleg-datei').setInputFiles({
      name: 'rechnung-druckerei.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await kommune.getByRole('button', { name: 'Beleg hinzufügen' }).click();
    await kommune.getByRole('link', { name: 'rechnung-druckerei.pdf' }).waitFor();
    await check(kommune, '8-proof');
    await kommune.getByRole('button', { name: 'Verwendungsnachweis einreichen' }).click();
    await kommune.getByText('19.000,00 € aus der Zuwendung verausgabt').waitFor();
    await expect
      .poll(() => kommune.locator('.app-badge').first().textContent())
      .toMatch(/Verwendungsnachweis eingereicht/);
    await check(kommune, '9-proof-submitted');

    // The LPR checks it: 2.150 € were not used and are claimed back.
    await lpr.goBack();
    await lpr.reload();
    await lpr.getByRole('button', { name: 'Nachweis geprüft' }).click();
    await lpr.getByText('2.150,00 €, offen').waitFor();
    await check(lpr, '10-repayment');

    await kommuneContext.close();
    await lprContext.close();
  });
});
