import type { Db, DbKind } from '@asskomm/db';
import { pksImports, pksPopulation } from '@asskomm/db';
import {
  columnsToRows,
  type ImportIssue,
  type PksFactColumns,
  type PksFactRow,
  type PopulationRow,
} from '@asskomm/importers';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../context';
import { PKS_SOURCES, UNNEST_MAX_ROWS } from '../constants';
import { derivePopulationFromHz } from '../reference/derive-population';
import { createFactWriter, fieldsWithValues, insertFactRows } from './write-facts';

/** Facts of one import, either as row objects (small files) or as columns (bulk). */
export interface FactPayload {
  areaKind: 'gemeinde' | 'kreis' | 'land';
  rows?: readonly PksFactRow[];
  columns?: PksFactColumns;
}

export interface ImportLogInput {
  source: string;
  format: string;
  areaKind: string;
  filename: string | null;
  years: number[];
  rowCount: number;
  agsList: string[];
  warnings: ImportIssue[];
  warningCount: number;
}

export async function insertImportLog(
  tx: Db,
  actor: Actor | string,
  log: ImportLogInput,
  replacedRows = 0,
): Promise<number> {
  const [row] = await tx
    .insert(pksImports)
    .values({
      ...log,
      areaKind: log.areaKind as 'gemeinde' | 'kreis' | 'land' | 'gemischt',
      replacedRows,
      userId: typeof actor === 'string' ? null : actor.id,
      importedBy: typeof actor === 'string' ? actor : actor.email,
    })
    .returning({ id: pksImports.id });
  return row!.id;
}

/** Deletes the facts of this source, level and years (the rows a re-import replaces). */
export async function deleteReplacedFacts(
  tx: Db,
  areaKind: string,
  source: string,
  years: readonly number[],
): Promise<number> {
  if (years.length === 0) return 0;
  const result = await tx.execute(sql`
    with d as (
      delete from pks_facts
      where source = ${source} and area_kind = ${areaKind} and year = any(${sql.param([...years])}::int[])
      returning 1
    )
    select count(*)::int as n from d`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}

/** How many rows an import of this source, level and years would replace (for the preview). */
export async function countReplacedFacts(
  db: Db,
  areaKind: string,
  source: string,
  years: readonly number[],
): Promise<number> {
  if (years.length === 0) return 0;
  const result = await db.execute(sql`
    select count(*)::int as n from pks_facts
    where source = ${source} and area_kind = ${areaKind} and year = any(${sql.param([...years])}::int[])`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}

/** Whether any facts of this source and level exist (if not, nothing can be replaced). */
export async function sourceHasFacts(db: Db, areaKind: string, source: string): Promise<boolean> {
  const result = await db.execute(
    sql`select exists (select 1 from pks_facts where source = ${source} and area_kind = ${areaKind}) as e`,
  );
  return Boolean((result as unknown as { rows: { e: boolean }[] }).rows[0]?.e);
}

export interface WriteFactsResult {
  importId: number;
  rows: number;
  replacedRows: number;
}

/**
 * Writes one parsed fact import inside `tx`: deletes what it replaces (same source, level and years),
 * logs it, inserts the facts (unnest for small, COPY for large), derives district populations from a
 * published HZ where no official figure exists, and audits it. The caller runs this in ONE transaction.
 */
export async function writeFactImport(
  tx: Db,
  dbKind: DbKind,
  actor: Actor | string,
  log: ImportLogInput,
  payload: FactPayload,
  onRows?: (written: number, total: number) => void,
): Promise<WriteFactsResult> {
  const replacedRows = await deleteReplacedFacts(tx, payload.areaKind, log.source, log.years);
  const importId = await insertImportLog(tx, actor, log, replacedRows);
  const target = { source: log.source, importId };
  let rows = 0;
  const total = payload.rows?.length ?? payload.columns?.length ?? 0;
  if (payload.rows) {
    for (let from = 0; from < payload.rows.length; from += UNNEST_MAX_ROWS) {
      rows += await insertFactRows(tx, payload.rows.slice(from, from + UNNEST_MAX_ROWS), target);
      onRows?.(rows, total);
    }
  } else if (payload.columns) {
    if (payload.columns.length <= UNNEST_MAX_ROWS) {
      rows = await insertFactRows(tx, columnsToRows(payload.columns), target);
    } else {
      const writer = createFactWriter(tx, dbKind, target, fieldsWithValues(payload.columns));
      try {
        const step = 50_000;
        for (let from = 0; from < payload.columns.length; from += step) {
          await writer.write(sliceOf(payload.columns, from, Math.min(payload.columns.length, from + step)));
          onRows?.(Math.min(payload.columns.length, from + step), total);
        }
        rows = await writer.finish();
      } catch (error) {
        await writer.abort(error as Error);
        throw error;
      }
    }
    onRows?.(rows, total);
  }
  if (payload.rows && payload.areaKind === 'kreis')
    await deriveDistrictPopulation(tx, payload.rows, importId);
  await recordAudit(tx, actor, {
    action: 'import',
    entity: 'pks',
    entityId: importId,
    ags: log.agsList.length === 1 ? log.agsList[0] : null,
    detail: {
      source: log.source,
      format: log.format,
      filename: log.filename,
      years: log.years,
      rows,
      replacedRows,
      areas: log.agsList.length,
    },
  });
  return { importId, rows, replacedRows };
}

function sliceOf(c: PksFactColumns, from: number, to: number): PksFactColumns {
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

/**
 * District tables print the HZ, not the population: store the population of 31.12.(year − 1) computed
 * back from it (derive-population.ts), marked `derived`, unless an official figure is loaded.
 */
async function deriveDistrictPopulation(
  tx: Db,
  rows: readonly PksFactRow[],
  importId: number,
): Promise<void> {
  const groups = new Map<
    string,
    { ags: string; year: number; obs: { cases: number; hz: number | null }[] }
  >();
  for (const r of rows) {
    if (r.hzPublished == null) continue;
    const k = `${r.ags}|${r.year}`;
    let g = groups.get(k);
    if (!g) {
      g = { ags: r.ags, year: r.year, obs: [] };
      groups.set(k, g);
    }
    g.obs.push({ cases: r.cases, hz: r.hzPublished });
  }
  const values: (typeof pksPopulation.$inferInsert)[] = [];
  for (const g of groups.values()) {
    const d = derivePopulationFromHz(g.obs);
    if (!d) continue;
    values.push({
      ags: g.ags,
      stichtag: `${g.year - 1}-12-31`,
      areaKind: 'kreis',
      population: d.population,
      source: PKS_SOURCES.derivedFromHz,
      derived: true,
      importId,
    });
  }
  if (values.length === 0) return;
  await tx
    .insert(pksPopulation)
    .values(values)
    .onConflictDoUpdate({
      target: [pksPopulation.ags, pksPopulation.stichtag],
      set: {
        population: sql`excluded.population`,
        source: sql`excluded.source`,
        importId: sql`excluded.import_id`,
      },
      setWhere: sql`${pksPopulation.derived}`,
    });
}

/** Population rows: official figures, replacing whatever was stored for the same area and date. */
export async function writePopulationImport(
  tx: Db,
  actor: Actor | string,
  log: ImportLogInput,
  rows: readonly PopulationRow[],
  options: { derived?: boolean } = {},
): Promise<WriteFactsResult> {
  const importId = await insertImportLog(tx, actor, log);
  let replacedRows = 0;
  for (let from = 0; from < rows.length; from += UNNEST_MAX_ROWS) {
    const part = rows.slice(from, from + UNNEST_MAX_ROWS);
    const result = await tx.execute(sql`
      with up as (
      insert into pks_population (ags, stichtag, area_kind, population, source, derived, import_id)
      select u.ags, u.stichtag::date, u.area_kind, u.population, ${log.source}, ${options.derived ?? false}, ${importId}::int
      from unnest(${sql.param(part.map((r) => r.ags))}::text[], ${sql.param(part.map((r) => r.date))}::text[],
                  ${sql.param(part.map((r) => r.areaKind))}::text[], ${sql.param(part.map((r) => r.population))}::int[])
        as u(ags, stichtag, area_kind, population)
      on conflict (ags, stichtag) do update set
        area_kind = excluded.area_kind, population = excluded.population, source = excluded.source,
        derived = excluded.derived, import_id = excluded.import_id
      returning (xmax::text <> '0') as updated)
      select (count(*) filter (where updated))::int as n from up`);
    replacedRows += Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  }
  if (replacedRows > 0)
    await tx.execute(sql`update pks_imports set replaced_rows = ${replacedRows} where id = ${importId}`);
  await recordAudit(tx, actor, {
    action: 'import',
    entity: 'pks-bevoelkerung',
    entityId: importId,
    ags: log.agsList.length === 1 ? log.agsList[0] : null,
    detail: { source: log.source, filename: log.filename, years: log.years, rows: rows.length, replacedRows },
  });
  return { importId, rows: rows.length, replacedRows };
}
