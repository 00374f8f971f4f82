import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError, SYSTEM_ACTOR } from '@asskomm/core/light';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { withPlatform } from '../with-platform';

const FORMATS = ['csv', 'xlsx', 'spss', 'r'] as const;

function waveId(value: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647)
    throw new InvalidArgumentError('Die Nummer der Welle ist eine positive ganze Zahl.');
  return id;
}

/** The `survey` command group, shared with the other survey commands (created once). */
export function surveyCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'survey') ??
    program.command('survey').description('Bürgerbefragungen: Zugangscodes, Exporte')
  );
}

/**
 * `asskomm survey export --wave ID --format csv|xlsx|spss|r --out PATH`: writes the export files into the
 * directory PATH (created if needed), or one ZIP archive when PATH ends with .zip.
 */
export function registerSurveyExportCommand(program: Command): void {
  surveyCommand(program)
    .command('export')
    .description(
      'Antworten einer Befragungswelle exportieren (CSV mit Codes und Labels, XLSX, SPSS-Syntax mit Daten, R-Skript mit Daten)',
    )
    .requiredOption('--wave <id>', 'Nummer der Befragungswelle', waveId)
    .addOption(new Option('--format <format>', 'Format').choices(FORMATS).makeOptionMandatory())
    .requiredOption('--out <pfad>', 'Verzeichnis für die Dateien, oder eine Datei mit der Endung .zip')
    .option(
      '--unmasked',
      'Freitexte wie eingegeben exportieren (sonst wie auf der Seite Freitexte maskiert); wird im Änderungsprotokoll vermerkt',
    )
    .action(
      async (opts: { wave: number; format: (typeof FORMATS)[number]; out: string; unmasked?: boolean }) => {
        const out = resolve(opts.out);
        const { exportWave, exportZip } = await import('@asskomm/core/surveys/results');
        await withPlatform(async (ctx) => {
          const exported = await exportWave(ctx, SYSTEM_ACTOR, opts.wave, opts.format, {
            freeTexts: opts.unmasked ? 'unmasked' : 'masked',
          });
          const written: string[] = [];
          try {
            if (out.toLowerCase().endsWith('.zip')) {
              mkdirSync(dirname(out), { recursive: true });
              writeFileSync(out, (await exportZip(exported)).bytes);
              written.push(out);
            } else {
              mkdirSync(out, { recursive: true });
              for (const file of exported.files) {
                const path = join(out, file.name);
                writeFileSync(path, file.bytes);
                written.push(path);
              }
            }
          } catch (error) {
            throw new AppError('VALIDATION_FAILED', {
              userMessage: `Die Datei(en) konnten nicht nach ${out} geschrieben werden: ${(error as Error).message}`,
            });
          }
          console.log(
            `Exportiert: ${exported.responses} Antworten der Welle ${opts.wave} (${opts.format.toUpperCase()}${exported.weighted ? ', mit Gewicht' : ', ohne Gewicht'}, Freitexte ${exported.freeTexts === 'masked' ? 'maskiert' : 'unmaskiert'}).`,
          );
          for (const path of written) console.log(`  ${path}`);
        });
      },
    );
}
