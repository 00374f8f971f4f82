// `asskomm worker`: works off jobs (report and letter batches) until SIGINT/SIGTERM. Any number of
// worker processes may share one PostgreSQL database with the servers; with PGlite the server itself
// works off jobs (the data directory is locked to one process).
import type { Command } from 'commander';
import { withPlatform } from '../with-platform';

async function run(): Promise<void> {
  await withPlatform(async (ctx) => {
    const { startJobWorker } = await import('@asskomm/core/jobs');
    const worker = startJobWorker(ctx);
    console.error(
      `Auftragsbearbeitung läuft (Prozess ${process.pid}, Datenbank: ${ctx.database.kind}). Beenden mit Strg+C.`,
    );
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
    });
    console.error('Beende nach dem laufenden Schritt …');
    await worker.stop();
  });
}

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description(
      'Aufträge im Hintergrund abarbeiten (Berichts- und Briefstapel); beliebig viele Prozesse je PostgreSQL-Datenbank',
    )
    .action(run);
}
