import { resolve } from 'node:path';
import { SYSTEM_ACTOR } from '@asskomm/core/light';
import type { Command } from 'commander';
import { withPlatform } from '../with-platform';

export function registerReferenceCommands(program: Command): void {
  const reference = program
    .command('reference')
    .description('Offene Referenzdaten (Gemeinden, Kreise, Grenzen)');
  reference
    .command('load <verzeichnis>')
    .description(
      'Referenzdaten (neuere Ausgabe, gleiche Dateinamen wie in data/reference) aus einem Verzeichnis laden',
    )
    .action(async (dir: string) => {
      const { loadReferenceData } = await import('@asskomm/core');
      await withPlatform(async (ctx) => {
        const result = await loadReferenceData(ctx, SYSTEM_ACTOR, resolve(dir));
        console.log(
          `Referenzdaten geladen aus ${result.directory}: ${result.municipalities} Gemeinden, ${result.districts} Kreise, ${result.boundaries} Grenzflächen.`,
        );
      });
    });
}
