// The citizen's path through the public survey form in Chromium: code → questionnaire → save → resume →
// submit → a second submission refused; axe-core on every page; the whole questionnaire by keyboard alone;
// screenshots at 390 and 1280 px (test-results/screenshots/befragung-*.png).
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waveInField } from '../../apps/server/test/surveys-fixtures';
import {
  type BrowserEnv,
  CAN_RUN_BROWSER,
  describeViolations,
  runAxe,
  SCREENSHOT_DIR,
  SKIP_BROWSER_REASON,
  startBrowserEnv,
  trackForeignRequests,
} from './browser-harness';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const HOSTILE_TEXT =
  '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> Unterführung & „dunkel“';

interface Tab {
  page: Page;
  foreign: string[];
  errors: string[];
}

async function openTab(env: BrowserEnv, context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Expected answers of the API, which Chromium logs: 401 (/api/auth/me for citizens), and here the
    // deliberately wrong code (404), the tampered answer (400) and the used code (410).
    if (m.type() === 'error' && !/status of (401|404|400|410)/.test(m.text())) errors.push(m.text());
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { page, foreign: trackForeignRequests(page, env.baseUrl), errors };
}

async function axeClean(page: Page, what: string) {
  const violations = await runAxe(page);
  expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
}

/** The whole page, and what the first screen shows (easier to look at on a phone-sized viewport). */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `befragung-${name}-screen.png`) });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `befragung-${name}.png`), fullPage: true });
}

const pageTitle = (page: Page) => page.locator('.befragung-survey .sd-page__title').first().innerText();
const progressText = (page: Page) => page.locator('label[for="befragung-fortschritt"]').innerText();

async function waitForNewPage(page: Page, before: string) {
  await expect.poll(() => progressText(page), { timeout: 10_000 }).not.toBe(before);
}

/** Answers every question on the current page with the mouse (first answer; text into text fields). */
async function answerWithMouse(page: Page, text: string) {
  const survey = page.locator('.befragung-survey .sd-page');
  const radioNames = await survey
    .locator('input[type=radio]')
    .evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as unknown as { name: string }).name))]);
  for (const name of radioNames) {
    const first = survey.locator(`input[type=radio][name="${name}"]`).first();
    if (await first.isChecked()) continue;
    await survey.locator(`label:has(input[type=radio][name="${name}"])`).first().click();
    expect(await first.isChecked(), name).toBe(true);
  }
  const checkboxGroups = await survey.locator('fieldset:has(input[type=checkbox])').count();
  for (let i = 0; i < checkboxGroups; i++) {
    const group = survey.locator('fieldset:has(input[type=checkbox])').nth(i);
    const first = group.locator('input[type=checkbox]').first();
    if (await first.isChecked()) continue;
    await group.locator('label:has(input[type=checkbox])').first().click();
    expect(await first.isChecked()).toBe(true);
  }
  const textareas = await survey.locator('textarea').count();
  for (let i = 0; i < textareas; i++) await survey.locator('textarea').nth(i).fill(text);
  const selects = await survey.locator('select').count();
  for (let i = 0; i < selects; i++) await survey.locator('select').nth(i).selectOption({ index: 1 });
}

async function next(page: Page) {
  const before = await progressText(page);
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await waitForNewPage(page, before);
}

async function enterCode(page: Page, code: string) {
  await page.locator('#zugangscode').fill(code);
  await page.getByRole('button', { name: 'Fragebogen öffnen' }).click();
  await expect
    .poll(() => page.locator('.befragung-survey .sd-page__title').count(), { timeout: 20_000 })
    .toBe(1);
}

async function responses(env: BrowserEnv, waveId: number) {
  const r = (await env.ctx.db.execute(
    // Answers wait in the inbox until a batch is moved into survey_responses (response-inbox.ts).
    `select values from survey_responses where wave_id = ${waveId}
     union all select values from survey_response_inbox where wave_id = ${waveId}`,
  )) as unknown as { rows: { values: Record<string, unknown> }[] };
  return r.rows.map((row) => row.values);
}

describe.skipIf(!CAN_RUN_BROWSER)('citizen survey form in Chromium', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  let waveId: number;
  let codes: string[];
  beforeAll(async () => {
    env = await startBrowserEnv();
    ({ waveId, codes } = await waveInField(env.ctx, { codes: 5, title: 'Bürgerbefragung 2026' }));
  });
  afterAll(async () => {
    await env?.close();
  });

  it('code → questionnaire → save → resume → submit; a second submission is refused; axe on every page (390 px)', async () => {
    const code = codes[0]!;
    const context = await env.browser.newContext({ viewport: PHONE, locale: 'de-DE', bypassCSP: true });
    const tab = await openTab(env, context);
    const { page } = tab;

    // The code page, then a code that cannot be right: error at the field and summarised at the top.
    await page.goto(`${env.baseUrl}/befragung`);
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/Bürgerbefragung zur Sicherheit/);
    await axeClean(page, 'code page');
    await shot(page, '390-01-code');
    await page.locator('#zugangscode').fill('ABCD-EFGH-IJK');
    await page.getByRole('button', { name: 'Fragebogen öffnen' }).click();
    await expect
      .poll(() => page.locator('.app-error-summary').innerText())
      .toMatch(/keine Eins und kein I oder L/);
    expect(await page.locator('#zugangscode').getAttribute('aria-invalid')).toBe('true');
    await axeClean(page, 'code page with error');
    await shot(page, '390-02-code-error');
    await page.locator('#zugangscode').fill('ABCD-EFGH-JKMN');
    await page.getByRole('button', { name: 'Fragebogen öffnen' }).click();
    await expect.poll(() => page.locator('#zugangscode-error').innerText()).toMatch(/keine Befragung/);

    // The real code, typed as people do: lower case, spaces.
    await enterCode(page, code.toLowerCase().replace(/-/g, ' '));
    expect(await pageTitle(page)).toBe('Ihre Wohngegend');
    let number = 1;
    const seen: string[] = [];
    let resumed = false;
    for (;;) {
      const title = await pageTitle(page);
      seen.push(title);
      const progress = await progressText(page);
      expect(progress).toMatch(new RegExp(`^Seite ${number} von \\d+: `));
      await axeClean(page, `page ${number} (${title})`);
      await answerWithMouse(page, HOSTILE_TEXT);
      await shot(page, `390-p${String(number).padStart(2, '0')}`);
      await axeClean(page, `page ${number} answered`);

      if (title.startsWith('Orte, an denen') && !resumed) {
        // Save, leave, come back with the code: same page, same answers, the text still plain text.
        await page.getByRole('button', { name: 'Speichern und später fortsetzen' }).click();
        await expect
          .poll(() => page.locator('.befragung-save__status').innerText())
          .toMatch(/Gespeichert um/);
        await axeClean(page, 'saved');
        await shot(page, '390-saved');
        await page.goto(`${env.baseUrl}/befragung`);
        await enterCode(page, code);
        expect(await pageTitle(page)).toBe(title);
        expect(await progressText(page)).toBe(progress);
        expect(await page.locator('.befragung-survey textarea').first().inputValue()).toBe(
          HOSTILE_TEXT.trim(),
        );
        expect(
          await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss),
        ).toBeUndefined();
        await page.getByRole('button', { name: 'Zurück' }).click();
        expect(await page.locator('.befragung-survey input[type=radio]:checked').count()).toBeGreaterThan(0);
        await next(page);
        resumed = true;
        await shot(page, '390-resumed');
      }

      if ((await page.getByRole('button', { name: 'Fragebogen abschicken' }).count()) > 0) break;
      await next(page);
      number++;
    }
    expect(resumed).toBe(true);
    expect(seen).toEqual([
      'Ihre Wohngegend',
      'Probleme in Ihrer Wohngegend',
      'Sicherheitsgefühl',
      'Sicherheit an bestimmten Orten',
      'Sorgen vor Straftaten',
      'Einschätzung des Risikos',
      'Ihr Verhalten im Alltag',
      'Erfahrungen mit Straftaten',
      expect.stringMatching(/Polizei/),
      'Vertrauen',
      'Orte, an denen Sie sich unsicher fühlen',
      'Was sollte getan werden?',
      'Angaben zu Ihrer Person',
    ]);

    // A second tab with the same code, opened before submitting.
    const second = await openTab(env, context);
    await second.page.goto(`${env.baseUrl}/befragung`);
    await enterCode(second.page, code);

    // A tampered submission is refused by the server: the error shows at the question and at the top.
    await page.route('**/api/public/survey/submit', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      await route.continue({ postData: JSON.stringify({ ...body, values: { ...body.values, SF01: 9 } }) });
    });
    await page.getByRole('button', { name: 'Fragebogen abschicken' }).click();
    await expect
      .poll(() => page.locator('.app-error-summary').innerText())
      .toMatch(/Ungültiger Wert 9 für „SF01“/);
    expect(await pageTitle(page)).toBe('Sicherheitsgefühl');
    const atQuestion = await page.locator('.befragung-survey .sd-question__erbox').first().innerText();
    expect(atQuestion).toContain('Ungültiger Wert 9');
    await axeClean(page, 'server error shown');
    await shot(page, '390-error');
    expect(await responses(env, waveId)).toHaveLength(0);
    await page.unroute('**/api/public/survey/submit');
    await page.locator('.app-error-summary a').first().click();
    while ((await page.getByRole('button', { name: 'Fragebogen abschicken' }).count()) === 0)
      await next(page);

    await page.getByRole('button', { name: 'Fragebogen abschicken' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Vielen Dank für Ihre Teilnahme!');
    // The thank-you page starts at its top, with the heading in view.
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY))
      .toBe(0);
    await axeClean(page, 'thank you');
    await shot(page, '390-thanks');
    const stored = await responses(env, waveId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ WG01: 1, SF01: 1, ANG_TEXT: HOSTILE_TEXT.trim(), SD_ORTSTEIL: 1 });

    // The second tab tries to submit as well: refused with a clear message.
    while ((await second.page.getByRole('button', { name: 'Fragebogen abschicken' }).count()) === 0)
      await next(second.page);
    await second.page.getByRole('button', { name: 'Fragebogen abschicken' }).click();
    await expect
      .poll(() => second.page.locator('h1').innerText())
      .toBe('Dieser Zugangscode wurde schon verwendet');
    expect(await second.page.locator('main').innerText()).toContain('bereits abgeschickt');
    await axeClean(second.page, 'used (second tab)');
    await shot(second.page, '390-used');

    // And the QR link with the used code says the same, without opening the form.
    await page.goto(`${env.baseUrl}/befragung?code=${code}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Dieser Zugangscode wurde schon verwendet');
    expect(page.url()).toBe(`${env.baseUrl}/befragung`); // the code is taken out of the address bar
    expect(await responses(env, waveId)).toHaveLength(1);

    expect([...tab.foreign, ...second.foreign]).toEqual([]);
    expect([...tab.errors, ...second.errors]).toEqual([]);
    await context.close();
  });

  it('can be filled in by keyboard alone, with no axe violations on any page (1280 px)', async () => {
    const code = codes[1]!;
    const before = (await responses(env, waveId)).length;
    const context = await env.browser.newContext({ viewport: DESKTOP, locale: 'de-DE', bypassCSP: true });
    const tab = await openTab(env, context);
    const { page } = tab;
    await page.goto(`${env.baseUrl}/befragung`);
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/Bürgerbefragung/);
    await axeClean(page, 'code page (desktop)');
    await shot(page, '1280-01-code');

    const focused = () =>
      // Runs in the page; typed loosely because this file is compiled without the DOM library.
      page.evaluate(() => {
        interface El {
          tagName: string;
          id: string;
          type?: string;
          name?: string;
          value?: string;
          checked?: boolean;
          innerText?: string;
          getAttribute(name: string): string | null;
          closest(selector: string): { querySelectorAll(selector: string): El[] } | null;
        }
        const el = (globalThis as unknown as { document: { activeElement: El | null } }).document
          .activeElement;
        if (!el) return { tag: '', type: '', id: '', text: '', name: '', group: false, checked: false };
        const fieldset = el.closest('fieldset, tr, .sd-matrix__row, [role=radiogroup]');
        const siblings =
          fieldset && el.name ? [...fieldset.querySelectorAll(`input[name="${el.name}"]`)] : [];
        return {
          tag: el.tagName.toLowerCase(),
          type: el.type ?? '',
          id: el.id,
          name: el.name ?? '',
          text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim(),
          group: siblings.some((s) => s.checked === true),
          checked: el.checked === true,
        };
      });

    // To the code field by Tab, type, Enter.
    for (let i = 0; i < 30 && (await focused()).id !== 'zugangscode'; i++) await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('zugangscode');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.befragung-survey .sd-page__title').count(), { timeout: 20_000 })
      .toBe(1);

    let pages = 0;
    const textDone = new Set<string>();
    for (let guard = 0; guard < 20; guard++) {
      pages++;
      const title = await pageTitle(page);
      await axeClean(page, `keyboard page ${pages} (${title})`);
      if (pages <= 3) await shot(page, `1280-p${String(pages).padStart(2, '0')}`);
      const before = await progressText(page);
      let left = false;
      for (let presses = 0; presses < 400; presses++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (f.tag === 'input' && f.type === 'radio' && !f.group) await page.keyboard.press('Space');
        else if (f.tag === 'input' && f.type === 'checkbox' && !f.checked && !textDone.has(`${title}-cb`)) {
          await page.keyboard.press('Space');
          textDone.add(`${title}-cb`);
        } else if (f.tag === 'textarea' && !textDone.has(f.id)) {
          await page.keyboard.type('Per Tastatur eingegeben.');
          textDone.add(f.id);
        } else if (f.tag === 'select' && !textDone.has(f.id)) {
          await page.keyboard.press('ArrowDown');
          textDone.add(f.id);
        } else if (f.tag === 'button' && f.text === 'Weiter') {
          await page.keyboard.press('Enter');
          await waitForNewPage(page, before);
          left = true;
          break;
        } else if (f.tag === 'button' && f.text === 'Fragebogen abschicken') {
          await page.keyboard.press('Enter');
          await expect.poll(() => page.locator('h1').innerText()).toBe('Vielen Dank für Ihre Teilnahme!');
          left = true;
          guard = 99;
          break;
        }
      }
      expect(left, `the page "${title}" could not be left by keyboard`).toBe(true);
    }
    await axeClean(page, 'thank you (desktop)');
    await shot(page, '1280-thanks');
    const stored = await responses(env, waveId);
    expect(stored).toHaveLength(before + 1);
    const byKeyboard = stored.find((v) => v.MAS_TEXT === 'Per Tastatur eingegeben.');
    expect(byKeyboard, JSON.stringify(stored)).toBeTruthy();
    expect(byKeyboard).toMatchObject({ WG01: 1, SF01: 1, SD_ALTER: 1, SD_ORTSTEIL: 1 });
    expect(Object.keys(byKeyboard!).length).toBeGreaterThan(40);
    expect(tab.foreign).toEqual([]);
    expect(tab.errors).toEqual([]);
    await context.close();
  });
});
