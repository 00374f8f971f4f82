// The Lagebericht workflow in Chromium (issue 11): the administrator opens Musterstadt's report from the
// municipality page, creates a draft, rewords one finding inline, publishes it after confirming, and
// downloads the PDF (pdftotext finds the new wording); a council member (rat) sees the published versions
// only. Screenshots of each step; axe on the draft and on the council member's view.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createUser, DEMO_AGS, SYSTEM_ACTOR } from '@asskomm/core';
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

const HAS_PDFTOTEXT = spawnSync('which', ['pdftotext']).status === 0;
const RAT = { email: 'rat@example.org', password: 'Rat-Passwort-2026!' };
const EDITED = 'Unsere Prüfung: Musterstadt ist sicherer als Sachsen, das Gefühl am Bahnhof nicht.';

describe.skipIf(!CAN_RUN_BROWSER)('Lagebericht in Chromium (issue 11)', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
    await createUser(env.ctx, SYSTEM_ACTOR, {
      email: RAT.email,
      role: 'rat',
      ags: DEMO_AGS,
      password: RAT.password,
      name: 'Rita Rat',
    });
  }, 300_000);
  afterAll(async () => {
    await env?.close();
  });

  const axeClean = async (page: Page, what: string) => {
    const violations = await runAxe(page);
    expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
  };
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOT_DIR, `lagebericht-${name}.png`), fullPage: false });

  it('admin: draft, inline edit of a finding, publish with confirmation, PDF with the new wording', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      acceptDownloads: true,
      bypassCSP: true, // axe is injected as an inline script
    });
    const page = await context.newPage();
    await login(page, env.baseUrl);

    // From the municipality page to its report: the seeded version 1 is shown.
    await page.goto(`${env.baseUrl}/kommunen/${DEMO_AGS}`);
    await page.getByRole('link', { name: /Lagebericht von Musterstadt/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Lagebericht Musterstadt (Demodaten)' }).waitFor();
    await page.getByRole('heading', { name: /Version 1/ }).waitFor({ timeout: 60_000 });
    await shot(page, '1-version');
    await page.locator('#bericht-kriminalitaetslage').scrollIntoViewIfNeeded();
    await shot(page, '1b-chart');

    await page.getByRole('button', { name: 'Entwurf erstellen' }).click();
    await page.getByRole('heading', { name: /Entwurf \d+/ }).waitFor({ timeout: 120_000 });
    const summary = page.locator('#bericht-zusammenfassung');
    await summary
      .getByRole('button', { name: /^Bearbeiten/ })
      .first()
      .waitFor();
    await axeClean(page, 'draft');
    await summary
      .getByRole('button', { name: /^Bearbeiten/ })
      .first()
      .click();
    const editor = summary.getByLabel('Befund bearbeiten');
    await editor.fill(EDITED);
    await shot(page, '2-edit');
    await summary.getByRole('button', { name: 'Speichern' }).click();
    await summary.getByText(EDITED).first().waitFor({ timeout: 60_000 });
    await expect(summary.getByText('(bearbeitet)').count()).resolves.toBe(1);
    await shot(page, '3-edited');

    // Publishing asks first.
    await page.getByRole('button', { name: 'Veröffentlichen …' }).click();
    await page.getByRole('heading', { name: 'Entwurf veröffentlichen?' }).waitFor();
    await shot(page, '4-confirm');
    await page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
    await page.getByRole('heading', { name: /Version 2/ }).waitFor({ timeout: 120_000 });
    await page.locator('#bericht-zusammenfassung').getByText(EDITED).first().waitFor();

    // The PDF download shows progress while it renders and carries the new wording.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'PDF (barrierefrei)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lagebericht-musterstadt-demodaten-version-2.pdf');
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (HAS_PDFTOTEXT) {
      const file = join(SCREENSHOT_DIR, 'lagebericht-version-2.pdf');
      writeFileSync(file, pdf);
      const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain('Unsere Prüfung: Musterstadt ist sicherer als Sachsen');
    }
    await shot(page, '5-published');
    await context.close();
  }, 600_000);

  it('rat: sees the published versions only, without drafts or editing', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      bypassCSP: true,
    });
    const page = await context.newPage();
    await login(page, env.baseUrl, RAT);
    await page.goto(`${env.baseUrl}/lageberichte`);
    await page.getByRole('link', { name: 'Lagebericht Ihrer Kommune' }).click();
    await page.getByRole('heading', { name: /Version 2/ }).waitFor({ timeout: 60_000 });
    const versions = page.locator('section[aria-labelledby="versionen"]');
    await expect(versions.getByRole('link').allTextContents()).resolves.toEqual(['Version 2', 'Version 1']);
    await expect(page.getByRole('heading', { name: 'Entwürfe' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Entwurf erstellen' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Bearbeiten/ }).count()).resolves.toBe(0);
    await page.locator('#bericht-zusammenfassung').getByText(EDITED).first().waitFor();
    await axeClean(page, 'rat view');
    await shot(page, '6-rat');
    // Section 7 counts the remarks by category (a table with header cells), never their texts.
    const remarks = page.getByRole('table', { name: /Eingegangene Hinweise nach Kategorie/ });
    await remarks.scrollIntoViewIfNeeded();
    await expect(remarks.getByRole('rowheader').allTextContents()).resolves.toContain('Graffiti');
    await expect(page.getByText('Zwei Laternen im Stadtpark').count()).resolves.toBe(0);
    await shot(page, '7-hinweise');
    // A draft address is refused to the council member.
    const drafts = await page.evaluate(
      async (ags) => (await fetch(`/api/reports/${ags}/drafts/1`)).status,
      DEMO_AGS,
    );
    expect(drafts).toBe(403);
    await context.close();
  }, 300_000);
});
