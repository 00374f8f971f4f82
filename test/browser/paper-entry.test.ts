// The survey forms on react-hook-form in Chromium (issue 10): the margins upload asks for a file in German
// and saves a CSV; paper questionnaires are entered with the keyboard alone (Enter moves on, Ctrl+Enter
// saves), checked while typing, and stored as the codes typed.
import { surveyResponses } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertWave } from '../../packages/core/test/surveys/results/analysis-helpers.ts';
import {
  type BrowserEnv,
  CAN_RUN_BROWSER,
  describeViolations,
  login,
  runAxe,
  SKIP_BROWSER_REASON,
  startBrowserEnv,
} from './browser-harness';

const MARGINS_CSV = [
  'variable;level;count',
  ...[1, 2, 3, 4, 5, 6, 7].flatMap((a) =>
    [1, 2, 3].map((s) => `SD_ALTER×SD_GESCHLECHT;${a}×${s};${s === 3 ? 10 : 1000 + a}`),
  ),
].join('\n');

describe.skipIf(!CAN_RUN_BROWSER)('survey forms in Chromium: margins upload and paper entry', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => {
    await env?.close();
  });

  const axeClean = async (page: Page, what: string) => {
    const violations = await runAxe(page);
    expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
  };
  const open = async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      bypassCSP: true,
    });
    const page = await context.newPage();
    await login(page, env.baseUrl);
    return { context, page };
  };

  it('margins: asks for the file, then uploads the CSV and shows the margins', async () => {
    const waveId = await insertWave(env.ctx, 'entwurf', 'Gewichtung im Browser');
    const { context, page } = await open();
    await page.goto(`${env.baseUrl}/befragungen/${waveId}/gewichtung`);
    const upload = page.getByRole('button', { name: 'Randverteilungen hochladen' });
    await upload.click();
    const missing = 'Bitte wählen Sie die CSV-Datei mit den Randverteilungen aus.';
    await page.getByRole('link', { name: missing }).waitFor();
    expect(await page.locator('#gewichtung-datei').getAttribute('aria-invalid')).toBe('true');
    await axeClean(page, 'margins upload with an error');

    await page.locator('#gewichtung-datei').setInputFiles({
      name: 'raender.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(MARGINS_CSV),
    });
    await page.getByText('Vorschau (21 Zeilen)').waitFor();
    await upload.click();
    await page.getByText('Die Randverteilungen sind gespeichert').waitFor({ timeout: 30_000 });
    await page.getByText('Altersgruppe × Geschlecht (zusammen 14.126 Personen)').waitFor();
    expect(await page.getByText(missing).count()).toBe(0);
    await context.close();
  });

  it('paper entry: keyboard only, checked while typing, saved as the codes typed', async () => {
    const waveId = await insertWave(env.ctx, 'feldphase', 'Papierbögen im Browser');
    const { context, page } = await open();
    await page.goto(`${env.baseUrl}/befragungen/${waveId}/papierboegen`);
    const first = page.locator('#erfassung-WG01');
    await first.waitFor();
    const enabled = () =>
      page.$$eval('.app-entry__input:not(:disabled)', (inputs) => inputs.map((input) => input.id));

    // Checked while typing, in German, at the field; the summary waits for saving.
    await first.focus();
    await page.keyboard.type('7');
    await page.getByText(/7 gibt es hier nicht\. Erlaubt: /).waitFor();
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(/Es gibt (ein|\d+) Problem/).count()).toBe(0);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('2');
    await expect.poll(() => first.getAttribute('aria-invalid')).toBeNull();

    // Enter moves to the next field that is asked.
    const ids = await enabled();
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe(
      ids[ids.indexOf('erfassung-WG01') + 1],
    );
    await page.locator('#erfassung-SF01').focus();
    await page.keyboard.type('3');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Bogen gespeichert – 1 in dieser Sitzung').waitFor({ timeout: 30_000 });
    const rows = await env.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.waveId, waveId));
    expect(rows.map((r) => [r.mode, r.values])).toEqual([['papier', { WG01: 2, SF01: 3 }]]);
    // Ready for the next sheet: empty, the focus on the first field.
    await expect
      .poll(() => page.evaluate<string | undefined>('document.activeElement?.id'))
      .toBe((await enabled())[0]);
    expect(await first.inputValue()).toBe('');

    // An empty sheet is refused by the summary, which takes the focus.
    await page.keyboard.press('Control+Enter');
    await page.getByText('Der Bogen ist leer: Bitte mindestens eine Antwort eingeben.').waitFor();
    await expect
      .poll(() => page.evaluate<boolean>("document.activeElement?.classList.contains('app-error-summary')"))
      .toBe(true);
    await axeClean(page, 'paper entry with the summary');
    expect(await env.ctx.db.$count(surveyResponses, eq(surveyResponses.waveId, waveId))).toBe(1);
    await context.close();
  });
});
