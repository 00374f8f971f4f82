import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
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

/**
 * Report batches in the web app (issue 11): the administrator opens „Berichte für alle Kommunen“ from the
 * user menu, starts a batch, watches it finish (polling) and downloads the ZIP with one report per
 * municipality with data; the page passes axe-core.
 */
describe.skipIf(!CAN_RUN_BROWSER)('report batches in Chromium', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('starts a batch for all municipalities with data, shows its progress and offers the ZIP', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      bypassCSP: true,
    });
    const page = await context.newPage();
    await login(page, env.baseUrl);
    await page.getByRole('button', { name: /Benutzermenü/ }).click();
    await page.getByRole('link', { name: 'Berichte für alle Kommunen' }).click();
    await page.waitForURL(/\/auftraege$/);
    await page.getByText('Noch keine Aufträge. Starten Sie oben den ersten.').waitFor();
    let violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'jobs-empty.png'), fullPage: true });

    // No format: the page says so and sends nothing.
    await page.getByLabel('PDF (barrierearm)').uncheck();
    await page.getByRole('button', { name: 'Berichte für alle Kommunen erstellen' }).click();
    // The summary links the message to the first box; the message also stands under the legend.
    await page.getByRole('link', { name: 'Bitte mindestens ein Format wählen.' }).waitFor();
    await page.locator('#format-error').getByText('Bitte mindestens ein Format wählen.').waitFor();

    await page.getByLabel('HTML').check();
    await page.getByLabel('Datenanhang (XLSX)').check();
    await page.getByRole('button', { name: 'Berichte für alle Kommunen erstellen' }).click();
    const link = page.getByRole('link', { name: /^lageberichte-auftrag-\d+\.zip herunterladen$/ });
    await link.waitFor({ timeout: 120_000 });
    await expect
      .poll(() => page.getByText(/Lageberichte \(HTML, XLSX\): alle Kommunen mit Daten/).count())
      .toBe(1);
    violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'jobs-done.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const names = Object.keys(zip.files);
    expect(names).toContain('lagebericht-14999999.html');
    expect(names).toContain('lagebericht-14999999.xlsx');
    expect(names.length % 2).toBe(0);
    await context.close();
  }, 300_000);
});
