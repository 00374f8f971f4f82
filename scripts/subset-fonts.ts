/**
 * Subsets KERN's Fira Sans (from @kern-ux/native) to the characters German and English text needs, for
 * the citizens' form (issue 10: ≤ 150 kB to the first question). Run after changing the character set
 * or updating @kern-ux/native; the results are committed:
 *   node --import tsx scripts/subset-fonts.ts
 * Uses subset-font (HarfBuzz's hb-subset as WebAssembly; no native build, no install script).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'node_modules/@kern-ux/native/dist/fonts/fira-sans');
const TARGET = join(ROOT, 'apps/server/src/routes/survey-form/assets');

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** Basic Latin, Latin-1 (ä ö ü ß é …), German quotes and dashes, ẞ, the euro sign, bullets, ellipsis. */
export const GERMAN_ENGLISH = `${range(0x20, 0x7e)}${range(0xa0, 0xff)}„“‚‘’”–—…•€ẞ‹›−`;

for (const [file, weight] of [
  ['FiraSans-Regular.woff2', 400],
  ['FiraSans-SemiBold.woff2', 600],
] as const) {
  const subset = await subsetFont(readFileSync(join(SOURCE, file)), GERMAN_ENGLISH, {
    targetFormat: 'woff2',
  });
  writeFileSync(join(TARGET, `fira-sans-${weight}.woff2`), subset);
  console.log(`fira-sans-${weight}.woff2: ${(subset.length / 1024).toFixed(1)} kB`);
}
