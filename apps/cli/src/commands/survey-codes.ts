import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_CODES_PER_REQUEST, SYSTEM_ACTOR } from '@asskomm/core/light';
import { type Command, InvalidArgumentError } from 'commander';
import { withPlatform } from '../with-platform';
import { surveyCommand } from './survey-export';

function positiveInt(what: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`${what} ist eine ganze Zahl von 1 bis ${max.toLocaleString('de-DE')}.`);
    return n;
  };
}

/**
 * `asskomm survey codes --wave ID --count N --out codes.csv`: access codes to print elsewhere (a print
 * shop's mail merge, paper questionnaires). The codes exist only in this file; the database keeps their
 * hashes. The file is written for the owner only (mode 600) and never overwritten without --force.
 */
export function registerSurveyCodesCommand(program: Command): void {
  surveyCommand(program)
    .command('codes')
    .description('Zugangscodes für eine Befragungswelle erzeugen und als CSV schreiben (zugangscode;link)')
    .requiredOption(
      '--wave <id>',
      'Nummer der Befragungswelle',
      positiveInt('Die Nummer der Welle', 2_147_483_647),
    )
    .requiredOption('--count <n>', 'Anzahl der Codes', positiveInt('Die Anzahl', MAX_CODES_PER_REQUEST))
    .requiredOption('--out <datei>', 'CSV-Datei, die geschrieben wird')
    .option('--force', 'eine vorhandene Datei überschreiben')
    .action(async (opts: { wave: number; count: number; out: string; force?: boolean }) => {
      const out = resolve(opts.out);
      if (existsSync(out) && !opts.force) {
        throw new Error(
          `${out} gibt es schon. Die Codes darin wären verloren; wählen Sie eine andere Datei oder --force.`,
        );
      }
      const { accessCodesCsv, createAccessCodes } = await import('@asskomm/core/surveys/fieldwork');
      await withPlatform(async (ctx) => {
        const { codes } = await createAccessCodes(ctx, SYSTEM_ACTOR, opts.wave, opts.count);
        const publicUrl = ctx.config.ASSKOMM_PUBLIC_URL ?? `http://localhost:${ctx.config.PORT}`;
        writeFileSync(out, accessCodesCsv(codes, publicUrl), { mode: 0o600 });
        console.log(`${codes.length} Zugangscodes für Welle ${opts.wave} nach ${out} geschrieben.`);
        console.log(
          'Die Codes stehen nur in dieser Datei (gespeichert ist nur ihr Hash). Bitte nach dem Druck löschen.',
        );
        if (!ctx.config.ASSKOMM_PUBLIC_URL)
          console.error(`Hinweis: ASSKOMM_PUBLIC_URL ist nicht gesetzt; die Links zeigen auf ${publicUrl}.`);
      });
    });
}
