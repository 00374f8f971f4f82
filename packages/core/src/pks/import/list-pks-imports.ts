import { pksImports } from '@asskomm/db';
import type { ImportIssue } from '@asskomm/importers';
import { desc, eq, or, type SQL, sql } from 'drizzle-orm';
import { canSome } from '../../auth/authorize';
import type { Actor, CoreContext } from '../../context';
import { AppError } from '../../errors';

export interface PksImportLogEntry {
  id: number;
  source: string;
  format: string;
  areaKind: string;
  filename: string | null;
  years: number[];
  rowCount: number;
  replacedRows: number;
  areaCount: number;
  /** Up to 20 AGS of the file. */
  areas: string[];
  warningCount: number;
  warnings: ImportIssue[];
  importedBy: string;
  importedAt: string;
  durationMs: number | null;
}

/**
 * The import log, newest first. Admins see every import; coaches and municipalities see imports
 * whose areas all lie within what they may import for, and their own imports.
 */
export async function listPksImports(
  ctx: CoreContext,
  actor: Actor,
  options: { limit?: number } = {},
): Promise<{ items: PksImportLogEntry[] }> {
  if (!canSome(actor, 'pks:import')) throw new AppError('FORBIDDEN');
  let where: SQL | undefined;
  if (actor.role !== 'admin') {
    const allowed = actor.role === 'coach' ? actor.assignedAgs : actor.ags ? [actor.ags] : [];
    where = or(
      eq(pksImports.userId, actor.id),
      sql`(cardinality(${pksImports.agsList}) > 0 and ${pksImports.agsList} <@ ${sql.param(allowed)}::text[])`,
    );
  }
  const rows = await ctx.db
    .select()
    .from(pksImports)
    .where(where)
    .orderBy(desc(pksImports.importedAt), desc(pksImports.id))
    .limit(Math.min(options.limit ?? 100, 500));
  return {
    items: rows.map((r) => ({
      id: r.id,
      source: r.source,
      format: r.format,
      areaKind: r.areaKind,
      filename: r.filename,
      years: r.years,
      rowCount: r.rowCount,
      replacedRows: r.replacedRows,
      areaCount: r.agsList.length,
      areas: r.agsList.slice(0, 20),
      warningCount: r.warningCount,
      warnings: (r.warnings as ImportIssue[]).slice(0, 50),
      importedBy: r.importedBy,
      importedAt: r.importedAt.toISOString(),
      durationMs: r.durationMs,
    })),
  };
}
