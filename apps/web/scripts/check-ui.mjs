#!/usr/bin/env node
// Manual UI check (not a test): walks through the pages of a running ASSKomm server in headless Chromium at
// phone and desktop width, takes screenshots, runs axe-core (WCAG 2.1 A/AA) on every page and reports
// requests to other hosts and console errors.
//
//   node apps/web/scripts/check-ui.mjs
//
// Environment: ASSKOMM_URL (default http://127.0.0.1:3456), ASSKOMM_ADMIN_EMAIL, ASSKOMM_ADMIN_PASSWORD,
// CHROMIUM (default /usr/bin/chromium), OUT (screenshot folder, default asskomm-ui-check in the system temp folder).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

const base = (process.env.ASSKOMM_URL ?? 'http://127.0.0.1:3456').replace(/\/$/, '');
const email = process.env.ASSKOMM_ADMIN_EMAIL ?? 'admin@example.org';
const password = process.env.ASSKOMM_ADMIN_PASSWORD ?? 'Sicher-Passwort-2026';
const out = process.env.OUT ?? join(tmpdir(), 'asskomm-ui-check');
mkdirSync(out, { recursive: true });

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

const report = { base, pages: [], foreignRequests: [], consoleErrors: [], failures: [] };

async function axe(page, label) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const run = await /** @type {any} */ (window).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return run.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes
        .slice(0, 5)
        .map((node) => ({ target: node.target, summary: node.failureSummary })),
    }));
  });
  report.pages.push({ label, url: page.url(), violations: result });
  const marker = result.length === 0 ? 'ok  ' : 'FAIL';
  console.log(`${marker} axe ${label}: ${result.length} violation(s)`);
  for (const violation of result) {
    console.log(`     - ${violation.id} (${violation.impact}): ${violation.help}`);
    for (const node of violation.nodes)
      console.log(`         ${JSON.stringify(node.target)} ${node.summary ?? ''}`);
  }
}

async function shot(page, label, fullPage = true) {
  const file = join(out, `${label}.png`);
  await page.screenshot({ path: file, fullPage });
  // The first screen as well: full-page shots of long lists are too tall to look at.
  if (fullPage) await page.screenshot({ path: join(out, `${label}-oben.png`) });
  return file;
}

async function step(page, label, action) {
  try {
    await action();
    await axe(page, label);
    await shot(page, label);
  } catch (error) {
    const message = String(error).split('\n')[0];
    report.failures.push({ label, error: String(error) });
    console.log(`FAIL ${label}: ${message}`);
    await shot(page, `${label}-error`).catch(() => {});
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  for (const viewport of viewports) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      locale: 'de-DE',
      deviceScaleFactor: 1,
      // The server's CSP forbids inline scripts, which is how axe-core is injected.
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        report.foreignRequests.push(url);
      }
    });
    page.on('console', (message) => {
      // A 401 of GET /api/auth/me is how the app learns that nobody is logged in.
      if (message.type() === 'error' && !message.text().includes('status of 401'))
        report.consoleErrors.push(`${viewport.name} ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => report.consoleErrors.push(`${viewport.name} ${page.url()}: ${error}`));
    const v = viewport.name;

    await step(page, `${v}-01-anmelden`, async () => {
      await page.goto(`${base}/kommunen`);
      await page.waitForURL(/\/anmelden/);
      await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    });

    await step(page, `${v}-02-anmelden-leer`, async () => {
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.getByText('Es gibt 2 Probleme').waitFor();
      expect(
        await page.locator('#email[aria-invalid="true"]').count(),
        'E-Mail-Feld nicht als fehlerhaft markiert',
      );
    });

    await step(page, `${v}-03-anmelden-falsch`, async () => {
      await page.fill('#email', email);
      await page.fill('#password', 'falsches-Passwort');
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.locator('#password-error').waitFor();
    });

    await step(page, `${v}-04-uebersicht`, async () => {
      await page.fill('#password', password);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.waitForURL(/\/kommunen$/);
      await page.goto(`${base}/`);
      await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    });

    if (v === 'phone') {
      await step(page, `${v}-05-menue-offen`, async () => {
        const button = page.getByRole('button', { name: 'Menü' });
        expect((await button.getAttribute('aria-expanded')) === 'false', 'Menü sollte geschlossen starten');
        await button.click();
        expect((await button.getAttribute('aria-expanded')) === 'true', 'aria-expanded bleibt false');
        await page
          .getByRole('navigation', { name: 'Hauptnavigation' })
          .getByRole('link', { name: 'Kommunen' })
          .waitFor();
      });
      await page.getByRole('button', { name: 'Menü' }).click();
    } else {
      await step(page, `${v}-05-benutzermenue`, async () => {
        await page.locator('.app-user-menu__button').click();
        await page.getByRole('link', { name: 'Passwort ändern' }).waitFor();
      });
      await page.keyboard.press('Escape');
    }

    await step(page, `${v}-06-kommunen`, async () => {
      await page.goto(`${base}/kommunen`);
      await page.getByText(/419 Kommunen gefunden|418 Kommunen gefunden/).waitFor();
    });

    let detailHref = '';
    await step(page, `${v}-07-suche-grossenhain`, async () => {
      await page.fill('#filter-q', 'Großenhain');
      await page.getByText('1 Kommune gefunden').waitFor();
      const link = page.getByRole('link', { name: 'Großenhain, Stadt' });
      detailHref = (await link.getAttribute('href')) ?? '';
      expect(detailHref.startsWith('/kommunen/'), 'kein Link zur Detailseite');
    });

    await step(page, `${v}-08-filter-leer`, async () => {
      await page.fill('#filter-q', 'Gibtesnicht');
      await page.getByRole('heading', { name: 'Keine Kommune gefunden' }).waitFor();
    });

    await step(page, `${v}-09-filter-kreis-einwohner`, async () => {
      await page.goto(`${base}/kommunen?kreis=14627&min=5000&sort=-population`);
      await page.getByText(/Kommunen gefunden/).waitFor();
      expect(
        (await page.inputValue('#filter-min')) === '5000',
        'Mindestwert nicht aus der Adresse übernommen',
      );
    });

    await step(page, `${v}-10-detail`, async () => {
      await page.goto(`${base}${detailHref}`);
      await page.getByRole('heading', { level: 1, name: 'Großenhain, Stadt' }).waitFor();
      await page.locator('.app-map--small svg path').first().waitFor();
    });

    await step(page, `${v}-11-demo`, async () => {
      await page.goto(`${base}/kommunen?q=Musterstadt`);
      await page.locator('.app-table-stack .kern-badge', { hasText: 'Demodaten' }).first().waitFor();
      await page.getByRole('link', { name: 'Musterstadt (Demodaten)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Musterstadt (Demodaten)' }).waitFor();
    });

    await step(page, `${v}-12-karte`, async () => {
      await page.goto(`${base}/karte`);
      await page.locator('.app-map--large svg path').nth(400).waitFor();
      const paths = await page.locator('.app-map--large svg path').count();
      expect(paths >= 418, `nur ${paths} Flächen auf der Karte`);
    });

    if (v === 'desktop') {
      await step(page, `${v}-13-karte-klick`, async () => {
        const map = page.locator('.app-map--large');
        await map.scrollIntoViewIfNeeded();
        const box = await map.boundingBox();
        expect(box, 'Karte ohne Größe');
        // Roughly the middle of Saxony; ECharts needs a few moves to notice the hover.
        await page.mouse.move(box.x + 5, box.y + 5);
        await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.45, { steps: 8 });
        await map.locator('div', { hasText: 'Einwohner je km²' }).last().waitFor();
        await shot(page, `${v}-13-karte-tooltip`, false);
        await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.45);
        await page.waitForURL(/\/kommunen\/\d{8}$/);
        await page.getByRole('heading', { level: 1 }).waitFor();
      });
      await step(page, `${v}-14-karte-einwohner`, async () => {
        await page.goto(`${base}/karte`);
        await page.selectOption('#map-field', 'einwohner');
        await page.waitForURL(/merkmal=einwohner/);
        await page.locator('.app-map--large svg path').nth(400).waitFor();
      });
    }

    await step(page, `${v}-15-modul`, async () => {
      await page.goto(`${base}/kriminalstatistik`);
      await page.getByRole('heading', { name: 'In Vorbereitung' }).waitFor();
    });

    await step(page, `${v}-16-datenquellen`, async () => {
      await page.goto(`${base}/datenquellen`);
      await page
        .getByRole('link', { name: /www\.bkg\.bund\.de/ })
        .first()
        .waitFor();
    });

    await step(page, `${v}-17-passwort`, async () => {
      await page.goto(`${base}/passwort`);
      await page.getByRole('button', { name: 'Passwort ändern' }).click();
      await page.getByText('Es gibt 3 Probleme').waitFor();
    });

    await step(page, `${v}-18-nicht-gefunden`, async () => {
      await page.goto(`${base}/gibt-es-nicht`);
      await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
    });

    await step(page, `${v}-19-befragung`, async () => {
      await page.goto(`${base}/befragung`);
      await page.getByRole('heading', { level: 1, name: /Bürgerbefragung/ }).waitFor();
    });

    await step(page, `${v}-20-abgemeldet`, async () => {
      await page.goto(`${base}/`);
      if (v === 'phone') await page.getByRole('button', { name: 'Menü' }).click();
      else await page.locator('.app-user-menu__button').click();
      await page.getByRole('button', { name: 'Abmelden' }).filter({ visible: true }).click();
      await page.getByText('Sie wurden abgemeldet.').waitFor();
    });

    await context.close();
  }
} finally {
  await browser.close();
}

report.foreignRequests = [...new Set(report.foreignRequests)];
writeFileSync(join(out, 'report.json'), JSON.stringify(report, null, 2));
const violations = report.pages.reduce((sum, entry) => sum + entry.violations.length, 0);
console.log(
  `\n${report.pages.length} pages checked, ${violations} axe violation(s), ${report.failures.length} failed step(s), ` +
    `${report.foreignRequests.length} request(s) to other hosts, ${report.consoleErrors.length} console error(s).`,
);
for (const url of report.foreignRequests) console.log(`  foreign request: ${url}`);
for (const line of report.consoleErrors) console.log(`  console: ${line}`);
console.log(`Screenshots and report.json in ${out}`);
process.exitCode = violations + report.failures.length + report.foreignRequests.length > 0 ? 1 : 0;
