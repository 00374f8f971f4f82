import { resolve } from 'node:path';
import type { Command } from 'commander';
import { withPlatform } from '../with-platform';

export function registerBackupCommands(program: Command): void {
  program
    .command('backup <datei>')
    .description('Alle Daten in eine Datei sichern (gzip-komprimiertes JSON; PGlite und PostgreSQL)')
    .action(async (file: string) => {
      const { backupToFile } = await import('@asskomm/core');
      await withPlatform(async (ctx) => {
        const r = await backupToFile(ctx, resolve(file));
        console.log(
          `Gesichert: ${r.rows} Zeilen aus ${r.tables} Tabellen nach ${resolve(file)} (${Math.round(r.bytes / 1024)} KiB).`,
        );
      });
    });
  program
    .command('restore <datei>')
    .description('Alle Daten durch eine Sicherung ersetzen (alles oder nichts)')
    .action(async (file: string) => {
      const { restoreFromFile } = await import('@asskomm/core');
      await withPlatform(async (ctx) => {
        const r = await restoreFromFile(ctx, resolve(file));
        console.log(`Wiederhergestellt: ${r.rows} Zeilen in ${r.tables} Tabellen aus ${resolve(file)}.`);
      });
    });
}
