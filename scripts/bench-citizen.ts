// The citizen's path on a throttled phone (issue 10): bytes transferred and time from opening the
// letter's link (/befragung?code=…) to the first question, in Debian's Chromium with DevTools' "Slow 4G"
// profile and a 4× CPU slowdown, against today's figure of the former SurveyJS page (2,792 kB, recorded
// before this change; the SurveyJS page is no longer in the tree, so it cannot be measured in the run).
//
//   node --import tsx scripts/bench-citizen.ts [--rounds 3]
//
// Each round opens the link in a fresh browser context (empty cache); the median round is reported.
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium); the server runs on PGlite in memory.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildApp } from '../apps/server/src/index';
import { waveInField } from '../apps/server/test/surveys-fixtures';
import { createTestPlatform } from '../test/helpers/test-platform';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The former SurveyJS page: 2,792 kB to the first question (issue 10, measured on main before it). */
const SURVEYJS_BASELINE_BYTES = 2792 * 1024;
const BUDGET_BYTES = 150 * 1024;
/** Chrome DevTools' "Slow 4G" preset (as DevTools defines it: 1.6 Mbit/s ×0.9 down, 150 ms ×3.75). */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

const kB = (bytes: number) => `${(bytes / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} kB`;

export async function benchCitizen(options: { rounds?: number } = {}): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`Chromium not found at ${CHROMIUM}: citizen bench skipped`);
    return;
  }
  const rounds = options.rounds ?? 3;
  const ctx = await createTestPlatform({ reference: false });
  const app = await buildApp(ctx, { logger: false, webDist: '/nonexistent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { codes } = await waveInField(ctx, { codes: rounds });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const results: { bytes: number; ms: number }[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
        bytes += e.encodedDataLength;
      });
      const started = performance.now();
      await page.goto(`${base}/befragung?code=${codes[round]}`, { waitUntil: 'load', timeout: 120_000 });
      // The first question is there (its heading and its answers, in the web font).
      await page.locator('input[type=radio]').first().waitFor({ state: 'visible' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      const ms = performance.now() - started;
      await page.waitForLoadState('networkidle');
      results.push({ bytes, ms });
      console.log(`  round ${round + 1}: ${kB(bytes)}, first question after ${Math.round(ms)} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
    await ctx.database.close();
  }
  const median = [...results].sort((a, b) => a.ms - b.ms)[Math.floor(results.length / 2)]!;
  console.log(
    `citizen's form, letter link → first question (Slow 4G, CPU 4× slower, empty cache, median of ${rounds}):`,
  );
  console.log(
    `  transferred:     ${kB(median.bytes)} (budget ${kB(BUDGET_BYTES)}: ${median.bytes <= BUDGET_BYTES ? 'kept' : 'EXCEEDED'})`,
  );
  console.log(`  time:            ${(median.ms / 1000).toFixed(2)} s`);
  console.log(
    `  former SurveyJS: ${kB(SURVEYJS_BASELINE_BYTES)} (recorded baseline) → now ${((median.bytes / SURVEYJS_BASELINE_BYTES) * 100).toFixed(1)} % of it, ${(SURVEYJS_BASELINE_BYTES / median.bytes).toFixed(0)}× less`,
  );
  // What the old bytes alone would cost on this link (transfer time, without parsing SurveyJS).
  const oldTransfer = SURVEYJS_BASELINE_BYTES / SLOW_4G.downloadThroughput;
  console.log(`  former bytes on this link alone would take ≥ ${oldTransfer.toFixed(1)} s to transfer`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--rounds');
  await benchCitizen({ rounds: at > 0 ? Number(process.argv[at + 1]) : undefined });
  process.exit(0);
}
