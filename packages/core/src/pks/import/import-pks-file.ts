import type { Db } from '@asskomm/db';
import {
  type ColumnarImportResult,
  type ImportIssue,
  type PksFactColumns,
  parseGemeindeCsvChunks,
} from '@asskomm/importers';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { canSome } from '../../auth/authorize';
import type { Actor, CoreContext } from '../../context';
import { AppError } from '../../errors';
import { loadImportLookups } from './import-lookups';
import { type PksImportSummary, type PksSample, sampleOf, summarize } from './import-summary';
import { agsOf, type ParsedUpload, parseUpload, permissionIssues, sourceFor } from './parse-upload';
import { type PksImportFormat, resolveFormat } from './resolve-format';
import { createFactWriter, presentOptionalFields } from './write-facts';
import {
  countReplacedFacts,
  insertImportLog,
  sourceHasFacts,
  writeFactImport,
  writePopulationImport,
} from './write-import';

export interface PksImportProgress {
  phase: 'lesen' | 'schreiben';
  done: number;
  total: number;
  unit: 'bytes' | 'rows';
}

export interface PksImportInput {
  bytes: Uint8Array;
  filename?: string | null;
  /** Detected from the content when not given. */
  format?: PksImportFormat;
  /** Berichtsjahr of a BKA table (otherwise from the file name). */
  year?: number;
  /** Data set name for municipality and population files (defaults: "Gemeinde-Vorlage", "Bevölkerungsdatei"). */
  source?: string;
  onProgress?: (progress: PksImportProgress) => void;
}

export interface PksImportPreview {
  /** True when committing would succeed (no errors, permission for every area). */
  ok: boolean;
  summary: PksImportSummary;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Rows of earlier imports of the same source, level and years that a commit would replace. */
  replacesRows: number;
  sample: PksSample;
}

export interface PksImportResult {
  importId: number;
  summary: PksImportSummary;
  warnings: ImportIssue[];
  replacedRows: number;
  durationMs: number;
}

function assertMayImport(actor: Actor | string): void {
  if (typeof actor !== 'string' && !canSome(actor, 'pks:import')) throw new AppError('FORBIDDEN');
}

function rejected(errors: ImportIssue[], summary?: PksImportSummary): AppError {
  const n = summary?.errorCount ?? errors.length;
  return new AppError('IMPORT_REJECTED', {
    userMessage: `Die Datei wurde nicht importiert: ${n === 1 ? 'ein Fehler' : `${n.toLocaleString('de-DE')} Fehler`}. Es wurde nichts gespeichert.`,
    details: errors,
  });
}

function forbidden(issues: ImportIssue[]): AppError {
  const list = issues
    .filter((i) => i.value)
    .map((i) => i.value)
    .join(', ');
  return new AppError('FORBIDDEN', {
    userMessage: `Sie dürfen für diese Gebiete keine PKS-Daten importieren: ${list}. Es wurde nichts gespeichert.`,
    details: issues,
  });
}

/** Checks a file completely and says what a commit would do. Writes nothing. */
export async function previewPksImport(
  ctx: CoreContext,
  actor: Actor | string,
  input: PksImportInput,
): Promise<PksImportPreview> {
  assertMayImport(actor);
  const lookups = await loadImportLookups(ctx.db);
  const format = resolveFormat(input.bytes, input.filename ?? undefined, input.format);
  input.onProgress?.({ phase: 'lesen', done: 0, total: input.bytes.length, unit: 'bytes' });
  const parsed = await parseUpload(format, input, lookups);
  input.onProgress?.({ phase: 'lesen', done: input.bytes.length, total: input.bytes.length, unit: 'bytes' });
  const denied = permissionIssues(actor, agsOf(parsed));
  const summary = summarize(parsed, input.filename ?? null);
  const errors = [...denied, ...parsed.errors];
  summary.errorCount +=
    denied.filter((d) => !d.omitted).length + denied.reduce((s, d) => s + (d.omitted ?? 0), 0);
  const replacesRows =
    parsed.type === 'facts' && errors.length === 0
      ? await countReplacedFacts(ctx.db, parsed.areaKind, parsed.source, summary.years)
      : 0;
  return {
    ok: errors.length === 0,
    summary,
    errors,
    warnings: parsed.warnings,
    replacesRows,
    sample: sampleOf(parsed),
  };
}

/**
 * Imports a PKS file (BKA district table, tidy district CSV, municipality template CSV/XLSX) or a
 * population series in ONE transaction: rows of the same source, level and years are replaced; any
 * error (in the file, a missing permission, a conflict with another source) writes nothing and throws
 * IMPORT_REJECTED / FORBIDDEN with the issues (line, column, value) in `details`.
 * Large municipality CSVs on PostgreSQL are parsed and COPYed at the same time (the database inserts
 * while the next batch is parsed) when nothing of their source has to be replaced.
 */
export async function importPksFile(
  ctx: CoreContext,
  actor: Actor | string,
  input: PksImportInput,
): Promise<PksImportResult> {
  assertMayImport(actor);
  const started = performance.now();
  const lookups = await loadImportLookups(ctx.db);
  const format = resolveFormat(input.bytes, input.filename ?? undefined, input.format);
  const isZip = input.bytes[0] === 0x50 && input.bytes[1] === 0x4b;
  const source = sourceFor(format, input.source);
  if (
    format === 'gemeinde' &&
    !isZip &&
    ctx.database.kind === 'postgres' &&
    !(await sourceHasFacts(ctx.db, 'gemeinde', source))
  ) {
    return streamGemeindeCsv(ctx, actor, input, source, lookups, started);
  }
  input.onProgress?.({ phase: 'lesen', done: 0, total: input.bytes.length, unit: 'bytes' });
  const parsed = await parseUpload(format, input, lookups);
  input.onProgress?.({ phase: 'lesen', done: input.bytes.length, total: input.bytes.length, unit: 'bytes' });
  const summary = summarize(parsed, input.filename ?? null);
  const denied = permissionIssues(actor, agsOf(parsed));
  if (parsed.errors.length > 0) throw rejected([...denied, ...parsed.errors], summary);
  if (denied.length > 0) throw forbidden(denied);
  const log = {
    source: parsed.source,
    format: parsed.format,
    areaKind: summary.areaKind,
    filename: input.filename ?? null,
    years: summary.years,
    rowCount: summary.rowCount,
    agsList: agsOf(parsed),
    warnings: parsed.warnings,
    warningCount: summary.warningCount,
  };
  const written = await translateConflicts(
    ctx.db,
    lineFinder(parsed.type === 'facts' ? [parsed.columns] : []),
    () =>
      ctx.db.transaction(async (tx) => {
        if (parsed.type === 'population') return writePopulationImport(tx, actor, log, parsed.rows);
        return writeFactImport(
          tx,
          ctx.database.kind,
          actor,
          log,
          { areaKind: parsed.areaKind, rows: parsed.rows ?? undefined, columns: parsed.columns ?? undefined },
          (done, total) => input.onProgress?.({ phase: 'schreiben', done, total, unit: 'rows' }),
        );
      }),
  );
  const durationMs = Math.round(performance.now() - started);
  await setDuration(ctx.db, written.importId, durationMs);
  return {
    importId: written.importId,
    summary,
    warnings: parsed.warnings,
    replacedRows: written.replacedRows,
    durationMs,
  };
}

async function setDuration(db: Db, importId: number, ms: number): Promise<void> {
  await db.execute(sql`update pks_imports set duration_ms = ${ms} where id = ${importId}`);
}

async function* chunksOf(bytes: Uint8Array, size = 1 << 20): AsyncGenerator<Uint8Array> {
  for (let from = 0; from < bytes.length; from += size)
    yield bytes.subarray(from, Math.min(bytes.length, from + size));
}

/** PostgreSQL, municipality CSV, nothing to replace: parse and COPY concurrently in one transaction. */
async function streamGemeindeCsv(
  ctx: CoreContext,
  actor: Actor | string,
  input: PksImportInput,
  source: string,
  lookups: Awaited<ReturnType<typeof loadImportLookups>>,
  started: number,
): Promise<PksImportResult> {
  const batches: PksFactColumns[] = [];
  const outcome = await translateConflicts(ctx.db, lineFinder(batches), () =>
    ctx.db.transaction(async (tx) => {
      const importId = await insertImportLog(tx, actor, {
        source,
        format: 'gemeinde',
        areaKind: 'gemeinde',
        filename: input.filename ?? null,
        years: [],
        rowCount: 0,
        agsList: [],
        warnings: [],
        warningCount: 0,
      });
      const writer = createFactWriter(
        tx,
        ctx.database.kind,
        { source, importId },
        presentOptionalFields(input.bytes),
      );
      let result: ColumnarImportResult;
      try {
        result = await parseGemeindeCsvChunks(
          chunksOf(input.bytes),
          async (batch, progress) => {
            batches.push(batch);
            await writer.write(batch);
            input.onProgress?.({
              phase: 'lesen',
              done: progress.bytes,
              total: input.bytes.length,
              unit: 'bytes',
            });
          },
          { catalogue: lookups.catalogue, knownAgs: lookups.gemeinden },
        );
      } catch (error) {
        await writer.abort(error as Error);
        throw error;
      }
      const parsed: ParsedUpload = {
        type: 'facts',
        format: 'gemeinde',
        source,
        areaKind: 'gemeinde',
        rows: null,
        columns: result.columns,
        errors: result.errors,
        warnings: result.warnings,
        meta: result.meta,
      };
      const summary = summarize(parsed, input.filename ?? null);
      const agsList = agsOf(parsed);
      const denied = permissionIssues(actor, agsList);
      if (result.errors.length > 0 || denied.length > 0) {
        await writer.abort();
        if (result.errors.length > 0) throw rejected([...denied, ...result.errors], summary);
        throw forbidden(denied);
      }
      await writer.finish();
      input.onProgress?.({
        phase: 'schreiben',
        done: summary.rowCount,
        total: summary.rowCount,
        unit: 'rows',
      });
      await tx.execute(sql`
          update pks_imports set years = ${sql.param(summary.years)}::int[], row_count = ${summary.rowCount},
            ags_list = ${sql.param(agsList)}::text[], warnings = ${JSON.stringify(result.warnings)}::jsonb,
            warning_count = ${summary.warningCount}
          where id = ${importId}`);
      await recordAudit(tx, actor, {
        action: 'import',
        entity: 'pks',
        entityId: importId,
        ags: agsList.length === 1 ? agsList[0] : null,
        detail: {
          source,
          format: 'gemeinde',
          filename: input.filename ?? null,
          years: summary.years,
          rows: summary.rowCount,
          replacedRows: 0,
          areas: agsList.length,
        },
      });
      return { importId, summary, warnings: result.warnings };
    }),
  );
  const durationMs = Math.round(performance.now() - started);
  await setDuration(ctx.db, outcome.importId, durationMs);
  return { ...outcome, replacedRows: 0, durationMs };
}

/** The PostgreSQL error behind a Drizzle error (the cause chain). */
function pgError(error: unknown): { code?: string; detail?: string } | null {
  let e: unknown = error;
  for (let i = 0; i < 5 && e; i++) {
    const c = e as { code?: unknown; detail?: unknown; cause?: unknown };
    if (typeof c.code === 'string' && /^\d{5}$|^[0-9A-Z]{5}$/.test(c.code))
      return c as { code: string; detail?: string };
    e = c.cause;
  }
  return null;
}

/** Looks up the file line of (ags, key, year) in the parsed batches, for the conflict message. */
function lineFinder(batches: readonly (PksFactColumns | null)[]) {
  return (ags: string, key: string, year: number): number | undefined => {
    for (const c of batches) {
      if (!c) continue;
      for (let i = 0; i < c.length; i++)
        if (c.ags[i] === ags && c.key[i] === key && c.year[i] === year) return c.line[i] || undefined;
    }
    return undefined;
  };
}

/**
 * A row that another source already holds for the same area, key and year violates the primary key:
 * the transaction has rolled back; answer with IMPORT_REJECTED naming the row and the other source.
 */
async function translateConflicts<T>(
  db: Db,
  findLine: (ags: string, key: string, year: number) => number | undefined,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const pg = pgError(error);
    if (pg?.code !== '23505' || !pg.detail) throw error;
    const m = /\(ags, key, year\)=\((\d+), (.{6}), (\d{4})\)/.exec(pg.detail);
    if (!m) throw error;
    const [, ags, key, yearText] = m as unknown as [string, string, string, string];
    const year = Number(yearText);
    const result = await db.execute(
      sql`select source from pks_facts where ags = ${ags} and key = ${key} and year = ${year}`,
    );
    const other = (result as unknown as { rows: { source: string }[] }).rows[0]?.source ?? 'unbekannt';
    const line = findLine(ags, key, year);
    throw new AppError('IMPORT_REJECTED', {
      userMessage:
        'Die Datei wurde nicht importiert: Sie überschneidet sich mit Daten einer anderen Quelle. Es wurde nichts gespeichert.',
      details: [
        {
          code: 'already_imported',
          line,
          column: 'ags',
          value: ags,
          message: `${line ? `Zeile ${line}: ` : ''}Für AGS ${ags}, Jahr ${year}, Schlüssel ${key} gibt es schon Daten aus der Quelle „${other}“. Ein erneuter Import ersetzt nur Daten derselben Quelle: Geben Sie als Quelle „${other}“ an, wenn die Datei diese Daten ersetzen soll.`,
        } satisfies ImportIssue,
      ],
      cause: error,
    });
  }
}
