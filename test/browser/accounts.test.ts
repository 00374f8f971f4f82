import { join } from 'node:path';
import type { Actor } from '@asskomm/core';
import { createWave } from '@asskomm/core/surveys/waves';
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

const OWN = { ags: '14625020', name: 'Bautzen' };
const OTHER = { ags: '14627060', name: 'Großenhain' };
const SYSTEM: Actor = { id: 0, email: 'system', name: 'System', role: 'admin', ags: null, assignedAgs: [] };

/**
 * Acceptance of account management (issue 10): an administrator invites a `kommune` account in the web
 * app, the person logs in with the one-time password, sets their own, and sees only their municipality's
 * surveys; the administrator deactivates the account and its open session ends.
 */
describe.skipIf(!CAN_RUN_BROWSER)('account management in Chromium', () => {
  if (!CAN_RUN_BROWSER) console.warn(SKIP_BROWSER_REASON);
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
    await createWave(env.ctx, SYSTEM, { ags: OWN.ags, title: `Befragung ${OWN.name} 2026` });
    await createWave(env.ctx, SYSTEM, { ags: OTHER.ags, title: `Befragung ${OTHER.name} 2026` });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('invite → first login → own password → own municipality only → deactivated, session ends', async () => {
    const viewport = { width: 1280, height: 900 };
    const adminContext = await env.browser.newContext({ viewport, locale: 'de-DE', bypassCSP: true });
    const userContext = await env.browser.newContext({ viewport, locale: 'de-DE', bypassCSP: true });
    const admin = await adminContext.newPage();
    const person = await userContext.newPage();
    const shot = (page: typeof admin, name: string) =>
      page.screenshot({ path: join(SCREENSHOT_DIR, `accounts-${name}.png`), fullPage: true });

    // The administrator opens account management from the user menu and invites a kommune account.
    await login(admin, env.baseUrl);
    await admin.getByRole('button', { name: /Benutzermenü/ }).click();
    await admin.getByRole('link', { name: 'Konten verwalten' }).click();
    await admin.waitForURL(/\/konten$/);
    await admin.locator('#email').fill('ordnungsamt@bautzen.example');
    await admin.locator('#name').fill('Ordnungsamt Bautzen');
    await admin.locator('#role').selectOption('kommune');
    // The municipality is required for this role: the form says so before anything is sent.
    await admin.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect
      .poll(() => admin.getByText('Für die Rollen Kommune und Rat bitte die Kommune angeben.').count())
      .toBe(2);
    await admin.locator('#ags').selectOption(OWN.ags);
    await admin.getByRole('button', { name: 'Konto anlegen' }).click();
    const otp = (await admin.getByTestId('one-time-password').textContent())!.trim();
    expect(otp).toMatch(/^[\w-]{20,}$/);
    const row = admin.locator('tr[data-email="ordnungsamt@bautzen.example"]');
    await expect
      .poll(() => row.textContent())
      .toMatch(/Bautzen.*noch nie.*Einmalpasswort noch nicht geändert/);
    const violations = await runAxe(admin);
    expect(violations, describeViolations(violations)).toEqual([]);
    await shot(admin, 'invited');

    // The person logs in with the one-time password and must set their own first.
    const newPassword = 'Sichere-Kommune-Bautzen-2026';
    await login(person, env.baseUrl, { email: 'ordnungsamt@bautzen.example', password: otp });
    await person.waitForURL(/\/passwort$/);
    await person.locator('#currentPassword').fill(otp);
    await person.locator('#newPassword').fill(newPassword);
    await person.locator('#newPasswordRepeat').fill(newPassword);
    await person.getByRole('button', { name: 'Passwort ändern' }).click();
    await person.getByText('Ihr Passwort wurde geändert.').waitFor();

    // Only their municipality's surveys are listed.
    await person.goto(`${env.baseUrl}/befragungen`);
    await person.getByText(`Befragung ${OWN.name} 2026`).waitFor();
    expect(await person.getByText(`Befragung ${OTHER.name} 2026`).count()).toBe(0);
    await shot(person, 'kommune-surveys');
    const other = await person.request.get(`${env.baseUrl}/api/municipalities/${OTHER.ags}/contacts`);
    expect(other.status()).toBe(403);

    // The administrator sees the login and deactivates the account.
    await admin.reload();
    await expect.poll(() => row.textContent()).toMatch(/Kommune.*Bautzen.*aktiv/);
    expect(await row.textContent()).not.toMatch(/noch nie/);
    await row.getByRole('button', { name: /Deaktivieren/ }).click();
    await admin.getByText(/ist deaktiviert; seine Sitzungen sind beendet/).waitFor();
    await expect.poll(() => row.textContent()).toMatch(/deaktiviert/);
    await shot(admin, 'deactivated');

    // The person's open session has ended: the next navigation lands on the login page.
    await person.goto(`${env.baseUrl}/befragungen`);
    await person.waitForURL(/\/anmelden/);
    await person.locator('#email').fill('ordnungsamt@bautzen.example');
    await person.locator('#password').fill(newPassword);
    await person.getByRole('button', { name: 'Anmelden' }).click();
    await expect
      .poll(() => person.getByText('E-Mail-Adresse oder Passwort ist falsch.').count())
      .toBeGreaterThan(0);
    await shot(person, 'after-deactivation');

    await adminContext.close();
    await userContext.close();
  });
});
