import { join } from 'node:path';
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

describe.skipIf(!CAN_RUN_BROWSER)('foundation in Chromium: login, search, detail, map', () => {
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
    it(`works end to end on ${viewport.name} (${viewport.width} px) with no axe violations and no third-party requests`, async () => {
      const context = await env.browser.newContext({ viewport, locale: 'de-DE', bypassCSP: true });
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        // 401s are expected here (visiting while signed out, the wrong password); Chromium logs them.
        if (m.type() === 'error' && !/status of 401/.test(m.text())) consoleErrors.push(m.text());
      });
      const foreign = trackForeignRequests(page, env.baseUrl);
      const shot = (name: string) =>
        page.screenshot({
          path: join(SCREENSHOT_DIR, `foundation-${viewport.name}-${name}.png`),
          fullPage: true,
        });
      const axeClean = async (what: string) => {
        const violations = await runAxe(page);
        expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
      };

      // Protected pages send an anonymous visitor to the login page.
      await page.goto(`${env.baseUrl}/kommunen`);
      await page.waitForURL(/\/anmelden/);
      await expect.poll(() => page.locator('h1').textContent()).toMatch(/Anmelden/);
      await axeClean('login');
      await shot('login');

      // A wrong password is refused with a message and no hint which part was wrong.
      await page.locator('#email').fill('admin@example.org');
      await page.locator('#password').fill('falsches-passwort');
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await expect
        .poll(() => page.getByText('E-Mail-Adresse oder Passwort ist falsch.').count())
        .toBeGreaterThan(0);
      await axeClean('login with error');

      await login(page, env.baseUrl);
      await page.goto(`${env.baseUrl}/kommunen`);
      await page.locator('#filter-q').fill('Großenhain');
      await page.locator('#filter-q').press('Enter');
      const row = page.getByRole('link', { name: /Großenhain/ }).first();
      await row.waitFor();
      await axeClean('list with search');
      await shot('list-search');

      await row.click();
      await page.waitForURL(/\/kommunen\/14627060/);
      await expect.poll(() => page.locator('h1').textContent()).toMatch(/Großenhain/);
      await page.locator('.app-map--small path').first().waitFor();
      await axeClean('detail');
      await shot('detail');

      await page.goto(`${env.baseUrl}/karte`);
      await page.locator('.app-map--large path').first().waitFor();
      await expect.poll(() => countMapAreas(page)).toBe(418);
      await expect.poll(() => page.getByText(/^418 Kommunen/).count()).toBe(1);
      await axeClean('map');
      await shot('map');

      expect(foreign).toEqual([]);
      expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
      await context.close();
    });
  }
});

/** ECharts draws one path per municipality; boundaries with holes or islands may add paths, so count distinct names. */
async function countMapAreas(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const res = await fetch('/api/geo/municipalities');
    const geo = (await res.json()) as { features: unknown[] };
    const g = globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } };
    // Each feature must have at least one path drawn.
    return g.document.querySelectorAll('.app-map--large path').length >= geo.features.length
      ? geo.features.length
      : -1;
  });
}
