// Issue 9, section 5 in Chromium: spelling-tolerant search, the PKS import page on a 390 px phone,
// plain labels instead of keys and jargon, an unrecognised file, the comparison with the last earlier
// year, the password form after success, the user menu's name and the demo wave's draw date.
import { join } from 'node:path';
import { createUser, SYSTEM_ACTOR } from '@asskomm/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserEnv,
  CAN_RUN_BROWSER,
  login,
  SCREENSHOT_DIR,
  SKIP_BROWSER_REASON,
  startBrowserEnv,
} from './browser-harness';

const MEISSEN = '14627140';
const HEADER = 'ags;jahr;schluessel;erfasste_faelle;versuche;aufgeklaerte_faelle;tatverdaechtige';

async function noHorizontalOverflow(page: Page): Promise<{ scroll: number; client: number; widest: string }> {
  return page.evaluate(() => {
    interface Box {
      tagName: string;
      className: string;
      getBoundingClientRect(): { right: number };
    }
    const d = (
      globalThis as unknown as {
        document: {
          querySelectorAll(s: string): Iterable<Box>;
          documentElement: { scrollWidth: number; clientWidth: number };
        };
      }
    ).document;
    let widest = '';
    let max = 0;
    for (const el of d.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect();
      if (r.right > max) {
        max = r.right;
        widest = `${el.tagName}.${el.className}`;
      }
    }
    return { scroll: d.documentElement.scrollWidth, client: d.documentElement.clientWidth, widest };
  });
}

async function upload(page: Page, name: string, content: string) {
  await page
    .locator('#pks-datei')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
}

describe.skipIf(!CAN_RUN_BROWSER)('friction found in use, in Chromium (issue 9)', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('PKS on a 390 px phone: import page fits, labels stay whole, wrong file, comparison with the last earlier year', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const page = await context.newPage();
    await login(page, env.baseUrl);
    await page.goto(`${env.baseUrl}/kriminalstatistik/import`);
    await page.getByRole('heading', { name: 'Welche Dateien?' }).waitFor();
    const empty = await noHorizontalOverflow(page);
    expect(empty.scroll, `widest: ${empty.widest}`).toBeLessThanOrEqual(390);

    // A wrong file: the format is "nicht erkannt", not the fallback's "Gemeinde-Vorlage".
    await upload(page, 'anschreiben.csv', 'Sehr geehrte Damen und Herren;\nbitte\n');
    await page.getByText('Die Datei hat Fehler').waitFor({ timeout: 30_000 });
    const summary = await page.locator('dl').first().textContent();
    expect(summary).toContain('nicht erkannt');
    expect(summary).not.toContain('Gemeinde-Vorlage');

    // A file with an error: the message does not repeat line and column, which have their own columns.
    await upload(page, 'fehler.csv', `${HEADER}\n${MEISSEN};2020;------;-4;1;1;1\n`);
    await page.getByText('Die Datei hat Fehler').waitFor({ timeout: 30_000 });
    const message = page
      .locator('table:has(caption:text("Fehler")) tbody tr td[data-label="Meldung"]')
      .first();
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).not.toMatch(/^(Zeile|Spalte)/);

    // Meißen with 2020 and 2022 only, and the populations for their rates.
    await upload(
      page,
      'meissen-2020-2022-gemeindetabelle.csv',
      `${HEADER}\n${MEISSEN};2020;------;2000;100;1200;900\n${MEISSEN};2022;------;2600;120;1500;1100\n`,
    );
    await page.getByText('Die Datei kann importiert werden').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Jetzt importieren' }).click();
    await page.getByRole('heading', { name: 'Importiert' }).waitFor({ timeout: 30_000 });
    await upload(
      page,
      'meissen-bevoelkerung.csv',
      `ags,stichtag,population\n${MEISSEN},2019-12-31,27900\n${MEISSEN},2021-12-31,27800\n`,
    );
    await page.getByText('Die Datei kann importiert werden').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Jetzt importieren' }).click();
    await page.getByRole('heading', { name: 'Importiert' }).waitFor({ timeout: 30_000 });

    // The stacked import log: no overflow, and the label "Datei" is not split over two lines.
    const datei = page.locator('td[data-label="Datei"]').first();
    await datei.waitFor();
    const label = await datei.evaluate((el) => {
      const w = globalThis as unknown as {
        getComputedStyle: (e: unknown, p: string) => Record<string, string>;
      };
      const style = w.getComputedStyle(el, '::before');
      return { whiteSpace: style.whiteSpace, flexShrink: style.flexShrink };
    });
    expect(label).toEqual({ whiteSpace: 'nowrap', flexShrink: '0' });
    const withLog = await noHorizontalOverflow(page);
    expect(withLog.scroll, `widest: ${withLog.widest}`).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'friction-import-phone.png'), fullPage: true });

    // The profile compares 2022 with 2020 and says so; no raw keys in the menus, no jargon.
    await page.goto(`${env.baseUrl}/kriminalstatistik/profil/${MEISSEN}`);
    await page.getByRole('heading', { name: /Hauptdeliktsgruppen 2022/ }).waitFor({ timeout: 30_000 });
    const overview = page.locator('table:has(th:text("zu 2020"))');
    await overview.waitFor({ timeout: 10_000 });
    const total = overview.locator('tbody tr').first().locator('td[data-label="zu 2020"]');
    await expect.poll(() => total.textContent()).toMatch(/\+30/);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('2020, dem letzten Jahr davor mit Daten');
    const options = await page.locator('select option').allTextContents();
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(option).not.toMatch(/\([-*\d]{6}\)/);

    await page.goto(`${env.baseUrl}/kriminalstatistik/profil/14999999`);
    await page.getByRole('heading', { name: /Hauptdeliktsgruppen/ }).waitFor({ timeout: 30_000 });
    const demo = (await page.locator('main').textContent()) ?? '';
    expect(demo).not.toMatch(/seeded|Poisson-Reihen/);
    await page.goto(`${env.baseUrl}/kriminalstatistik/karte`);
    await page.locator('select option').first().waitFor({ state: 'attached', timeout: 30_000 });
    const mapOptions = await page.locator('select option').allTextContents();
    expect(mapOptions).toContain('Straftaten insgesamt');
    expect(mapOptions.join('\n')).not.toContain('(------)');
    await context.close();
  });

  it('search, password, user menu and the demo wave on a desktop', async () => {
    await createUser(env.ctx, SYSTEM_ACTOR, {
      email: 'kim@example.org',
      role: 'admin',
      password: 'Erstes-Passwort-2026!',
      name: 'Kim Kurz',
    });
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    await login(page, env.baseUrl, { email: 'kim@example.org', password: 'Erstes-Passwort-2026!' });

    // "grossenhain" finds Großenhain.
    await page.goto(`${env.baseUrl}/kommunen`);
    await page.getByLabel('Name oder AGS').fill('grossenhain');
    await page.getByRole('link', { name: 'Großenhain, Stadt' }).waitFor({ timeout: 30_000 });

    // The user menu's accessible name starts with what it is, not with a colon.
    const menu = page.locator('.app-user-menu__button');
    const name = (await menu.evaluate((el) => (el as { textContent: string }).textContent)).trim();
    expect(name).toMatch(/^Benutzermenü: Kim Kurz/);
    expect(name).not.toContain(': Benutzermenü');
    await page.getByRole('button', { name: /^Benutzermenü: Kim Kurz/ }).waitFor();

    // After a successful change the form goes away.
    await page.goto(`${env.baseUrl}/passwort`);
    await page.getByLabel('Aktuelles Passwort').fill('Erstes-Passwort-2026!');
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Zweites-Passwort-2026!');
    await page.getByLabel('Neues Passwort wiederholen').fill('Zweites-Passwort-2026!');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByText('Ihr Passwort wurde geändert.').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Aktuelles Passwort').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Passwort ändern' }).count()).toBe(0);

    // The demo wave's sample was drawn before its fieldwork, not after it ended.
    const demo = (
      (await env.ctx.database.db.execute(
        `select w.id, w.field_start::text as start, to_char(r.created_at at time zone 'Europe/Berlin', 'DD.MM.YYYY') as drawn
         from survey_waves w join survey_sample_runs r on r.wave_id = w.id where w.is_demo`,
      )) as unknown as { rows: { id: number; start: string; drawn: string }[] }
    ).rows[0]!;
    const [d, m, y] = demo.drawn.split('.');
    expect(`${y}-${m}-${d}` < demo.start).toBe(true);
    await page.goto(`${env.baseUrl}/befragungen/${demo.id}/stichprobe`);
    await page.getByText(`Gezogen am ${demo.drawn}`).first().waitFor({ timeout: 30_000 });
    await context.close();
  });
});
