import { join } from 'node:path';
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

/**
 * The admin module "Befragungen" in Chromium: the finished Musterstadt demo wave's results (weighted
 * tables, breakdowns, brackets, n under each table), the monitoring chart with its table, and the free
 * texts shown escaped. axe-core must find nothing at 390 and 1280 px.
 */
describe.skipIf(!CAN_RUN_BROWSER)('Befragungen in Chromium: results of the Musterstadt demo wave', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => {
    await env?.close();
  });

  for (const viewport of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    it(`shows the weighted results on ${viewport.name} (${viewport.width} px) with no axe violations`, async () => {
      const context = await env.browser.newContext({ viewport, locale: 'de-DE', bypassCSP: true });
      const page = await context.newPage();
      const foreign = trackForeignRequests(page, env.baseUrl);
      const shot = (name: string) =>
        page.screenshot({
          path: join(SCREENSHOT_DIR, `befragungen-${viewport.name}-${name}.png`),
          fullPage: true,
        });
      const axeClean = async (what: string) => {
        const violations = await runAxe(page);
        expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
      };

      await login(page, env.baseUrl);
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });

      await page.goto(`${env.baseUrl}/befragungen`);
      const link = page.getByRole('link', { name: 'Bürgerbefragung Sicherheit 2026' });
      await link.waitFor();
      await expect.poll(() => page.getByText('Demodaten').count()).toBeGreaterThan(0);
      await axeClean('wave list');
      await shot('list');

      await link.click();
      await page.waitForURL(/\/befragungen\/\d+$/);
      // A finished wave opens on its results.
      await expect.poll(() => page.locator('#bereich-titel').textContent()).toBe('Ergebnisse');
      await page.locator('#ergebnis-SF01').waitFor();
      await expect.poll(() => page.getByText('Gewichtete Ergebnisse').count()).toBeGreaterThan(0);
      const sf01 = page.locator('.app-result', { has: page.locator('#ergebnis-SF01') });
      await expect.poll(() => sf01.locator('tbody tr').count()).toBe(4);
      await expect
        .poll(() => sf01.locator('.app-n').textContent())
        .toMatch(/Gültige Antworten: n = \d+ \(ungewichtet\)/);
      await expect
        .poll(() => sf01.textContent())
        .toMatch(/Mittelwert auf der Skala von 1 \(Sehr sicher\) bis 4/);
      // Every table has its unweighted n beneath.
      const tables = await page.locator('.app-result').count();
      expect(tables).toBeGreaterThan(40);
      expect(await page.locator('.app-result .app-n').count()).toBe(tables);
      await axeClean('results');
      await shot('results');

      // Breakdown by age group: small groups in brackets, explained in the legend.
      await page.locator('#ergebnisse-nach').selectOption('SD_ALTER');
      await page.waitForURL(/nach=SD_ALTER/);
      await page.locator('#ergebnisse-thema').selectOption('SF');
      const byAge = page.locator('.app-result--by', { has: page.locator('#ergebnis-SF01') });
      await expect.poll(() => byAge.locator('thead th').count()).toBe(9);
      await expect.poll(() => byAge.textContent()).toMatch(/\(\d+,\d %\)/);
      await expect.poll(() => page.locator('#ergebnisse-lesehilfe').count()).toBe(1);
      await axeClean('results by age group');
      await shot('results-by-age');

      // Monitoring: the chart and its table alternative.
      await page.getByRole('link', { name: 'Rücklauf' }).click();
      await page.locator('.app-chart svg').first().waitFor();
      expect(await page.locator('.app-chart').getAttribute('aria-label')).toMatch(/Eingänge je Tag/);
      await page.getByText('Eingänge je Tag als Tabelle').click();
      await expect.poll(() => page.locator('.app-scroll-table tbody tr').count()).toBe(42);
      await axeClean('monitoring');
      await shot('monitoring');

      // Free texts: personal data masked, HTML shown as text.
      await page.getByRole('link', { name: 'Freitexte' }).click();
      await page.locator('.app-free-texts__item').first().waitFor();
      const texts = (await page.locator('.app-free-texts__item').allTextContents()).join('\n');
      expect(texts).toContain('[E-Mail]');
      expect(texts).not.toContain('@example.org');
      expect(texts).toContain('<b>jetzt</b>');
      expect(await page.locator('.app-free-texts__item b').count()).toBe(0);
      await axeClean('free texts');

      await page.getByRole('link', { name: 'Export' }).click();
      const xlsx = page.getByRole('link', { name: 'Excel (XLSX) herunterladen' });
      expect(await xlsx.getAttribute('href')).toMatch(/\/api\/surveys\/\d+\/export\?format=xlsx$/);
      await axeClean('export');

      expect(foreign).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
