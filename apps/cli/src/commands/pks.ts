// `asskomm pks import FILE` and `asskomm pks profile --ags AGS`: the PKS import (with progress bar and
// summary) and the crime profile as JSON (documented shape) or as a German table. Calls core directly.
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { PksImportFormat, PksImportProgress, PksImportSummary, PksProfile } from '@asskomm/core';
import { AppError, PKS_IMPORT_FORMATS, SYSTEM_ACTOR } from '@asskomm/core/light';
import { type Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { withPlatform } from '../with-platform';

/** Files from this size on get a progress display. */
const PROGRESS_FROM_BYTES = 1024 * 1024;

const int = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const dec1 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const fmtInt = (v: number | null | undefined) => (v == null ? '–' : int.format(v));
const fmtDec = (v: number | null | undefined) => (v == null ? '–' : dec1.format(v));

interface Issue {
  code: string;
  line?: number;
  column?: string;
  value?: string;
  message: string;
  omitted?: number;
}

/** "Zeile 6, Spalte „erfasste_faelle“, Wert „-12“: …" */
export function formatIssue(issue: Issue): string {
  const where = [
    issue.line != null ? `Zeile ${issue.line}` : null,
    issue.column ? `Spalte „${issue.column}“` : null,
    issue.value !== undefined ? `Wert „${issue.value}“` : null,
  ].filter(Boolean);
  // Importer messages often start with their own location (`Zeile 356, Spalte "X": "62": …`); the
  // prefix above says the same, so drop it from the message instead of printing it twice.
  const message = where.length
    ? issue.message.replace(/^Zeile \d+(, Spalte "[^"]*")?: /, '').replace(/^"[^"]*": /, '')
    : issue.message;
  return `${where.length ? `${where.join(', ')}: ` : ''}${message} [${issue.code}]`;
}

/** A progress bar on stderr (TTY: one redrawn line; otherwise a line every 25 %). */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  const phases: Record<string, string> = { lesen: 'Prüfen', schreiben: 'Speichern' };
  const lastQuarter = new Map<string, number>();
  let lastDraw = 0;
  let open = false;
  return {
    update(p: PksImportProgress) {
      const share = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
      const label = phases[p.phase] ?? p.phase;
      if (stream.isTTY) {
        const now = Date.now();
        if (share < 1 && now - lastDraw < 100) return;
        lastDraw = now;
        const width = 30;
        const filled = Math.round(share * width);
        const amount =
          p.unit === 'bytes'
            ? `${dec1.format(p.done / 1048576)} von ${dec1.format(p.total / 1048576)} MB`
            : `${int.format(p.done)} von ${int.format(p.total)} Zeilen`;
        stream.write(
          `\r${label.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)} % ${amount}   `,
        );
        open = true;
        if (share >= 1) {
          stream.write('\n');
          open = false;
        }
        return;
      }
      const quarter = Math.floor(share * 4);
      if ((lastQuarter.get(p.phase) ?? -1) >= quarter) return;
      lastQuarter.set(p.phase, quarter);
      stream.write(`${label}: ${quarter * 25} %\n`);
    },
    done() {
      if (open) stream.write('\n');
      open = false;
    },
  };
}

function summaryLines(s: PksImportSummary): string[] {
  const lines = [
    `Datei:        ${s.filename ?? '–'} (${s.formatLabel}${s.encoding ? `, ${s.encoding}` : ''})`,
    `Quelle:       ${s.source}`,
    `Jahre:        ${s.years.join(', ') || '–'}`,
    `Zeilen:       ${fmtInt(s.rowCount)} · Gebiete: ${fmtInt(s.areaCount)} · Schlüssel: ${fmtInt(s.keyCount)}`,
  ];
  for (const t of s.totals)
    lines.push(
      `Straftaten insgesamt ${t.year}: ${fmtInt(t.cases)} Fälle (Summe über ${fmtInt(t.areas)} Gebiete)`,
    );
  return lines;
}

function printIssues(title: string, issues: Issue[], total: number, limit = 30): void {
  if (issues.length === 0) return;
  console.error(`${title} (${fmtInt(total)}):`);
  for (const issue of issues.slice(0, limit)) console.error(`  - ${formatIssue(issue)}`);
  if (issues.length > limit) console.error(`  … ${fmtInt(issues.length - limit)} weitere aufgelistet`);
}

export interface PksImportOptions {
  format?: PksImportFormat;
  year?: number;
  source?: string;
  dryRun?: boolean;
}

async function runImport(file: string, opts: PksImportOptions): Promise<void> {
  const path = resolve(file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('VALIDATION_FAILED', { userMessage: `Die Datei ${path} gibt es nicht.` });
  }
  const bytes = new Uint8Array(readFileSync(path));
  const progress = size >= PROGRESS_FROM_BYTES ? progressReporter() : null;
  const input = {
    bytes,
    filename: basename(path),
    format: opts.format,
    year: opts.year,
    source: opts.source,
    onProgress: progress ? (p: PksImportProgress) => progress.update(p) : undefined,
  };
  const { importPksFile, previewPksImport } = await import('@asskomm/core');
  await withPlatform(async (ctx) => {
    if (opts.dryRun) {
      const preview = await previewPksImport(ctx, SYSTEM_ACTOR, input);
      progress?.done();
      console.log('Probelauf (--dry-run): es wurde nichts gespeichert.');
      for (const line of summaryLines(preview.summary)) console.log(line);
      if (preview.replacesRows > 0)
        console.log(`Ein Import ersetzt ${fmtInt(preview.replacesRows)} Zeilen derselben Quelle und Jahre.`);
      printIssues('Fehler', preview.errors, preview.summary.errorCount);
      printIssues('Warnungen', preview.warnings, preview.summary.warningCount);
      if (!preview.ok) {
        console.error('Die Datei würde abgelehnt.');
        throw new CommanderError(1, 'pks.rejected', '');
      }
      console.log('Die Datei kann importiert werden.');
      return;
    }
    try {
      const result = await importPksFile(ctx, SYSTEM_ACTOR, input);
      progress?.done();
      console.log(`Importiert (Import Nr. ${result.importId}, ${dec1.format(result.durationMs / 1000)} s):`);
      for (const line of summaryLines(result.summary)) console.log(line);
      if (result.replacedRows > 0)
        console.log(
          `Ersetzt: ${fmtInt(result.replacedRows)} Zeilen eines früheren Imports derselben Quelle.`,
        );
      const seconds = result.durationMs / 1000;
      if (seconds > 0 && result.summary.rowCount >= 10_000)
        console.log(`Durchsatz: ${fmtInt(result.summary.rowCount / seconds)} Zeilen/s`);
      printIssues('Warnungen', result.warnings, result.summary.warningCount);
    } catch (error) {
      progress?.done();
      if (error instanceof AppError && (error.code === 'IMPORT_REJECTED' || error.code === 'FORBIDDEN')) {
        console.error(`Fehler: ${error.userMessage}`);
        const details = Array.isArray(error.details) ? (error.details as Issue[]) : [];
        printIssues('Fehler', details, details.length);
        throw new CommanderError(1, 'pks.rejected', '');
      }
      throw error;
    }
  });
}

function changeCell(rateRatio: number, notable: boolean): string {
  const percent = Math.round((rateRatio - 1) * 100);
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  return `${sign}${int.format(Math.abs(percent))} %${notable ? ' (deutlich)' : ''}`;
}

const table = (rows: string[][], right: boolean[]): string[] => {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (right[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
};

/** The profile as readable German text: one table per key, then the assessment of the latest year. */
export function formatProfileText(profile: PksProfile): string {
  const out: string[] = [];
  const kind = { gemeinde: 'Kommune', kreis: 'Kreis', land: 'Land' }[profile.kind];
  out.push(`Kriminalitätsprofil: ${profile.name} (${kind}, AGS ${profile.ags})`);
  if (profile.district) out.push(`Kreis: ${profile.district.name} (${profile.district.ags})`);
  for (const note of profile.notes) out.push(`Hinweis: ${note}`);
  for (const s of profile.series) {
    out.push('', `${s.label} (Schlüssel ${s.key})`);
    if (s.points.length === 0) {
      out.push('  keine Daten');
      continue;
    }
    const rows = [['Jahr', 'Fälle', 'Einwohner', 'HZ', '95-%-KI der HZ', 'AQ %', 'zum Vorjahr']];
    for (const p of s.points)
      rows.push([
        String(p.year),
        fmtInt(p.cases),
        `${fmtInt(p.population)}${p.populationDerived ? '*' : ''}`,
        fmtDec(p.hz),
        p.hzCiLow == null ? '–' : `${fmtDec(p.hzCiLow)} – ${fmtDec(p.hzCiHigh)}`,
        fmtDec(p.clearanceRate),
        p.changeVsPrevious ? changeCell(p.changeVsPrevious.rateRatio, p.changeVsPrevious.notable) : '–',
      ]);
    for (const line of table(rows, [false, true, true, true, true, true, false])) out.push(`  ${line}`);
    const last = s.points.at(-1)!;
    const texts = [
      last.changeVsPrevious?.text,
      last.changeVsFiveYearMean?.text,
      last.vsDistrict?.text,
      last.vsSaxony?.text,
    ].filter(Boolean);
    if (texts.length) {
      out.push(`  Einordnung ${last.year}:`);
      for (const t of texts) out.push(`  - ${t}`);
    }
    for (const b of s.breaks) out.push(`  Bruch in der Reihe ab ${b.year}: ${b.label}`);
    if (s.note) out.push(`  Anmerkung: ${s.note}`);
  }
  out.push('');
  if (profile.series.some((s) => s.points.some((p) => p.populationDerived)))
    out.push('* Einwohnerzahl aus der veröffentlichten BKA-Häufigkeitszahl abgeleitet.');
  out.push(`HZ: ${profile.denominator}`);
  for (const a of profile.attributions) out.push(a.text);
  return `${out.join('\n')}\n`;
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('ein Jahr mit vier Ziffern erwartet');
  return Number(value);
}

export function registerPksCommands(program: Command): void {
  const pks = program.command('pks').description('Polizeiliche Kriminalstatistik (PKS): Import und Profile');
  pks
    .command('import <datei>')
    .description(
      'PKS-Tabelle (BKA-Kreistabelle, bereinigte Kreistabelle, Gemeinde-Vorlage CSV/XLSX) oder Bevölkerungsreihe importieren – alles oder nichts',
    )
    .addOption(
      new Option('--format <format>', 'Dateiformat (sonst am Inhalt erkannt)').choices([
        ...PKS_IMPORT_FORMATS,
      ]),
    )
    .option('--year <jahr>', 'Berichtsjahr einer BKA-Tabelle (sonst aus dem Dateinamen)', parseYear)
    .option('--source <name>', 'Name der Quelle; ein erneuter Import derselben Quelle und Jahre ersetzt sie')
    .option('--dry-run', 'nur prüfen und zusammenfassen, nichts speichern')
    .action(async (file: string, opts: PksImportOptions) => runImport(file, opts));
  pks
    .command('profile')
    .description('Kriminalitätsprofil einer Kommune (8 Ziffern), eines Kreises (5) oder Sachsens (14)')
    .requiredOption('--ags <ags>', 'AGS: 8 Ziffern (Kommune), 5 Ziffern (Kreis) oder 14 (Sachsen)')
    .option(
      '--keys <schluessel>',
      'Straftatenschlüssel, durch Kommas getrennt (Standard: Hauptdeliktsgruppen)',
    )
    .option('--from <jahr>', 'erstes Berichtsjahr', parseYear)
    .option('--to <jahr>', 'letztes Berichtsjahr', parseYear)
    .option('--json', 'JSON ausgeben: {ags, name, series: [{key, year, cases, population, hz, …}]}')
    .action(async (opts: { ags: string; keys?: string; from?: number; to?: number; json?: boolean }) => {
      if (!/^(\d{8}|\d{5}|14)$/.test(opts.ags))
        throw new AppError('VALIDATION_FAILED', {
          userMessage: `--ags ${opts.ags}: erwartet werden 8 Ziffern (Kommune), 5 Ziffern (Kreis) oder 14 (Sachsen).`,
        });
      const keys = opts.keys
        ?.split(',')
        .map((k) => k.trim())
        .filter(Boolean);
      for (const key of keys ?? [])
        if (!/^[0-9*-]{6}$/.test(key))
          throw new AppError('VALIDATION_FAILED', {
            userMessage: `--keys: „${key}“ ist kein Straftatenschlüssel (6 Zeichen aus Ziffern, * und -).`,
          });
      const { getPksProfile, toCliJson } = await import('@asskomm/core');
      await withPlatform(async (ctx) => {
        const profile = await getPksProfile(ctx, SYSTEM_ACTOR, opts.ags, {
          keys,
          from: opts.from,
          to: opts.to,
        });
        process.stdout.write(
          opts.json ? `${JSON.stringify(toCliJson(profile), null, 2)}\n` : formatProfileText(profile),
        );
      });
    });
}
