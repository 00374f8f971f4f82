// npm run bench: every benchmark of the platform, each printing its ratio against a baseline measured
// in the same run (R's survey package, raw PostgreSQL COPY, `node -e 0`, the goal figures). Pass names to
// run only some:
//   npm run bench -- stats pks survey startup citizen report
import { benchCitizen } from './bench-citizen';
import { benchPks } from './bench-pks';
import { benchReport } from './bench-report';
import { benchReportBatch } from './bench-report-batch';
import { benchStartup } from './bench-startup';
import { benchStats } from './bench-stats';
import { benchSurvey } from './bench-survey';

const benches: Record<string, () => Promise<void>> = {
  stats: () => benchStats({}),
  pks: () => benchPks(),
  survey: () => benchSurvey(),
  startup: () => benchStartup(),
  citizen: () => benchCitizen(),
  // The single report (Typst share shown separately), then the 50-report batch on two worker processes.
  report: async () => {
    await benchReport();
    await benchReportBatch();
  },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n===== bench: ${name} =====`);
  await run();
}
process.exit(0);
