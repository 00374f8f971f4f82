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
          `Gesichert: ${r.rows} Zeilen aus ${r.tables} Tabellen nach ${resolve(file)} (${Math.round(r.bytes / 1024)} KiB, nur für den Eigentümer lesbar).`,
        );
        console.log('Nicht in der Sicherung: Sitzungen und das Geheimnis der Zugangscodes.');
        if (!r.secretFromEnvironment)
          console.log(
            'Hinweis: Das Geheimnis der Zugangscodes wurde beim ersten Start erzeugt und liegt nur in dieser Datenbank. ' +
              'Wer die Sicherung anderswo wiederherstellt, während eine Befragung läuft, braucht es als ASSKOMM_SECRET (siehe README, „Sicherung“).',
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
        console.log('Alle Sitzungen sind beendet; bitte neu anmelden.');
        if (r.codes === 'match') console.log('Zugangscodes: gültig (das Geheimnis passt zur Sicherung).');
        else if (r.codes === 'no-live-codes')
          console.log(
            'Zugangscodes: keine Welle im Entwurf oder in der Feldphase hat Codes; es gilt das Geheimnis dieser Installation.',
          );
        else console.log(`Achtung: ${r.codes.blocked}`);
      });
    });
}
