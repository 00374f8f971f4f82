import type { IssueCollector } from './issues';
import type { ImportMeta, ImportResult, PksFactRow } from './types';

/** Assembles an ImportResult: meta counts from the rows, final issue lists from the collector. */
export function buildResult(
  rows: PksFactRow[],
  issues: IssueCollector,
  meta: Partial<ImportMeta> & { format: string },
): ImportResult<PksFactRow> {
  const fin = issues.finish();
  const keys = [...new Set(rows.map((r) => r.key))];
  return {
    rows,
    errors: fin.errors,
    warnings: fin.warnings,
    meta: {
      ...meta,
      years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b),
      rowCount: rows.length,
      errorCount: fin.errorCount,
      warningCount: fin.warningCount,
      issueCounts: fin.issueCounts,
      areaCount: new Set(rows.map((r) => r.ags)).size,
      keys,
    },
  };
}
