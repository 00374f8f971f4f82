// npm run bench: every benchmark of the platform, each printing its ratio against a baseline measured
// in the same run (R's survey package, raw PostgreSQL COPY, …). Pass names to run only some:
//   npm run bench -- stats pks survey
import { benchStats } from './bench-stats';

const benches: Record<string, () => Promise<void>> = {
  stats: () => benchStats({}),
};
for (const optional of ['pks', 'survey'] as const) {
  const module = await import(`./bench-${optional}.ts`).catch(() => null);
  const fn = module?.[`bench${optional[0]!.toUpperCase()}${optional.slice(1)}`] as (() => Promise<void>) | undefined;
  if (fn) benches[optional] = fn;
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n===== bench: ${name} =====`);
  await run();
}
process.exit(0);
