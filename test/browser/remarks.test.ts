import { join } from 'node:path';
import { createUser, SYSTEM_ACTOR } from '@asskomm/core';
import { municipalities } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import exifr from 'exifr';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
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

const BAUTZEN = { ags: '14625020', name: 'Bautzen' };
const GROSSENHAIN = { ags: '14627060', name: 'Großenhain' };
const ORDNUNGSAMT = { email: 'ordnungsamt@bautzen.example', password: 'Ordnungsamt-Bautzen-2026!' };
const OTHER_TOWN = { email: 'ordnungsamt@grossenhain.example', password: 'Ordnungsamt-Grossenhain-2026!' };
const CITIZEN = { firstName: 'Erika', lastName: 'Beispiel', email: 'erika.beispiel@example.org' };
const PHONE = { width: 390, height: 844 };

/** A JPEG that carries a GPS position in its EXIF data, as phone photos do. */
function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: '#8a6a55' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Testkamera', Model: 'Phone 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 10/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '14/1 25/1 0/1',
      },
    })
    .toBuffer();
}

async function axeClean(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/**
 * Acceptance of remarks (issue 12): a citizen on a phone sends a remark with a photo (GPS in its EXIF),
 * sees its number and public status; the Ordnungsamt (role `kommune`) of the municipality changes the
 * status with a public note and approves the photo; the citizen's status page shows it, and the
 * published photo carries no EXIF. Another municipality's account does not see the remark.
 */
describe.skipIf(!CAN_RUN_BROWSER)('remarks in Chromium', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
    await createUser(env.ctx, SYSTEM_ACTOR, { ...ORDNUNGSAMT, role: 'kommune', ags: BAUTZEN.ags });
    await createUser(env.ctx, SYSTEM_ACTOR, { ...OTHER_TOWN, role: 'kommune', ags: GROSSENHAIN.ags });
    // A real municipality in the alliance, so the member map has a coloured area.
    await env.ctx.db
      .update(municipalities)
      .set({ membershipStatus: 'mitglied', membershipSince: '2020-05-01', isModelMunicipality: true })
      .where(eq(municipalities.ags, BAUTZEN.ags));
  });
  afterAll(async () => {
    await env?.close();
  });

  it('public member page: map and table of the alliance, on a phone', async () => {
    const context = await env.browser.newContext({ viewport: PHONE, locale: 'de-DE', bypassCSP: true });
    const page = await context.newPage();
    const foreign = trackForeignRequests(page, env.baseUrl);
    await page.goto(`${env.baseUrl}/mitglieder`);
    await page.getByRole('heading', { level: 1, name: 'Allianz Sichere Sächsische Kommunen' }).waitFor();
    await page.locator('.app-map--large path').first().waitFor();
    // The legend counts the coloured municipality; the table lists it (and the demo members).
    await expect
      .poll(() => page.locator('.app-legend').textContent())
      .toContain('Modellkommune (1 Kommunen)');
    const table = page.getByRole('table');
    await expect.poll(() => table.textContent()).toContain(BAUTZEN.name);
    expect(await table.textContent()).toContain('01.05.2020');
    await axeClean(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'remarks-members-phone.png'), fullPage: true });
    // The councils layer: Bautzen has none recorded, the demo councils have no boundaries.
    await page.locator('#ebene').selectOption('praeventionsraete');
    await page.waitForURL(/\?ebene=praeventionsraete$/);
    await expect
      .poll(() => page.locator('.app-legend').textContent())
      .toContain('mit Präventionsrat (0 Kommunen)');
    expect(await page.locator('.app-legend').textContent()).toContain('kein Präventionsrat bekannt');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('citizen sends a remark with a photo → Ordnungsamt changes its status → citizen sees it', async () => {
    const citizenContext = await env.browser.newContext({
      viewport: PHONE,
      locale: 'de-DE',
      bypassCSP: true,
      isMobile: true,
      hasTouch: true,
      // The phone's position, for "Meinen Standort verwenden" (near Bautzen's station).
      permissions: ['geolocation'],
      geolocation: { latitude: 51.173, longitude: 14.4295 },
    });
    const citizen = await citizenContext.newPage();
    // Chromium logs every 4xx as a console error; the session probe's 401 (signed out) is expected, so
    // failed answers are recorded by URL instead.
    const consoleErrors: string[] = [];
    citizen.on('console', (m) => {
      if (m.type() === 'error' && !/status of 401/.test(m.text())) consoleErrors.push(m.text());
    });
    citizen.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/api/auth/me'))
        consoleErrors.push(`${r.status()} ${r.url()}`);
    });
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: join(SCREENSHOT_DIR, `remarks-${name}.png`), fullPage: true });

    // The form refuses a missing description and a file that is not a photo, naming the problem.
    await citizen.goto(`${env.baseUrl}/hinweis`);
    await citizen.getByRole('heading', { level: 1, name: 'Hinweis geben' }).waitFor();
    await expect.poll(() => citizen.locator('#ags option').count()).toBeGreaterThan(400);
    await citizen.locator('#ags').selectOption(BAUTZEN.ags);
    await citizen.locator('#category').selectOption('graffiti');
    await citizen.locator('#foto').setInputFiles({
      name: 'notizen.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('kein Bild'),
    });
    await citizen.getByRole('button', { name: 'Hinweis senden' }).click();
    const summary = citizen.locator('.app-error-summary');
    await expect.poll(() => summary.textContent()).toContain('mindestens 10 Zeichen');
    expect(await summary.textContent()).toContain('„notizen.txt“ ist kein Foto');
    await axeClean(citizen);
    await shot(citizen, 'form-errors');
    // Too large: refused before sending, with the limit.
    await citizen.locator('#foto').setInputFiles({
      name: 'riesig.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.alloc(9 * 1024 * 1024, 1),
    });
    await expect.poll(() => citizen.locator('#foto-error').textContent()).toContain('höchstens 8 MB');

    const description = 'Frische Graffiti an der Unterführung zum Bahnhof, seit etwa einer Woche.';
    await citizen.locator('#description').fill(description);
    await citizen.locator('#addressString').fill('Unterführung Bahnhofstraße');
    await citizen.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
    await expect
      .poll(() => citizen.getByTestId('position').textContent())
      .toContain('Breite 51,173, Länge 14,4295');
    const original = await photoWithGps();
    expect((await exifr.gps(original))?.latitude).toBeCloseTo(51.1667, 3);
    await citizen
      .locator('#foto')
      .setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: original });
    await citizen.getByAltText('Vorschau des gewählten Fotos').waitFor();
    await citizen.locator('#firstName').fill(CITIZEN.firstName);
    await citizen.locator('#lastName').fill(CITIZEN.lastName);
    await citizen.locator('#email').fill(CITIZEN.email);
    await shot(citizen, 'form-filled');
    await citizen.getByRole('button', { name: 'Hinweis senden' }).click();

    // The confirmation names the number and links the status page.
    await citizen.getByRole('heading', { level: 1, name: 'Vielen Dank für Ihren Hinweis' }).waitFor();
    const publicId = (await citizen.getByTestId('remark-number').textContent())!.trim();
    expect(publicId).toMatch(/^\d{4}-[2-9A-Z]{8}$/);
    await axeClean(citizen);
    await shot(citizen, 'sent');
    await citizen.getByTestId('status-link').click();
    await citizen.waitForURL(new RegExp(`/hinweis/${publicId}$`));
    await expect.poll(() => citizen.getByTestId('remark-status').textContent()).toContain('Eingegangen');
    // Not yet published: neither the text nor the photo, and never the sender's data.
    const before = (await citizen.locator('main').textContent()) ?? '';
    expect(before).not.toContain(description);
    expect(before).not.toContain(CITIZEN.email);
    expect(before).not.toContain(CITIZEN.lastName);
    expect(await citizen.getByTestId('public-photo').count()).toBe(0);
    await axeClean(citizen);
    await shot(citizen, 'status-received');

    // The Ordnungsamt of Bautzen sees the remark with the sender's contact and the photo to check.
    const staffContext = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      bypassCSP: true,
    });
    const staff = await staffContext.newPage();
    await login(staff, env.baseUrl, ORDNUNGSAMT);
    await staff.goto(`${env.baseUrl}/hinweise/bearbeitung`);
    await staff.getByRole('heading', { level: 1, name: 'Hinweise bearbeiten' }).waitFor();
    await expect
      .poll(() => staff.getByTestId('remark-totals').textContent())
      .toContain('1 Hinweise, davon 1 offen');
    const item = staff.locator('.app-remark-card', { hasText: publicId });
    await item.locator('summary').click();
    await expect.poll(() => item.textContent()).toContain(CITIZEN.email);
    expect(await item.textContent()).toContain('51,173, 14,4295');
    await item.getByAltText(/vor der Freigabe/).waitFor();
    expect(
      await item
        .getByAltText(/vor der Freigabe/)
        .evaluate((img: { naturalWidth: number }) => img.naturalWidth),
    ).toBeGreaterThan(0);
    // The CSV export leaves the contact data out.
    const csv = await staff.evaluate(async () => (await fetch('/api/remarks/export.csv')).text());
    expect(csv).toContain(publicId);
    expect(csv).not.toContain(CITIZEN.email);

    await item.locator(`#status-${publicId}`).selectOption('in_bearbeitung');
    await item.locator(`#statusNote-${publicId}`).fill('Der Bauhof entfernt die Graffiti bis Freitag.');
    await item.getByRole('button', { name: 'Status speichern' }).click();
    await item.getByText('Status gespeichert.').waitFor();
    await item.locator(`#published-${publicId}`).check();
    await item.locator(`#mediaApproved-${publicId}`).check();
    await item.getByRole('button', { name: 'Veröffentlichung speichern' }).click();
    await item.getByText('Veröffentlichung gespeichert.').waitFor();
    await axeClean(staff);
    await shot(staff, 'staff-dashboard');
    await staff.setViewportSize(PHONE);
    await axeClean(staff);
    await shot(staff, 'staff-dashboard-phone');

    // Another municipality's Ordnungsamt does not see it.
    const otherContext = await env.browser.newContext({ locale: 'de-DE', bypassCSP: true });
    const other = await otherContext.newPage();
    await login(other, env.baseUrl, OTHER_TOWN);
    await other.goto(`${env.baseUrl}/hinweise/bearbeitung`);
    await other.getByRole('heading', { name: 'Keine Hinweise' }).waitFor();
    expect(await other.locator('main').textContent()).not.toContain(publicId);
    await otherContext.close();

    // The citizen's status page shows the new status, the note, the text and the approved photo.
    await citizen.reload();
    await expect.poll(() => citizen.getByTestId('remark-status').textContent()).toContain('In Bearbeitung');
    expect(await citizen.getByTestId('status-note').textContent()).toBe(
      'Der Bauhof entfernt die Graffiti bis Freitag.',
    );
    expect(await citizen.locator('main').textContent()).toContain(description);
    expect(await citizen.locator('main').textContent()).not.toContain(CITIZEN.email);
    await citizen.getByTestId('public-photo').waitFor();
    await expect
      .poll(() =>
        citizen.getByTestId('public-photo').evaluate((img: { naturalWidth: number }) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    await axeClean(citizen);
    await shot(citizen, 'status-in-progress');

    // The published photo carries no EXIF at all (no GPS, no camera).
    const published = Buffer.from(
      await (await fetch(`${env.baseUrl}/api/remarks/public/${publicId}/photo`)).arrayBuffer(),
    );
    expect((await sharp(published).metadata()).format).toBe('jpeg');
    expect(await exifr.parse(published, true)).toBeUndefined();
    expect(await exifr.gps(published)).toBeUndefined();

    // The public list of the municipality shows it without personal data.
    await citizen.goto(`${env.baseUrl}/hinweise?kommune=${BAUTZEN.ags}`);
    const listed = citizen.locator('.app-remark-card', { hasText: publicId });
    await expect.poll(() => listed.textContent()).toContain('Der Bauhof entfernt die Graffiti bis Freitag.');
    expect(await citizen.locator('main').textContent()).not.toContain(CITIZEN.email);
    await axeClean(citizen);
    await shot(citizen, 'public-list');

    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
    await staffContext.close();
    await citizenContext.close();
  });
});
