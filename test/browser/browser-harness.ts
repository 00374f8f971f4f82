import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CoreContext, createUser, SYSTEM_ACTOR } from '@asskomm/core';
import { startJobWorker } from '@asskomm/core/jobs';
import { buildApp } from '@asskomm/server';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createTestPlatform, REPO_ROOT } from '../helpers/test-platform';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const WEB_DIST = join(REPO_ROOT, 'apps/web/dist');
export const HAS_WEB_BUILD = existsSync(join(WEB_DIST, 'index.html'));
export const CAN_RUN_BROWSER = HAS_CHROMIUM && HAS_WEB_BUILD;
export const SKIP_BROWSER_REASON = !HAS_CHROMIUM
  ? `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium): browser tests skipped`
  : 'web app not built (npm run build:web): browser tests skipped';

/** Screenshots land here for people to look at; not committed. */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results/screenshots');

export const ADMIN = { email: 'admin@example.org', password: 'Browser-Test-2026!' };

export interface BrowserEnv {
  ctx: CoreContext;
  app: FastifyInstance;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the real server (built web app, real reference data) on a free port and a headless Chromium. */
export async function startBrowserEnv(): Promise<BrowserEnv> {
  const ctx = await createTestPlatform();
  await createUser(ctx, SYSTEM_ACTOR, {
    email: ADMIN.email,
    role: 'admin',
    password: ADMIN.password,
    name: 'Ada Admin',
  });
  const app = await buildApp(ctx, { logger: false, webDist: WEB_DIST });
  // Jobs (report and letter batches) are worked off in-process, as `asskomm start` does.
  const worker = startJobWorker(ctx, { pollMs: 200 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
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
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    ctx,
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await worker.stop();
      await app.close();
      await ctx.database.close();
    },
  };
}

/** Records every request to a host other than the app's, to prove the pages make no third-party requests. */
export function trackForeignRequests(page: Page, baseUrl: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core with the WCAG 2.1 A/AA rules on the current page. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // Runs in the page; typed loosely because this file is compiled without the DOM library.
  return page.evaluate(async () => {
    const g = globalThis as unknown as {
      document: unknown;
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await g.axe.run(g.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}

export async function login(page: Page, baseUrl: string, user = ADMIN): Promise<void> {
  await page.goto(`${baseUrl}/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(user.email);
  await page.getByLabel('Passwort', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
}
