// Kriminalstatistik in Chromium: overview, a crime profile with chart and tables, the district map and the
// import (preview with errors, then a clean file committed), at 1280 and 390 px, with axe-core (WCAG 2.1 AA)
// and no third-party requests.
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

const HEADER = 'ags;jahr;schluessel;erfasste_faelle;versuche;aufgeklaerte_faelle;tatverdaechtige';

describe.skipIf(!CAN_RUN_BROWSER)('Kriminalstatistik in Chromium: profile, map, import', () => {
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
    it(`works end to end on ${viewport.name} (${viewport.width} px) with no axe violations`, async () => {
      const context = await env.browser.newContext({ viewport, locale: 'de-DE', bypassCSP: true });
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        // 401 before the login and the 422 of the rejected upload are expected; Chromium logs them.
        if (m.type() === 'error' && !/status of (401|422)/.test(m.text())) consoleErrors.push(m.text());
      });
      const foreign = trackForeignRequests(page, env.baseUrl);
      const shot = (name: string) =>
        page.screenshot({ path: join(SCREENSHOT_DIR, `pks-${viewport.name}-${name}.png`), fullPage: true });
      const axeClean = async (what: string) => {
        const violations = await runAxe(page);
        expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
      };
      const h1 = () => page.locator('h1').textContent();

      await login(page, env.baseUrl);

      // The navigation item leads to the module, no longer to the "in Vorbereitung" page.
      await page.goto(`${env.baseUrl}/kriminalstatistik`);
      await expect.poll(h1).toBe('Kriminalstatistik');
      await page.getByRole('link', { name: 'Leipzig, Stadt' }).waitFor();
      await expect.poll(() => page.getByText('In Vorbereitung').count()).toBe(0);
      await axeClean('overview');
      await shot('overview');

      // The demo town: overview table, chart with CI band, German wording, series breaks, attribution.
      await page.getByRole('link', { name: 'Musterstadt (Demodaten)' }).click();
      await page.waitForURL(/\/kriminalstatistik\/profil\/14999999/);
      await expect.poll(h1).toBe('Kriminalstatistik: Musterstadt (Demodaten)');
      await expect.poll(() => page.locator('.pks-chart svg path').count()).toBeGreaterThan(10);
      await page.getByRole('heading', { name: 'Hauptdeliktsgruppen 2025' }).waitFor();
      await page
        .getByText(/im Rahmen zufälliger Schwankung|Deutlich (gestiegen|gesunken)/)
        .first()
        .waitFor();
      await page
        .getByText(
          'Quelle: Bundeskriminalamt, Polizeiliche Kriminalstatistik (PKS), Berichtsjahre 2020 und 2022',
          { exact: false },
        )
        .first()
        .waitFor();
      const yearRows = page.locator('table:has(caption:text("Werte je Berichtsjahr")) tbody tr');
      await expect.poll(() => yearRows.count()).toBe(11);
      await axeClean('profile');
      await shot('profile');

      await page.locator('#pks-gruppe').selectOption('730000');
      await page
        .getByText(/Cannabisgesetz/)
        .first()
        .waitFor();
      await expect
        .poll(() => page.locator('caption', { hasText: 'Werte je Berichtsjahr: Rauschgiftdelikte' }).count())
        .toBe(1);
      await axeClean('profile, drug offences');

      // A district profile: position against Saxony, derived populations marked.
      await page.goto(`${env.baseUrl}/kriminalstatistik/profil/14625`);
      await expect.poll(h1).toBe('Kriminalstatistik: Bautzen');
      await page.getByText('(abgel.)').first().waitFor();
      await axeClean('district profile');

      // The district map with labels and a table alternative; a click on a district opens its profile.
      await page.goto(`${env.baseUrl}/kriminalstatistik/karte?schluessel=435*00&jahr=2020`);
      await expect.poll(h1).toBe('Karte der Kreise');
      await expect.poll(() => page.locator('.pks-map path').count()).toBeGreaterThan(12);
      await expect
        .poll(() => page.locator('table:has(caption:text("Häufigkeitszahl je Kreis")) tbody tr').count())
        .toBe(13);
      expect(await page.locator('#pks-karte-schluessel').inputValue()).toBe('435*00');
      await axeClean('map');
      await shot('map');

      // Import: a file with errors is shown with line, column and value, and nothing is offered to save.
      await page.goto(`${env.baseUrl}/kriminalstatistik/import`);
      await expect.poll(h1).toBe('Daten importieren');
      await page.getByRole('button', { name: 'Datei prüfen' }).click();
      await page.getByText('Wählen Sie eine Datei aus.').first().waitFor();
      await axeClean('import, form error');
      await page.locator('#pks-datei').setInputFiles({
        name: 'fehler.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${HEADER}\n14625020;2023;------;-4;1;1;1\n14625020;2023;99x000;3;1;1;1\n`),
      });
      await page.getByRole('button', { name: 'Datei prüfen' }).click();
      await page.getByText('Die Datei hat Fehler').waitFor();
      await expect
        .poll(() => page.locator('table:has(caption:text("Fehler")) tbody tr').first().textContent())
        .toContain('-4');
      await expect.poll(() => page.getByRole('button', { name: 'Jetzt importieren' }).count()).toBe(0);
      await axeClean('import, preview with errors');
      await shot('import-errors');

      // A clean file: preview, then commit; the profile then shows the imported years.
      const year = viewport.width > 1000 ? 2021 : 2022;
      await page.locator('#pks-datei').setInputFiles({
        name: `bautzen-${year}.csv`,
        mimeType: 'text/csv',
        buffer: Buffer.from(`${HEADER}\n14625020;${year};------;2510;180;1500;1100\n`),
      });
      await page.locator('#pks-quelle').fill(`Test ${viewport.name}`);
      await page.getByRole('button', { name: 'Datei prüfen' }).click();
      await page.getByText('Die Datei kann importiert werden').waitFor();
      await axeClean('import, clean preview');
      await shot('import-preview');
      await page.getByRole('button', { name: 'Jetzt importieren' }).click();
      await page.getByRole('heading', { name: 'Importiert' }).waitFor();
      await expect
        .poll(() => page.locator('table:has(caption:text("Importprotokoll")) tbody').textContent())
        .toContain(`bautzen-${year}.csv`);
      await axeClean('import done');

      await page.goto(`${env.baseUrl}/kriminalstatistik/profil/14625020`);
      await expect.poll(h1).toMatch(/^Kriminalstatistik: Bautzen/);
      await expect
        .poll(() => page.locator('table:has(caption:text("Werte je Berichtsjahr")) tbody').textContent())
        .toContain(String(year));

      // The municipality page links to its crime profile.
      await page.goto(`${env.baseUrl}/kommunen/14625020`);
      await page.getByRole('link', { name: /Kriminalitätsprofil von Bautzen/ }).click();
      await page.waitForURL(/\/kriminalstatistik\/profil\/14625020/);

      expect(foreign).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
