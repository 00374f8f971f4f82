import { Blob } from 'node:buffer';
import type { Db, DbKind } from '@asskomm/db';
import {
  GEMEINDE_TEMPLATE_COLUMNS,
  NULL_COUNT,
  normalizeHeader,
  type PksFactColumns,
  type PksFactRow,
} from '@asskomm/importers';
import { sql } from 'drizzle-orm';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * The bulk paths into pks_facts, both inside the caller's transaction:
 * - `insertFactRows`: one `INSERT … SELECT FROM unnest(arrays)` (each array is ONE bind parameter,
 *   `sql.param`, never spread into the template); for small imports (district tables, demo data).
 * - `createFactWriter`: COPY … FROM STDIN in text format, fed batch by batch while the file is still
 *   being parsed. PostgreSQL gets a pg-copy-streams stream on the transaction's connection; PGlite
 *   (single-threaded, no streaming) gets one `COPY … FROM '/dev/blob'` per batch.
 * Both reach the transaction's own connection through the Drizzle transaction object.
 */

export interface FactTarget {
  source: string;
  importId: number;
}

const FACT_COLUMNS_ALL = sql.raw(
  'ags, key, year, area_kind, cases, attempts, cleared, suspects, suspects_male, suspects_female, suspects_non_german, firearm_threatened, firearm_fired, hz_published, source, import_id',
);

/** Small imports: all columns of PksFactRow, in one statement. */
export async function insertFactRows(
  tx: Db,
  rows: readonly PksFactRow[],
  target: FactTarget,
): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <T>(f: (r: PksFactRow) => T) => sql.param(rows.map(f));
  const n = (v: number | null | undefined) => (v == null ? null : v);
  await tx.execute(sql`
    insert into pks_facts (${FACT_COLUMNS_ALL})
    select u.*, ${target.source}, ${target.importId}::int
    from unnest(
      ${col((r) => r.ags)}::text[], ${col((r) => r.key)}::text[], ${col((r) => r.year)}::int[],
      ${col((r) => r.areaKind)}::text[], ${col((r) => r.cases)}::int[], ${col((r) => n(r.attempts))}::int[],
      ${col((r) => n(r.cleared))}::int[], ${col((r) => n(r.suspects))}::int[],
      ${col((r) => n(r.suspectsMale))}::int[], ${col((r) => n(r.suspectsFemale))}::int[],
      ${col((r) => n(r.suspectsNonGerman))}::int[], ${col((r) => n(r.firearmThreatened))}::int[],
      ${col((r) => n(r.firearmFired))}::int[], ${col((r) => n(r.hzPublished))}::float8[]
    ) as u`);
  return rows.length;
}

export interface FactWriter {
  /** Appends a batch (waits while PostgreSQL's buffer is full). */
  write(batch: PksFactColumns): Promise<void>;
  /** Ends the COPY; rejects with the database error if the COPY failed. Returns the rows written. */
  finish(): Promise<number>;
  /** Cancels the COPY (sends CopyFail), so the transaction can roll back. Never throws. */
  abort(reason?: Error): Promise<void>;
}

/** Optional count columns of the COPY; a file that lacks one (its header has no such column) leaves it out. */
export const OPTIONAL_COUNT_COLUMNS = [
  ['attempts', 'attempts'],
  ['cleared', 'cleared'],
  ['suspects', 'suspects'],
  ['suspectsMale', 'suspects_male'],
  ['suspectsFemale', 'suspects_female'],
  ['suspectsNonGerman', 'suspects_non_german'],
] as const;
export type OptionalCountField = (typeof OPTIONAL_COUNT_COLUMNS)[number][0];

/** COPY text format: backslash, tab, newline and carriage return must be escaped. */
function copyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/** Rows of a batch as COPY text lines: ags, key, year, area_kind, cases, the given optional counts, then `tail`. */
export function factLines(
  batch: PksFactColumns,
  tail: string,
  fields: readonly OptionalCountField[],
): string {
  const kind = batch.areaKind;
  const arrays = fields.map((f) => batch[f]);
  const parts: string[] = new Array(batch.length);
  for (let i = 0; i < batch.length; i++) {
    let line = `${batch.ags[i]}\t${batch.key[i]}\t${batch.year[i]}\t${kind}\t${batch.cases[i]}`;
    for (const a of arrays) {
      const v = a[i]!;
      line += v === NULL_COUNT ? '\t\\N' : `\t${v}`;
    }
    parts[i] = `${line}\t${tail}`;
  }
  return parts.length ? `${parts.join('\n')}\n` : '';
}

/** The optional count columns that hold at least one value (for a file already parsed completely). */
export function fieldsWithValues(columns: PksFactColumns): OptionalCountField[] {
  return OPTIONAL_COUNT_COLUMNS.map(([f]) => f).filter((f) => columns[f].some((v) => v !== NULL_COUNT));
}

/**
 * The optional count columns a template CSV can hold, from its header line: a column missing from the
 * header is NULL in every row, so the COPY leaves it out. (An unreadable header makes the parser fail,
 * and the transaction rolls back anyway.)
 */
export function presentOptionalFields(bytes: Uint8Array): OptionalCountField[] {
  const end = bytes.indexOf(0x0a);
  const first = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, end === -1 ? Math.min(bytes.length, 4096) : end))
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '');
  const counts = [';', ',', '\t'].map((d) => first.split(d).length);
  const delimiter = [';', ',', '\t'][counts.indexOf(Math.max(...counts))]!;
  const names = new Set(first.split(delimiter).map((h) => normalizeHeader(h.replace(/^"|"$/g, ''))));
  const fields = new Set(
    GEMEINDE_TEMPLATE_COLUMNS.filter((c) => names.has(c.name)).map((c) => c.field as string),
  );
  return OPTIONAL_COUNT_COLUMNS.map(([f]) => f).filter((f) => fields.has(f));
}

function copyStatement(fields: readonly OptionalCountField[], from: string): string {
  const optional = OPTIONAL_COUNT_COLUMNS.filter(([f]) => fields.includes(f)).map(
    ([, column]) => `, ${column}`,
  );
  return `COPY pks_facts (ags, key, year, area_kind, cases${optional.join('')}, source, import_id) FROM ${from}`;
}

/** The connection (pg PoolClient) or PGlite Transaction behind a Drizzle transaction. */
function rawClient(tx: Db): unknown {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  if (!client)
    throw new Error('pks: no raw database client behind the transaction (drizzle internals changed?)');
  return client;
}

interface PgClientLike {
  query(stream: ReturnType<typeof copyFrom>): ReturnType<typeof copyFrom>;
}
interface PgliteTxLike {
  query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

/** Rows per text chunk handed to the COPY stream (about 0.8 MB). */
const LINES_PER_CHUNK = 16_384;

/**
 * `fields`: the optional count columns to write (default all); leave out those a file cannot have
 * (see presentOptionalFields), so PostgreSQL parses fewer fields per row.
 */
export function createFactWriter(
  tx: Db,
  kind: DbKind,
  target: FactTarget,
  fields: readonly OptionalCountField[] = OPTIONAL_COUNT_COLUMNS.map(([f]) => f),
): FactWriter {
  const tail = `${copyText(target.source)}\t${target.importId}`;
  let written = 0;
  if (kind === 'pglite') {
    const client = rawClient(tx) as PgliteTxLike;
    return {
      async write(batch) {
        for (let from = 0; from < batch.length; from += 100_000) {
          const part = sliceColumns(batch, from, Math.min(batch.length, from + 100_000));
          const blob = new Blob([factLines(part, tail, fields)]);
          await client.query(copyStatement(fields, "'/dev/blob'"), [], { blob });
          written += part.length;
        }
      },
      async finish() {
        return written;
      },
      async abort() {},
    };
  }
  const client = rawClient(tx) as PgClientLike;
  const stream = client.query(copyFrom(copyStatement(fields, 'STDIN')));
  let failure: Error | null = null;
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', () => resolve());
    stream.on('error', (error: Error) => {
      failure = error;
      reject(error);
    });
  });
  done.catch(() => {});
  const drain = () =>
    new Promise<void>((resolve) => {
      const ok = () => {
        stream.off('error', ok);
        stream.off('drain', ok);
        resolve();
      };
      stream.once('drain', ok);
      stream.once('error', ok);
    });
  return {
    async write(batch) {
      for (let from = 0; from < batch.length; from += LINES_PER_CHUNK) {
        if (failure) throw failure;
        const part = sliceColumns(batch, from, Math.min(batch.length, from + LINES_PER_CHUNK));
        if (!stream.write(factLines(part, tail, fields))) await drain();
        written += part.length;
      }
      if (failure) throw failure;
    },
    async finish() {
      if (failure) throw failure;
      stream.end();
      await done;
      return written;
    },
    async abort(reason) {
      if (stream.destroyed || stream.writableFinished) {
        await done.catch(() => {});
        return;
      }
      stream.destroy(reason ?? new Error('Import abgebrochen'));
      await done.catch(() => {});
    },
  };
}

function sliceColumns(c: PksFactColumns, from: number, to: number): PksFactColumns {
  if (from === 0 && to === c.length) return c;
  return {
    length: to - from,
    areaKind: c.areaKind,
    ags: c.ags.slice(from, to),
    key: c.key.slice(from, to),
    year: c.year.subarray(from, to),
    cases: c.cases.subarray(from, to),
    attempts: c.attempts.subarray(from, to),
    cleared: c.cleared.subarray(from, to),
    suspects: c.suspects.subarray(from, to),
    suspectsMale: c.suspectsMale.subarray(from, to),
    suspectsFemale: c.suspectsFemale.subarray(from, to),
    suspectsNonGerman: c.suspectsNonGerman.subarray(from, to),
    line: c.line.subarray(from, to),
  };
}
