import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/test-app';
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

// Issue 13: the public "Zahlen, Daten, Fakten" page shows the figures and follows a consultation created
// through the API; the LPR records attendance in the demo cohort and downloads the certificate; the staff
// dashboard drills down to the municipality; the participant opens their own page with the personal link.
const BAUTZEN = '14625020';
const PERSON = 'Clara Probe (fiktiv)'; // demo cohort: three of four modules attended

describe.skipIf(!CAN_RUN_BROWSER)('key figures and training in Chromium', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => {
    await env?.close();
  });
  const viewport = { width: 1280, height: 900 };
  const shot = (page: { screenshot(o: object): Promise<unknown> }, name: string) =>
    page.screenshot({ path: join(SCREENSHOT_DIR, `kennzahlen-${name}.png`), fullPage: true });
  const axeClean = async (page: Parameters<typeof runAxe>[0]) => {
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  };

  it('shows the public figures without login, and they follow a consultation created through the API', async () => {
    const context = await env.browser.newContext({ viewport, locale: 'de-DE', bypassCSP: true });
    const page = await context.newPage();
    const foreign = trackForeignRequests(page, env.baseUrl);
    await page.goto(`${env.baseUrl}/zahlen`);
    const advised = page.getByTestId('kennzahl-kommunen_beraten').locator('.app-figure__value');
    await expect.poll(() => advised.textContent()).toBe('0');
    await expect
      .poll(() => page.getByTestId('kennzahl-fachkraefte_qualifiziert').textContent())
      .toMatch(/^0Fachkräfte qualifiziert/);
    expect(await page.getByTestId('kennzahlen-stand').textContent()).toMatch(/^Stand: \d{2}\.\d{2}\.\d{4}$/);
    await axeClean(page);
    await shot(page, 'public-before');

    const admin = await loginAs(env.app, env.ctx, { email: 'lpr-api@example.org', role: 'admin' });
    const created = await admin.request({
      method: 'POST',
      url: `/api/network/${BAUTZEN}/consultations`,
      payload: { heldOn: '2026-03-10', advisor: 'Geschäftsstelle', topic: 'Erstberatung' },
    });
    expect(created.statusCode, created.body).toBe(201);
    await page.reload();
    await expect.poll(() => advised.textContent()).toBe('1');
    await expect.poll(() => page.getByTestId('kennzahlen-verlauf').textContent()).toContain('2026');
    await shot(page, 'public-after');

    // With demo data: the demo cohort's 20 Fachkräfte count.
    await page.getByRole('link', { name: /Mit Demodaten anzeigen/ }).click();
    await expect
      .poll(() =>
        page.getByTestId('kennzahl-fachkraefte_qualifiziert').locator('.app-figure__value').textContent(),
      )
      .toBe('20');
    await axeClean(page);
    await shot(page, 'public-demo');
    expect(foreign).toEqual([]);

    // On a phone: the figures stack, the trend table scrolls sideways and stays reachable by keyboard.
    await page.setViewportSize({ width: 390, height: 844 });
    await axeClean(page);
    await shot(page, 'public-phone');
    await context.close();
  });

  it('lets the LPR record attendance, download the certificate and drill down from the dashboard', async () => {
    const context = await env.browser.newContext({
      viewport,
      locale: 'de-DE',
      bypassCSP: true,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await login(page, env.baseUrl);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Qualifizierung' })
      .click();
    await page.waitForURL(/\/qualifizierung$/);
    await page.getByRole('link', { name: 'Beccaria-Durchgang 2025 (Demodaten)' }).waitFor();
    await axeClean(page);
    await shot(page, 'training');
    await page.getByRole('link', { name: 'Beccaria-Durchgang 2025 (Demodaten)' }).click();
    await page.waitForURL(/\/qualifizierung\/durchgaenge\/\d+$/);
    const row = page.getByRole('row', { name: new RegExp(PERSON.replace(/[()]/g, '\\$&')) });
    await expect.poll(() => row.textContent()).toContain('3 von 4');
    expect(await page.getByTestId('warteliste').locator('li').count()).toBe(2);
    await axeClean(page);
    await shot(page, 'cohort-before');

    await page.getByLabel(`${PERSON}, Projektbegleitung: anwesend`).click();
    await expect.poll(() => row.textContent()).toContain('abgeschlossen');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: /Zertifikat \(PDF\)/ }).click(),
    ]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    if (spawnSync('which', ['pdftotext']).status === 0) {
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain(PERSON);
      expect(text).toContain('Fachkraft für Kriminalprävention');
    }
    await shot(page, 'cohort-after');

    // A new personal link for the person; they open their own page without an account.
    await row.getByRole('button', { name: /Neuer Zugangslink/ }).click();
    const link = (await page.getByTestId('access-link').textContent())!.trim();
    expect(link).toMatch(/\/qualifizierung\/teilnahme#[\w-]{43}$/);
    const own = await (
      await env.browser.newContext({ viewport, locale: 'de-DE', bypassCSP: true })
    ).newPage();
    await own.goto(link);
    await own.getByText(PERSON).waitFor();
    await own.getByRole('button', { name: 'Zertifikat herunterladen (PDF)' }).waitFor();
    await axeClean(own);
    await shot(own, 'self');

    // Someone with a place withdraws (after confirming): the first on the waiting list moves up.
    await page.getByRole('button', { name: 'Zurückziehen (Anna Beispiel (fiktiv))' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anmeldung zurückziehen?' });
    await dialog.getByText('die erste Person der Warteliste rückt nach').waitFor();
    await axeClean(page);
    await dialog.getByRole('button', { name: 'Zurückziehen' }).click();
    await expect.poll(() => page.getByTestId('warteliste').locator('li').count()).toBe(1);
    await expect.poll(() => page.getByTestId('anwesenheit').textContent()).toContain('Hannes Probe (fiktiv)');
    expect(await page.getByTestId('anwesenheit').textContent()).not.toContain('Anna Beispiel (fiktiv)');
    await shot(page, 'cohort-withdrawn');

    // The dashboard: the consultation of the first test leads to Bautzen.
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Kennzahlen' })
      .click();
    await page.waitForURL(/\/kennzahlen$/);
    await page.getByRole('link', { name: 'Kommunen beraten' }).click();
    await page.waitForURL(/\/kennzahlen\/kommunen_beraten$/);
    const records = page.getByTestId('kennzahl-eintraege');
    await expect.poll(() => records.textContent()).toContain('Beratung: Erstberatung');
    await axeClean(page);
    await shot(page, 'drilldown');
    await records.getByRole('link', { name: 'Bautzen' }).click();
    await page.waitForURL(new RegExp(`/kommunen/${BAUTZEN}$`));

    // A new cohort through the form: the field errors first, then the cohort and a first enrolment.
    await page.goto(`${env.baseUrl}/qualifizierung`);
    await page.getByRole('button', { name: 'Durchgang anlegen' }).click();
    await expect.poll(() => page.getByText('Pflichtfeld').count()).toBeGreaterThan(0);
    await page.locator('#title').fill('Beccaria-Durchgang 2027');
    await page.locator('#startsOn').fill('2027-03-06');
    await page.locator('#capacity').fill('26');
    await page.getByRole('button', { name: 'Durchgang anlegen' }).click();
    await expect.poll(() => page.getByText('höchstens 25 Plätze je Durchgang').count()).toBeGreaterThan(0);
    await page.locator('#capacity').fill('1');
    await page.getByRole('button', { name: 'Durchgang anlegen' }).click();
    await page.waitForURL(/\/qualifizierung\/durchgaenge\/\d+$/);
    await page.getByText('Noch niemand angemeldet').waitFor();
    await page.locator('#teilnahme-name').fill('Erika Erfunden (fiktiv)');
    await page.locator('#teilnahme-email').fill('erika.erfunden@example.org');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByTestId('access-link').waitFor();
    await expect
      .poll(() => page.getByTestId('anwesenheit').textContent())
      .toContain('Erika Erfunden (fiktiv)');
    await axeClean(page);
    await shot(page, 'new-cohort');
    await context.close();
  });
});
