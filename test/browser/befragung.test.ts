// The citizen's path through the server-rendered survey form in Chromium, once with JavaScript switched
// off and once with it on (in English, by keyboard alone): code → pages → save → resume → submit → a
// second submission refused. Bytes transferred to the first question are measured (CDP, encoded sizes)
// against the budget of 150 kB; axe-core at 390 and 1280 px; screenshots at 390 px in
// test-results/screenshots/befragung-*.png.
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
const BUDGET_BYTES = 150 * 1024;
const HOSTILE_TEXT =
  '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> Unterführung & „dunkel“';

interface Tab {
  page: Page;
  foreign: string[];
  errors: string[];
  /** Bytes received so far (encoded, as on the wire), from the DevTools protocol. */
  bytes(): number;
}

async function openTab(env: BrowserEnv, context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Chromium logs the deliberate refusals (unknown code 404, used code 410) as failed loads.
    if (m.type() === 'error' && !/status of (404|410)/.test(m.text())) errors.push(m.text());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  return { page, foreign: trackForeignRequests(page, env.baseUrl), errors, bytes: () => bytes };
}

/**
 * A page with JavaScript switched off cannot run axe; its HTML (as the server sent it, with the same
 * URL, so the same stylesheet and fonts) is checked in a page with scripts on.
 */
let axeMirror: Page | undefined;
let mirrorBase = '';

async function axeClean(page: Page, what: string) {
  let target = page;
  if (noScript.has(page)) {
    target = axeMirror!;
    await target.setViewportSize(page.viewportSize()!);
    await target.goto(`${mirrorBase}/befragung`);
    await target.setContent(await page.content(), { waitUntil: 'load' });
  }
  const violations = await runAxe(target);
  expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
}
const noScript = new WeakSet<Page>();

/** axe at 1280 px as well, then back to the phone. */
async function axeBothWidths(page: Page, what: string) {
  await axeClean(page, `${what} (390 px)`);
  await page.setViewportSize(DESKTOP);
  await axeClean(page, `${what} (1280 px)`);
  await page.setViewportSize(PHONE);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `befragung-${name}-screen.png`) });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `befragung-${name}.png`), fullPage: true });
}

const heading = (page: Page) => page.locator('h1').first().innerText();
const progress = (page: Page) => page.locator('.fortschritt').innerText();

/** Answers the current page with the mouse: the first answer everywhere ("Ja" first in yes/no items). */
async function answerWithMouse(page: Page, text: string) {
  const form = page.locator('form[action="/befragung/seite"]');
  const radioNames = await form
    .locator('input[type=radio]')
    .evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as unknown as { name: string }).name))]);
  for (const name of radioNames) {
    await form.locator(`input[type=radio][name="${name}"] + label`).first().click();
    expect(await form.locator(`input[type=radio][name="${name}"]`).first().isChecked(), name).toBe(true);
  }
  const lists = await form.locator('fieldset:has(input[type=checkbox])').count();
  for (let i = 0; i < lists; i++) {
    await form
      .locator('fieldset:has(input[type=checkbox])')
      .nth(i)
      .locator('input[type=checkbox] + label')
      .first()
      .click();
  }
  const texts = await form.locator('textarea').count();
  for (let i = 0; i < texts; i++) await form.locator('textarea').nth(i).fill(text);
  const selects = await form.locator('select').count();
  for (let i = 0; i < selects; i++) await form.locator('select').nth(i).selectOption({ index: 1 });
}

async function press(page: Page, name: string) {
  // Every button posts the form: wait for the next document, not the current one's load state.
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name, exact: true }).click()]);
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
    ({ waveId, codes } = await waveInField(env.ctx, { codes: 4, title: 'Bürgerbefragung 2026' }));
    axeMirror = await (await env.browser.newContext({ viewport: PHONE, bypassCSP: true })).newPage();
    mirrorBase = env.baseUrl;
  });
  afterAll(async () => {
    await env?.close();
  });

  it('works with JavaScript switched off: letter link → pages → error → save → resume → submit → refused', async () => {
    const code = codes[0]!;
    const context = await env.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const tab = await openTab(env, context);
    const { page } = tab;
    noScript.add(page);

    // The letter's link opens the first question; everything it needs is counted.
    await page.goto(`${env.baseUrl}/befragung?code=${code}`, { waitUntil: 'networkidle' });
    expect(await heading(page)).toBe('Ihre Wohngegend');
    const firstQuestionBytes = tab.bytes();
    console.log(
      `citizen's form, JavaScript off: ${(firstQuestionBytes / 1024).toFixed(1)} kB to the first question`,
    );
    expect(firstQuestionBytes).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(await page.evaluate(`document.fonts.check('16px "Fira Sans"')`)).toBe(true);
    await shot(page, 'ohne-js-1-erste-frage');
    await axeBothWidths(page, 'first question without JavaScript');

    // Page by page with the mouse; on the Angsträume page first a contradiction, shown at the question.
    let pages = 0;
    let sawError = false;
    let savedOnce = false;
    while ((await page.getByRole('button', { name: 'Fragebogen abschicken' }).count()) === 0) {
      pages++;
      expect(pages).toBeLessThan(20);
      const before = await progress(page);
      if (!sawError && (await page.locator('input[name="ANG_ORTE"]').count()) > 0) {
        await page.locator('input[name="ANG_ORTE"] + label').first().click();
        await page.locator('input[name="ANG_ORTE"][data-exclusive] + label').click();
        await press(page, 'Weiter');
        await expect.poll(() => page.locator('.fehlerliste').count()).toBe(1);
        expect(await page.locator('.fehlerliste a').first().getAttribute('href')).toBe('#f-ANG_ORTE');
        expect(await page.locator('#ANG_ORTE-error').innerText()).toContain('kann nicht zusammen');
        expect(await page.title()).toMatch(/^Es gibt ein Problem: /);
        await shot(page, 'ohne-js-2-fehler');
        await axeBothWidths(page, 'error summary without JavaScript');
        await page.locator('input[name="ANG_ORTE"][data-exclusive] + label').click(); // uncheck again
        sawError = true;
      }
      if (pages === 3 && !savedOnce) {
        await answerWithMouse(page, HOSTILE_TEXT);
        await press(page, 'Speichern und später fortsetzen');
        expect(await page.locator('.hinweis[role=status]').innerText()).toContain(
          'Ihre Antworten sind gespeichert',
        );
        await shot(page, 'ohne-js-3-gespeichert');
        await axeClean(page, 'saved notice');
        savedOnce = true;
        // Resume in a fresh browser: the code form leads to the saved page with its answers.
        const other = await env.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
        const resumed = await openTab(env, other);
        noScript.add(resumed.page);
        await resumed.page.goto(`${env.baseUrl}/befragung`);
        await shot(resumed.page, 'ohne-js-0-code');
        await axeBothWidths(resumed.page, 'code form');
        await resumed.page.getByLabel('Zugangscode').fill(code.toLowerCase());
        await press(resumed.page, 'Fragebogen öffnen');
        expect(await progress(resumed.page)).toBe(before);
        expect(await resumed.page.locator('input[type=radio]:checked').count()).toBeGreaterThan(0);
        await other.close();
      }
      await answerWithMouse(page, HOSTILE_TEXT);
      await press(page, 'Weiter');
      expect(await page.locator('.fehlerliste').count(), `errors after "${before}"`).toBe(0);
      expect(await progress(page)).not.toBe(before);
      if ((await page.locator('.gruppe').count()) > 0 && pages === 1) await shot(page, 'ohne-js-4-matrix');
    }
    expect(sawError).toBe(true);
    expect(pages).toBeGreaterThan(8);
    // The reporting page followed the "Ja" answers of the victimisation page.
    await answerWithMouse(page, HOSTILE_TEXT);
    await shot(page, 'ohne-js-5-letzte-seite');
    await axeBothWidths(page, 'last page without JavaScript');

    // A second tab on the same code, at the last page (as after a lost reply).
    const second = await openTab(env, context);
    noScript.add(second.page);
    await second.page.goto(`${env.baseUrl}/befragung?code=${code}`);
    expect(await second.page.getByRole('button', { name: 'Fragebogen abschicken' }).count()).toBe(1);

    await press(page, 'Fragebogen abschicken');
    expect(await heading(page)).toBe('Vielen Dank für Ihre Teilnahme!');
    expect(await page.locator('main').innerText()).toContain('Ihre Antworten sind angekommen.');
    await shot(page, 'ohne-js-6-danke');
    await axeClean(page, 'thank-you page');
    const stored = await responses(env, waveId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ VIK_01: 1, VIK_01_POL: expect.any(Number), ANG_TEXT: HOSTILE_TEXT });

    await press(second.page, 'Fragebogen abschicken');
    expect(await heading(second.page)).toBe('Ihre Antworten sind bereits angekommen');
    expect(await second.page.locator('main').innerText()).toContain(
      'Die Antworten sind bei uns angekommen und gespeichert',
    );
    await shot(second.page, 'ohne-js-7-schon-verwendet');
    await axeClean(second.page, 'code used');
    expect(await responses(env, waveId)).toHaveLength(1);

    expect(tab.foreign).toEqual([]);
    expect(second.foreign).toEqual([]);
    expect([...tab.errors, ...second.errors]).toEqual([]);
    await context.close();
  }, 400_000);

  it('works with JavaScript on, in English and by keyboard alone', async () => {
    const code = codes[1]!;
    // bypassCSP only lets the test inject axe-core; the page's own requests are the same.
    const context = await env.browser.newContext({ viewport: PHONE, bypassCSP: true });
    const tab = await openTab(env, context);
    const { page } = tab;
    await page.goto(`${env.baseUrl}/befragung?code=${code}&lang=en`, { waitUntil: 'networkidle' });
    expect(await heading(page)).toBe('Your neighbourhood');
    const firstQuestionBytes = tab.bytes();
    console.log(
      `citizen's form, JavaScript on: ${(firstQuestionBytes / 1024).toFixed(1)} kB to the first question`,
    );
    expect(firstQuestionBytes).toBeLessThanOrEqual(BUDGET_BYTES);
    // The script takes the code out of the address bar.
    expect(new URL(page.url()).search).toBe('');
    await shot(page, 'mit-js-1-english');
    await axeBothWidths(page, 'first question in English');

    type Focused = { tag: string; type: string; name: string; text: string; checkedInGroup: boolean };
    const focused = () =>
      // A string runs in the page (this file is compiled without the DOM library).
      page.evaluate<Focused>(`(() => {
        const el = document.activeElement;
        const name = (el && el.getAttribute('name')) || '';
        return {
          tag: el ? el.tagName.toLowerCase() : '',
          type: (el && el.getAttribute('type')) || '',
          name,
          text: el ? el.textContent.trim() : '',
          checkedInGroup: name !== '' && document.querySelector('input[name="' + name + '"]:checked') !== null,
        };
      })()`);

    let pages = 0;
    let errorShown = false;
    for (;;) {
      pages++;
      expect(pages).toBeLessThan(20);
      const before = await progress(page);
      expect(before).toMatch(/^Page \d+ of \d+$/);
      // Nothing German on an English page (besides the language switch's own name).
      const visible = await page.locator('main').innerText();
      expect(visible.replace('Deutsch', '')).not.toMatch(/\b(Weiter|Zurück|Seite|Speichern|Weiß nicht)\b/);
      let left = false;
      for (let presses = 0; presses < 400 && !left; presses++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (f.tag === 'input' && (f.type === 'radio' || f.type === 'checkbox') && !f.checkedInGroup) {
          await page.keyboard.press('Space');
        } else if (f.tag === 'textarea') {
          await page.keyboard.type(errorShown ? 'Typed by keyboard.' : 'x'.repeat(10));
          // A text over the limit (typing 2,001 characters key by key would take minutes).
          if (!errorShown) await page.evaluate(`document.activeElement.value = 'x'.repeat(2001)`);
        } else if (f.tag === 'select') {
          await page.keyboard.press('ArrowDown');
        } else if (f.tag === 'button' && (f.text === 'Continue' || f.text === 'Submit questionnaire')) {
          await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
          left = true;
        }
      }
      expect(left, `page "${before}" could not be left by keyboard`).toBe(true);
      if (!errorShown && (await page.locator('.fehlerliste').count()) > 0) {
        errorShown = true;
        // The script moved the focus to the summary; its link leads to the field.
        expect(await page.evaluate(`document.activeElement.classList.contains('fehlerliste')`)).toBe(true);
        expect(await page.locator('.fehlerliste').innerText()).toContain(
          'Shorten your text to at most 2000 characters',
        );
        await shot(page, 'mit-js-2-error');
        await axeClean(page, 'English error summary');
        await page.locator('.fehlerliste a').first().focus();
        await page.keyboard.press('Enter');
        expect(await page.evaluate(`document.activeElement.tagName.toLowerCase()`)).toBe('textarea');
        await page.locator('textarea').fill('Typed by keyboard.');
        continue;
      }
      if ((await page.locator('h1').innerText()) === 'Thank you for taking part!') break;
      expect(await progress(page)).not.toBe(before);
    }
    expect(errorShown).toBe(true);
    await shot(page, 'mit-js-3-thanks');
    await axeBothWidths(page, 'English thank-you page');
    expect(await responses(env, waveId)).toHaveLength(2);
    expect(await page.evaluate('window.__xss')).toBeUndefined();

    // Again with the same code: refused, and it says the answers arrived.
    await page.goto(`${env.baseUrl}/befragung?code=${code}&lang=en`);
    expect(await heading(page)).toBe('Your answers have already arrived');
    expect(await responses(env, waveId)).toHaveLength(2);
    expect(tab.foreign).toEqual([]);
    expect(tab.errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('renders stored free text as text, never as markup', async () => {
    const context = await env.browser.newContext({ viewport: PHONE });
    const tab = await openTab(env, context);
    const code = codes[2]!;
    await tab.page.goto(`${env.baseUrl}/befragung?code=${code}`);
    for (let i = 0; i < 20 && (await tab.page.locator('textarea').count()) === 0; i++)
      await press(tab.page, 'Weiter');
    await tab.page.locator('textarea').first().fill(HOSTILE_TEXT);
    await press(tab.page, 'Speichern und später fortsetzen');
    expect(await tab.page.locator('textarea').first().inputValue()).toBe(HOSTILE_TEXT);
    expect(await tab.page.evaluate('window.__xss')).toBeUndefined();
    await context.close();
  });
});
