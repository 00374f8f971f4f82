// Issue 9, section 4 in Chromium: the letter preview asks for the public address (settings page) and a
// sender with a way to reach someone; letters can be downloaded again per batch; a second draw must be
// confirmed; a lost batch can be voided; monitoring shows each batch; the margins upload lists its codes
// and offers a template.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, berlinDate, createWave } from '@asskomm/core/surveys/waves';
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

const DISTRICTS = ['Altstadt', 'Nordviertel'];

function registerCsv(n: number): string {
  const lines = ['id;geburtsjahr;geschlecht;ortsteil;name;strasse;hausnummer;plz;ort'];
  for (let i = 1; i <= n; i++) {
    lines.push(
      `R${i};${1940 + (i % 60)};${i % 2 ? 'm' : 'w'};${DISTRICTS[i % 2]};Person ${i};Lindenstraße;${i};09999;Musterstadt`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe.skipIf(!CAN_RUN_BROWSER)('letters and sample in Chromium (issue 9)', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  let waveId: number;
  beforeAll(async () => {
    env = await startBrowserEnv();
    const today = berlinDate();
    const admin = {
      id: 0,
      email: 'test@example.org',
      name: 'Test',
      role: 'admin' as const,
      ags: null,
      assignedAgs: [],
    };
    const wave = await createWave(env.ctx, admin, {
      ags: '14999999',
      title: 'Briefe im Browser',
      fieldStart: addDays(today, 10),
      fieldEnd: addDays(today, 40),
      sampleSize: 8,
      config: { districts: DISTRICTS, localPlaces: [], enabledOptionalBlocks: [] },
    });
    waveId = wave.id;
  });
  afterAll(async () => {
    await env?.close();
  });

  const axeClean = async (page: Page, what: string) => {
    const violations = await runAxe(page);
    expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
  };

  it('asks for the public address and the sender, keeps the letters, confirms a second draw, voids a batch', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      acceptDownloads: true,
      bypassCSP: true,
    });
    const page = await context.newPage();
    await login(page, env.baseUrl);
    const section = (id: string) => page.goto(`${env.baseUrl}/befragungen/${waveId}/${id}`);

    // Without a public address the preview says so and links the settings page.
    await section('stichprobe');
    await page.getByText('Die öffentliche Adresse der Plattform fehlt').waitFor();
    await axeClean(page, 'sample section without address');
    await page.getByRole('link', { name: 'Einstellungen' }).first().click();
    await page.waitForURL(/\/einstellungen$/);
    await page.getByText('Keine öffentliche Adresse eingetragen').waitFor();
    await page.getByLabel('Öffentliche Adresse der Plattform').fill('sicherheit');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page
      .getByText(/vollständige Adresse mit https:\/\//)
      .first()
      .waitFor();
    await page.getByLabel('Öffentliche Adresse der Plattform').fill('https://sicherheit.musterstadt.example');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('sicherheit.musterstadt.example/befragung').waitFor();
    await axeClean(page, 'settings');

    // The preview shows the link; the sender lacks a street until it is entered.
    await section('stichprobe');
    await expect
      .poll(() => page.getByTestId('brief-link').textContent())
      .toBe('sicherheit.musterstadt.example/befragung');
    await page.getByText(/Bitte tragen Sie beim Absender noch ein: Straße und Hausnummer/).waitFor();
    await page.getByLabel('Straße und Hausnummer').fill('Markt 1');
    await page.getByLabel('Telefon').fill('09999 123-45');
    await page.getByRole('button', { name: 'Absender speichern' }).click();
    await page.getByText('Absender gespeichert.').waitFor();
    await expect
      .poll(() => page.getByTestId('brief-vorschau').textContent())
      .toContain('Telefon: 09999 123-45');
    await expect.poll(() => page.getByText('Bitte tragen Sie beim Absender noch ein').count()).toBe(0);
    await axeClean(page, 'sample section with preview');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'letters-preview.png'), fullPage: true });

    // First draw; the letters can be downloaded again afterwards.
    await page.locator('#stichprobe-file').setInputFiles({
      name: 'register.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(registerCsv(60)),
    });
    await page.getByRole('button', { name: 'Stichprobe ziehen und Briefe erzeugen' }).click();
    await page.getByText('Stichprobe gezogen, Briefe erzeugt').waitFor();
    const again = page.getByRole('link', { name: 'Einladungsbriefe erneut herunterladen' });
    await again.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), again.click()]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // A second draw needs the confirmation.
    await page.locator('#stichprobe-file').setInputFiles({
      name: 'register.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(registerCsv(60)),
    });
    await page.getByRole('button', { name: 'Weitere Stichprobe ziehen' }).click();
    await page
      .getByText('Bitte bestätigen Sie, dass Sie eine weitere Stichprobe ziehen möchten.')
      .first()
      .waitFor();
    await page.getByLabel(/zusätzlich zu den bisherigen 8 Anschreiben/).check();
    await page.getByRole('button', { name: 'Weitere Stichprobe ziehen' }).click();
    await page.getByText('Stichprobe gezogen, Briefe erzeugt').waitFor();
    await expect.poll(() => page.locator('[data-testid^="stichprobe-"]').count()).toBe(2);
    await axeClean(page, 'two batches');

    // The first batch's letters are lost: its codes become void.
    await page
      .getByRole('button', { name: /Codes dieser Stichprobe ungültig machen/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Codes ungültig machen', exact: true }).click();
    await page.getByText(/Als verloren gemeldet am .*: 8 unbenutzte Codes sind ungültig/).waitFor();

    // Monitoring: each batch on its own line.
    await section('ruecklauf');
    // The monitoring figures load after the page (slow on a busy machine): wait for the table first.
    await page.getByText('Rücklauf je Stichprobe').first().waitFor({ timeout: 30_000 });
    const batches = page.locator('table:has(caption:text("Rücklauf je Stichprobe")) tbody tr');
    await expect.poll(() => batches.count()).toBe(2);
    await expect.poll(() => batches.first().textContent()).toMatch(/als verloren gemeldet, 8 Codes ungültig/);
    await axeClean(page, 'monitoring with batches');

    // Weighting: the expected codes and the template.
    await section('gewichtung');
    await page.getByText('Erwartete Merkmale und Codes').waitFor();
    const ageTable = page.locator('table:has(caption:text("Altersgruppe (SD_ALTER)"))');
    await expect.poll(() => ageTable.locator('tbody tr').count()).toBe(7);
    await expect.poll(() => ageTable.locator('tbody tr').first().textContent()).toBe('116 bis 24 Jahre');
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Vorlage herunterladen (CSV)' }).click(),
    ]);
    const csv = readFileSync((await template.path())!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('variable;level;bezeichnung;count');
    expect(csv).toContain('SD_ORTSTEIL;2;Nordviertel;');
    await axeClean(page, 'weighting with codes');
    await context.close();
  });
});
