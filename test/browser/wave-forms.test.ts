// Issue 10 in Chromium: the survey forms run on react-hook-form with the shared contracts schemas. The
// browser refuses what the API would refuse, with the API's words, at the field and in the summary; a
// valid form creates the wave, and the questionnaire and settings forms save.
import { join } from 'node:path';
import type { WaveDetail } from '@asskomm/contracts';
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

describe.skipIf(!CAN_RUN_BROWSER)('survey forms on the shared schemas (issue 10)', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('creates a wave after refusing a reversed period and duplicate districts, then saves its settings', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      bypassCSP: true,
    });
    const page = await context.newPage();
    await login(page, env.baseUrl);
    await page.goto(`${env.baseUrl}/befragungen/neu`);
    await page.getByLabel('Kommune').selectOption('14999999');
    await page.getByLabel('Titel').fill('Befragung aus dem Formular');
    await page.getByLabel('Beginn').fill('2027-05-10');
    await page.getByLabel(/^Ende/).fill('2027-05-01');
    await page.getByLabel('Ortsteile (einer je Zeile)').fill('Altstadt\naltstadt');
    await page.getByRole('button', { name: 'Befragung anlegen' }).click();

    const summary = page.locator('.app-error-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('Das Ende der Feldphase liegt vor ihrem Beginn.');
    await expect.poll(() => summary.textContent()).toContain('Ortsteile dürfen nicht doppelt vorkommen.');
    expect(await page.getByLabel(/^Ende/).getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'wave-form-errors.png'), fullPage: true });
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(page.url()).toContain('/befragungen/neu');

    await page.getByLabel(/^Ende/).fill('2027-06-14');
    await page.getByLabel('Ortsteile (einer je Zeile)').fill(' Altstadt \n\nNordviertel');
    await page.getByRole('button', { name: 'Befragung anlegen' }).click();
    await page.waitForURL(/\/befragungen\/\d+\/fragebogen$/);
    // The lines were trimmed and the empty one dropped before they went to the API.
    await expect
      .poll(() => page.getByLabel('Ortsteile (einer je Zeile)').inputValue())
      .toBe('Altstadt\nNordviertel');

    await page
      .getByLabel('Orte für die Frage nach unsicheren Orten (einer je Zeile)')
      .fill('Bahnhof\nStadtpark');
    await page.getByRole('button', { name: 'Fragebogen speichern' }).click();
    await expect.poll(() => page.getByText('Die Einstellungen sind gespeichert.').count()).toBe(1);

    const waveUrl = page.url().replace(/\/fragebogen$/, '');
    await page.goto(`${waveUrl}/feldphase`);
    await page.getByLabel('Stichprobengröße (Anzahl der Anschreiben)').fill('0');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect
      .poll(() => page.getByText('Die Stichprobengröße muss zwischen 1 und 100.000 liegen.').count())
      .toBe(2);
    await page.getByLabel('Stichprobengröße (Anzahl der Anschreiben)').fill('800');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => page.getByText('Gespeichert.', { exact: true }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'wave-settings-saved.png'), fullPage: true });

    // What the API stored is what the forms sent.
    const stored = (await page.evaluate(async (url) => {
      const id = url.split('/').pop();
      return (await fetch(`/api/surveys/${id}`)).json();
    }, waveUrl)) as WaveDetail;
    expect(stored.config.districts).toEqual(['Altstadt', 'Nordviertel']);
    expect(stored.config.localPlaces).toEqual(['Bahnhof', 'Stadtpark']);
    expect(stored.sampleSize).toBe(800);
    expect(stored.fieldEnd).toBe('2027-06-14');
    await context.close();
  });
});
