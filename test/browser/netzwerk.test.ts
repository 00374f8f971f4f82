import { join } from 'node:path';
import { createUser, SYSTEM_ACTOR } from '@asskomm/core';
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
  trackForeignRequests,
} from './browser-harness';

// Fictitious demo members (packages/core/src/network/demo/seed-demo-network.ts).
const DORNBACH = { ags: '14999003', name: 'Dornbach (Demodaten)' };
const MUSTERSTADT = '14999999';
const COACH = { email: 'coach@example.org', password: 'Coach-Browser-Test-2026!' };
const KOMMUNE = { email: 'ordnungsamt@musterstadt.example', password: 'Kommune-Browser-Test-2026!' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function axeClean(page: Page, what: string) {
  const violations = await runAxe(page);
  expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
}

/**
 * Issue 12 in Chromium: an LPR admin records a consultation and a cooperation agreement (with its PDF;
 * a wrong file is refused before anything is saved) and sees both on the timeline; a coach adds a
 * milestone to an assigned municipality's engagement and does not get council members' personal data.
 */
describe.skipIf(!CAN_RUN_BROWSER)('Netzwerk in Chromium', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
    await createUser(env.ctx, SYSTEM_ACTOR, {
      email: COACH.email,
      password: COACH.password,
      role: 'coach',
      name: 'Cora Coach',
      assignedAgs: [DORNBACH.ags],
    });
    await createUser(env.ctx, SYSTEM_ACTOR, {
      email: KOMMUNE.email,
      password: KOMMUNE.password,
      role: 'kommune',
      name: 'Ordnungsamt Musterstadt',
      ags: MUSTERSTADT,
    });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('an LPR admin records a consultation and an agreement with its PDF and sees them on the timeline', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      bypassCSP: true,
    });
    const page = await context.newPage();
    const foreign = trackForeignRequests(page, env.baseUrl);
    const shot = (name: string) =>
      page.screenshot({ path: join(SCREENSHOT_DIR, `netzwerk-admin-${name}.png`), fullPage: true });
    await login(page, env.baseUrl);

    // The overview is in the main navigation; the filters narrow the demo district's members.
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Netzwerk' })
      .click();
    await page.waitForURL(/\/netzwerk$/);
    const rows = page.locator('tbody tr[data-ags]');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(13);
    await page.locator('#netzwerk-art').selectOption('modell');
    await expect.poll(() => rows.count()).toBe(2); // Auenthal and Eichwalde am See are model municipalities
    await page.locator('#netzwerk-art').selectOption('');
    await page.locator('#netzwerk-suche').fill('Dornbach');
    await expect.poll(() => rows.count()).toBe(1);
    await axeClean(page, 'member overview');
    await shot('overview');
    await page.getByRole('link', { name: DORNBACH.name }).click();
    await page.waitForURL(new RegExp(`/netzwerk/${DORNBACH.ags}$`));
    await page.getByRole('heading', { name: `Mitgliedschaft ${DORNBACH.name}` }).waitFor();
    await page.getByText('Noch keine Beratungen').waitFor();

    // A consultation with one follow-up; the shared schema names a missing topic before anything is sent.
    await page.locator('#beratung-advisor').fill('Geschäftsstelle LPR (fiktiv)');
    await page.getByRole('button', { name: 'Beratung speichern' }).click();
    await expect.poll(() => page.locator('#beratung-topic-error').textContent()).toMatch(/Pflichtfeld/);
    await page.locator('#beratung-heldOn').fill('2026-11-20');
    await page.locator('#beratung-topic').fill('Gründung eines Präventionsrats');
    await page.locator('#beratung-notes').fill('Bürgermeisterin möchte den Rat 2027 gründen.');
    await page.getByRole('button', { name: 'Nächsten Schritt hinzufügen' }).click();
    await page.locator('#beratung-followUps-0-text').fill('Mustersatzung schicken');
    await page.locator('#beratung-followUps-0-dueOn').fill('2026-12-15');
    await page.getByRole('button', { name: 'Beratung speichern' }).click();
    await page.getByText('Die Beratung „Gründung eines Präventionsrats“ ist gespeichert.').waitFor();
    const timeline = page.locator('ol.app-timeline');
    await timeline.getByText('Beratung: Gründung eines Präventionsrats').waitFor();
    expect(await page.locator('[data-consultation]').textContent()).toMatch(
      /20\.11\.2026: Gründung eines Präventionsrats.*Mustersatzung schicken \(bis 15\.12\.2026\)/,
    );

    // The agreement: a file that is not a PDF (by its bytes, not its name) is refused and nothing is saved.
    await page.locator('#vereinbarung-signedOn').fill('2026-11-25');
    await page.locator('#vereinbarung-goals').fill('Präventionsrat gründen; Sicherheitsanalyse 2027.');
    await page.locator('#vereinbarung-datei').setInputFiles({
      name: 'vereinbarung.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('PK\u0003\u0004 not a pdf'),
    });
    await page.getByRole('button', { name: 'Vereinbarung speichern' }).click();
    await expect
      .poll(() => page.locator('#vereinbarung-datei-error').textContent())
      .toMatch(/„vereinbarung\.pdf“ ist keine PDF-Datei/);
    await axeClean(page, 'agreement form with a file error');
    await shot('agreement-file-error');
    const before = await page.request.get(`${env.baseUrl}/api/network/${DORNBACH.ags}/agreements`);
    expect((await before.json()).items).toEqual([]);

    // The signed PDF: saved with the agreement, listed for download, on the timeline.
    await page.locator('#vereinbarung-datei').setInputFiles({
      name: 'kooperationsvereinbarung.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByRole('button', { name: 'Vereinbarung speichern' }).click();
    await page.getByText('Die Kooperationsvereinbarung ist gespeichert.').waitFor();
    await timeline.getByText('Kooperationsvereinbarung unterzeichnet').waitFor();
    // The municipality's agreement date follows the newest agreement.
    await expect
      .poll(() => page.locator('#mitgliedschaft ~ dl').textContent())
      .toMatch(/Kooperationsvereinbarung vom25\.11\.2026/);
    const download = page.getByRole('link', { name: /Vereinbarung herunterladen \(PDF/ });
    await download.waitFor();
    const file = await page.request.get(`${env.baseUrl}${await download.getAttribute('href')}`);
    expect(file.status()).toBe(200);
    expect(Buffer.from(await file.body()).equals(PDF)).toBe(true);
    const kinds = await timeline
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
    expect(kinds.slice(0, 2)).toEqual(['agreement', 'consultation']); // newest first
    await axeClean(page, 'membership page');
    await shot('membership');

    // The admin sees the council members of Musterstadt (LPR).
    await page.goto(`${env.baseUrl}/netzwerk/${MUSTERSTADT}/praeventionsrat`);
    await page.getByRole('cell', { name: 'Polizeirevier Musterstadt' }).waitFor();
    await page.getByText('Angsträume am Bahnhof').first().waitFor();
    await axeClean(page, 'council page');
    await shot('council');

    // The knowledge exchange: the demo good practice is found by its setting and evidence level.
    await page.goto(`${env.baseUrl}/netzwerk/wissen`);
    await page.locator('#praxis-setting').selectOption('Nachbarschaft/Kommune');
    await page.locator('#praxis-stufe').selectOption('1');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('heading', { name: 'Saubere Altstadt (Demodaten)' }).waitFor();
    await page.locator('#praxis-stufe').selectOption('3');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByText('Kein Praxisbeispiel gefunden').waitFor();
    await page.getByRole('button', { name: /^Anmelden/ }).click();
    await page.getByText('Sie sind angemeldet.').waitFor();
    // The LPR adds a guide to the library and announces an event.
    await page.locator('#dokument-title').fill('Leitfaden Präventionsrat');
    await page.locator('#dokument-category').fill('Leitfäden');
    await page.locator('#dokument-datei').setInputFiles({
      name: 'leitfaden.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByRole('button', { name: 'Dokument hochladen' }).click();
    await page.getByText('„Leitfaden Präventionsrat“ ist in der Bibliothek.').waitFor();
    await page.getByRole('link', { name: 'Leitfaden Präventionsrat' }).waitFor();
    await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
    await expect.poll(() => page.locator('#veranstaltung-title-error').textContent()).toMatch(/Pflichtfeld/);
    await page.locator('#veranstaltung-title').fill('Fachtag Kommunale Prävention');
    await page.locator('#veranstaltung-startsAt').fill('2027-05-20T09:30');
    await page.locator('#veranstaltung-place').fill('Dresden');
    await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
    await page.getByRole('heading', { name: 'Fachtag Kommunale Prävention' }).waitFor();
    await axeClean(page, 'knowledge page');
    await shot('knowledge');

    expect(foreign).toEqual([]);
    await context.close();
  });

  it('a coach adds a milestone to an assigned engagement and sees no council members', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'de-DE',
      bypassCSP: true,
    });
    const page = await context.newPage();
    const shot = (name: string) =>
      page.screenshot({ path: join(SCREENSHOT_DIR, `netzwerk-coach-${name}.png`), fullPage: true });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await login(page, env.baseUrl, COACH);

    await page.goto(`${env.baseUrl}/netzwerk`);
    await page.getByRole('link', { name: 'Mein Coaching' }).click();
    await page.waitForURL(/\/netzwerk\/coaching$/);
    const section = page.locator(`section[data-ags="${DORNBACH.ags}"]`);
    const card = section.locator('article[data-coaching]').first();
    await card.waitFor();
    await card.getByLabel('Neuer Meilenstein').fill('Workshop mit dem Ordnungsamt');
    await card.getByLabel(/geplant bis/).fill('2027-02-15');
    await card.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
    await card.getByText('Workshop mit dem Ordnungsamt (geplant bis 15.02.2027)').waitFor();
    await card.getByLabel('Workshop mit dem Ordnungsamt (geplant bis 15.02.2027)').click();
    await card.getByText(/erledigt am \d\d\.\d\d\.\d{4}/).waitFor();
    const id = await card.getAttribute('data-coaching');
    const stored = await page.request.get(`${env.baseUrl}/api/network/${DORNBACH.ags}/coaching`);
    const engagement = (await stored.json()).items.find((e: { id: number }) => e.id === Number(id));
    expect(engagement.milestones.at(-1)).toMatchObject({
      title: 'Workshop mit dem Ordnungsamt',
      dueOn: '2027-02-15',
    });
    expect(engagement.milestones.at(-1).doneOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    await axeClean(page, 'coaching page');
    await shot('coaching');

    // Not assigned to Musterstadt: no forms there, and the council page shows no member's name.
    await page.goto(`${env.baseUrl}/netzwerk/${MUSTERSTADT}`);
    await page.getByRole('heading', { name: /Mitgliedschaft Musterstadt/ }).waitFor();
    await page.getByText('Erstberatung: Beitritt zur Allianz').first().waitFor();
    expect(await page.getByRole('button', { name: 'Beratung speichern' }).count()).toBe(0);
    await page.goto(`${env.baseUrl}/netzwerk/${MUSTERSTADT}/praeventionsrat`);
    await page.getByTestId('members-hidden').waitFor();
    expect(await page.getByTestId('members-hidden').textContent()).toMatch(/7 Mitglieder/);
    expect(await page.content()).not.toMatch(/Polizist|Bürgermeisterin M\. Muster/);
    expect(requested.filter((path) => path.includes('/council/members'))).toEqual([]);
    await axeClean(page, 'council page for a coach');
    await shot('council');
    await context.close();
  });

  it('a municipality records a council meeting with a task, shares a project, and sees no other membership', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      bypassCSP: true,
    });
    const page = await context.newPage();
    const shot = (name: string) =>
      page.screenshot({ path: join(SCREENSHOT_DIR, `netzwerk-kommune-${name}.png`), fullPage: true });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await login(page, env.baseUrl, KOMMUNE);

    // Its own council: the members (its own personal data) and a new meeting with a task.
    await page.goto(`${env.baseUrl}/netzwerk`);
    await page.getByRole('link', { name: 'Unsere Mitgliedschaft' }).waitFor();
    await page.goto(`${env.baseUrl}/netzwerk/${MUSTERSTADT}/praeventionsrat`);
    await page.getByRole('cell', { name: 'Polizeirevier Musterstadt' }).waitFor();
    await page.locator('#sitzung-heldOn').fill('2026-11-30');
    await page.locator('#sitzung-agenda').fill('1. Hinweis: Weg am Einkaufszentrum');
    await page.locator('#sitzung-decisions').fill('Beleuchtung prüfen lassen');
    await page.getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
    await page.getByRole('button', { name: 'Sitzung speichern' }).click();
    // The task needs its text and owner: the shared schema says so at both fields.
    await expect
      .poll(() => page.locator('#sitzung-tasks-0-owner-error').textContent())
      .toMatch(/Pflichtfeld/);
    await page.locator('#sitzung-tasks-0-text').fill('Begehung mit den Stadtwerken');
    await page.locator('#sitzung-tasks-0-owner').fill('Ordnungsamt');
    await page.locator('#sitzung-tasks-0-dueOn').fill('2026-12-20');
    await page.getByRole('button', { name: 'Sitzung speichern' }).click();
    await page.getByText('Die Sitzung ist gespeichert.').waitFor();
    const meeting = page.locator('[data-meeting]').first();
    await expect
      .poll(() => meeting.textContent())
      .toMatch(
        /Sitzung am 30\.11\.2026.*Beleuchtung prüfen lassen.*Begehung mit den Stadtwerken – Ordnungsamt, bis 20\.12\.2026/,
      );
    await axeClean(page, 'council page for the municipality');
    await shot('council');

    // A project of its own, shared with the alliance, is found in the library.
    await page.goto(`${env.baseUrl}/netzwerk/wissen`);
    await page.locator('#praxis-neu-title').fill('Licht an im Stadtpark (Demodaten)');
    await page
      .locator('#praxis-neu-summary')
      .fill('Gemeinsame Begehungen mit Jugendlichen; neue Leuchten an dunklen Wegen.');
    await page.locator('#praxis-neu-topic').fill('Angsträume');
    await page.locator('#praxis-neu-targetGroup').fill('Jugendliche');
    await page.locator('#praxis-neu-evidenceLevel').selectOption('2');
    await page.getByLabel('Mit den Partnern der Allianz teilen').last().check();
    await page.getByRole('button', { name: 'Praxisbeispiel speichern' }).click();
    await page.getByText('„Licht an im Stadtpark (Demodaten)“ ist gespeichert.').waitFor();
    await page.locator('#praxis-q').fill('Stadtpark');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('heading', { name: 'Licht an im Stadtpark (Demodaten)' }).waitFor();
    await axeClean(page, 'knowledge page for the municipality');
    await shot('knowledge');

    // Another municipality's membership: refused in the page, and nothing of it is asked for.
    await page.goto(`${env.baseUrl}/netzwerk/${DORNBACH.ags}`);
    await page.getByText('Keine Berechtigung').waitFor();
    expect(requested.filter((path) => path.startsWith(`/api/network/${DORNBACH.ags}`))).toEqual([]);
    await context.close();
  });
});
