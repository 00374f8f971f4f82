// `asskomm lagebericht --ags AGS [--wave ID] --format pdf|docx|html|xlsx --out FILE` and
// `asskomm lagebericht --all --out-dir DIR`: the Lagebericht of one municipality, or of every
// municipality with data of its own, with a progress bar. Calls core directly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError, DEMO_AGS, SYSTEM_ACTOR } from '@asskomm/core/light';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { withPlatform } from '../with-platform';

/** Same list as REPORT_FORMATS in @asskomm/report/lagebericht, which is loaded only when the command runs. */
const FORMATS = ['pdf', 'docx', 'html', 'xlsx'] as const;
type ReportFormat = (typeof FORMATS)[number];

interface LageberichtOptions {
  ags?: string;
  wave?: number;
  format: ReportFormat;
  out?: string;
  all?: boolean;
  outDir?: string;
  date?: string;
}

function parseAgs(value: string): string {
  if (value === 'demo') return DEMO_AGS;
  if (!/^\d{8}$/.test(value))
    throw new InvalidArgumentError('--ags braucht einen 8-stelligen Gemeindeschlüssel oder „demo“.');
  return value;
}

function parseWave(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('--wave braucht eine Befragungsnummer (ganze Zahl ≥ 1).');
  return n;
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('--date braucht ein Datum JJJJ-MM-TT.');
  return value;
}

/** One redrawn line on a terminal, otherwise one line per report. */
function progress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  return (done: number, label: string) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`;
    if (stream.isTTY) stream.write(`\r${line.padEnd(90).slice(0, 90)}${done === total ? '\n' : ''}`);
    else stream.write(`${line}\n`);
  };
}

async function run(opts: LageberichtOptions): Promise<void> {
  // Loaded here, not at CLI start: charts, Typst, docx and exceljs are only needed by this command.
  const { listReportMunicipalities, renderLageberichtFile } = await import('@asskomm/core/reports');
  if (opts.all) {
    if (!opts.outDir)
      throw new AppError('VALIDATION_FAILED', {
        userMessage: 'Mit --all bitte --out-dir VERZEICHNIS angeben.',
      });
    const dir = resolve(opts.outDir);
    mkdirSync(dir, { recursive: true });
    await withPlatform(async (ctx) => {
      const list = await listReportMunicipalities(ctx);
      const tick = progress(list.length);
      let done = 0;
      for (const m of list) {
        const { bytes } = await renderLageberichtFile(ctx, SYSTEM_ACTOR, {
          ags: m.ags,
          format: opts.format,
          reportDate: opts.date,
        });
        writeFileSync(join(dir, `lagebericht-${m.ags}.${opts.format}`), bytes);
        tick(++done, m.name);
      }
      console.log(`${list.length} Lageberichte in ${dir}`);
    });
    return;
  }
  if (!opts.ags || !opts.out)
    throw new AppError('VALIDATION_FAILED', {
      userMessage: 'Bitte --ags AGS und --out DATEI angeben (oder --all --out-dir VERZEICHNIS).',
    });
  const out = resolve(opts.out);
  await withPlatform(async (ctx) => {
    const { bytes, model } = await renderLageberichtFile(ctx, SYSTEM_ACTOR, {
      ags: opts.ags!,
      waveId: opts.wave,
      format: opts.format,
      reportDate: opts.date,
    });
    writeFileSync(out, bytes);
    console.log(`${model.title}: ${out}`);
  });
}

export function registerLageberichtCommand(program: Command): void {
  program
    .command('lagebericht')
    .description('Lagebericht einer Kommune als PDF, DOCX, HTML oder XLSX (oder aller Kommunen mit Daten)')
    .option('--ags <ags>', 'Gemeindeschlüssel (8 Ziffern) oder „demo“ für Musterstadt', parseAgs)
    .option('--wave <id>', 'Befragung (Standard: die neueste ausgewertete)', parseWave)
    .addOption(new Option('--format <format>', 'Ausgabeformat').choices([...FORMATS]).default('pdf'))
    .option('--out <datei>', 'Ausgabedatei')
    .option('--all', 'für jede Kommune mit eigenen Daten (PKS oder Befragung)')
    .option('--out-dir <verzeichnis>', 'Zielverzeichnis für --all')
    .option(
      '--date <jjjj-mm-tt>',
      'Berichtsdatum (Standard: heute); gleiche Daten und Datum ergeben dieselbe Datei',
      parseDate,
    )
    .action(run);
}
