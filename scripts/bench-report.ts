// Lagebericht benchmark (issue 11): median time for one full PDF report of Musterstadt (gather the inputs
// from the database, build the model, render the charts, compile with Typst), with the Typst share shown
// separately, against a baseline measured in the same run: Typst compiling a one-page document with the
// same fonts (the fixed cost of any PDF). Goal: a full report in under 3 s on this machine.
//
//   node --import tsx scripts/bench-report.ts [--rounds 5]
//
// Runs on an in-memory PGlite platform prepared as `npm start` does (demo data; no shared data needed).
import { pathToFileURL } from 'node:url';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { DEMO_AGS, openPlatform, SYSTEM_ACTOR, testConfig } from '../packages/core/src/index';
import { createLagebericht } from '../packages/core/src/reports/index';
import { createDb } from '../packages/db/src/index';
import { FONT_DIRS } from '../packages/report/src/index';
import { renderLageberichtPdf } from '../packages/report/src/lagebericht/index';

const GOAL_MS = 3000;
const fmt = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function rounds(): number {
  const i = process.argv.indexOf('--rounds');
  const n = i >= 0 ? Number(process.argv[i + 1]) : 5;
  return Number.isInteger(n) && n > 0 ? n : 5;
}

export async function benchReport(): Promise<void> {
  const n = rounds();
  const database = await createDb({ kind: 'pglite', dataDir: null });
  const config = testConfig({
    ASSKOMM_REFERENCE_DIR: '/nonexistent-reference-dir',
    ASSKOMM_SECRET: 'bench-secret-bench-secret-bench-secret-1',
  });
  const ctx = await openPlatform(config, {
    database,
    log: { info() {}, warn() {}, error() {} },
    skipReference: true,
  });
  try {
    const baselineCompiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [...FONT_DIRS] }] });
    const baseline: number[] = [];
    const total: number[] = [];
    const gather: number[] = [];
    const charts: number[] = [];
    const typst: number[] = [];
    let pages = 0;
    for (let r = 0; r <= n; r++) {
      // Baseline: a minimal document through the same compiler path (different text each round, no memo).
      const b0 = performance.now();
      const doc = baselineCompiler.compile({
        mainFileContent: `#set text(font: "Fira Sans", lang: "de")\n= Seite ${r}\nEin kurzer Absatz.`,
      });
      baselineCompiler.pdf(doc.result!);
      baselineCompiler.evictCache(10);
      const b1 = performance.now();

      const t0 = performance.now();
      // A different report date each round, so nothing is served from Typst's memo cache.
      const { model } = await createLagebericht(ctx, SYSTEM_ACTOR, {
        ags: DEMO_AGS,
        reportDate: `2026-01-${String(r + 1).padStart(2, '0')}`,
      });
      const t1 = performance.now();
      const timing = { chartsMs: 0, typstMs: 0 };
      const pdf = renderLageberichtPdf(model, timing);
      const t2 = performance.now();
      pages = (
        Buffer.from(pdf)
          .toString('latin1')
          .match(/\/Type\s*\/Page\b/g) ?? []
      ).length;
      if (r === 0) continue; // warm-up: module loading, font scan
      baseline.push(b1 - b0);
      total.push(t2 - t0);
      gather.push(t1 - t0);
      charts.push(timing.chartsMs);
      typst.push(timing.typstMs);
    }
    const m = median(total);
    console.log(`Lagebericht Musterstadt (PDF, ${pages} Seiten), Median aus ${n} Läufen:`);
    console.log(
      `  gesamt           ${fmt.format(m)} ms (Ziel < ${fmt.format(GOAL_MS)} ms: ${m < GOAL_MS ? 'erreicht' : 'verfehlt'}, ${(m / GOAL_MS).toFixed(2)} × Ziel)`,
    );
    console.log(
      `  davon Daten+Modell ${fmt.format(median(gather))} ms, Diagramme ${fmt.format(median(charts))} ms, Typst ${fmt.format(median(typst))} ms`,
    );
    console.log(
      `  Vergleich: Typst-Minimaldokument ${fmt.format(median(baseline))} ms; Typst-Anteil Bericht = ${(median(typst) / median(baseline)).toFixed(1)} × Minimaldokument`,
    );
  } finally {
    await ctx.database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchReport();
