/**
 * Remarks (Hinweise) of the network module for the Lagebericht: counted by category for the report
 * period, from 1 January of the year before the report date up to the report date (so a report always
 * covers at least one full calendar year). Only counts leave this function: no texts, places or
 * reporters' details.
 */

import { REMARK_CATEGORIES } from '@asskomm/contracts';
import { remarks } from '@asskomm/db';
import type { RemarkCountsInput } from '@asskomm/report/lagebericht';
import { and, count, eq, sql } from 'drizzle-orm';
import type { CoreContext } from '../context.ts';

export function remarkPeriod(reportDate: string): { from: string; to: string } {
  return { from: `${Number(reportDate.slice(0, 4)) - 1}-01-01`, to: reportDate };
}

export async function countReportRemarks(
  ctx: CoreContext,
  ags: string,
  reportDate: string,
): Promise<RemarkCountsInput> {
  const { from, to } = remarkPeriod(reportDate);
  const day = sql`(${remarks.requestedAt} at time zone 'Europe/Berlin')::date`;
  const rows = await ctx.db
    .select({ category: remarks.category, n: count() })
    .from(remarks)
    .where(and(eq(remarks.ags, ags), sql`${day} between ${from}::date and ${to}::date`))
    .groupBy(remarks.category);
  const byCode = new Map(rows.map((r) => [r.category, Number(r.n)]));
  // Category order as in the remark form; unknown codes (none today) would count under their code.
  const known = REMARK_CATEGORIES.map((c) => ({ category: c.name, count: byCode.get(c.code) ?? 0 }));
  const unknown = rows
    .filter((r) => !REMARK_CATEGORIES.some((c) => c.code === r.category))
    .map((r) => ({ category: r.category, count: Number(r.n) }));
  const byCategory = [...known, ...unknown].filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  return { from, to, total: byCategory.reduce((s, c) => s + c.count, 0), byCategory };
}
