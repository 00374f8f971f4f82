import type { TRemarkFilter } from '@asskomm/contracts';
import { REMARK_STATUS_LABELS, type RemarkStatus, remarkCategory } from '@asskomm/contracts';
import { districts, municipalities, remarks } from '@asskomm/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor, CoreContext } from '../../context';
import { csvLine, defuseFormula } from '../../surveys/export/write-csv';
import { listRemarks, readableBy } from './list-remarks';

export interface RemarkCount {
  category: string;
  categoryName: string;
  /** YYYY-MM of receipt (Europe/Berlin). */
  month: string;
  district: string;
  status: RemarkStatus;
  count: number;
}

/** The staff dashboard: remarks counted by category, month of receipt, district and status. */
export async function countRemarks(
  ctx: CoreContext,
  actor: Actor,
  filter: { ags?: string },
): Promise<RemarkCount[]> {
  const where = [readableBy(actor, filter.ags)];
  const month = sql<string>`to_char(${remarks.requestedAt} at time zone 'Europe/Berlin', 'YYYY-MM')`;
  const rows = await ctx.db
    .select({
      category: remarks.category,
      month,
      district: districts.name,
      status: remarks.status,
      count: sql<number>`count(*)::int`,
    })
    .from(remarks)
    .innerJoin(municipalities, eq(municipalities.ags, remarks.ags))
    .innerJoin(districts, eq(districts.kreisSchluessel, municipalities.kreisSchluessel))
    .where(and(...where))
    .groupBy(remarks.category, month, districts.name, remarks.status)
    .orderBy(month, remarks.category);
  return rows.map((r) => ({ ...r, categoryName: remarkCategory(r.category)?.name ?? r.category }));
}

/**
 * CSV of the remarks the account may read (semicolon, UTF-8 BOM for German Excel). Reporters' contact
 * data is never exported: the file travels further than the dashboard.
 */
export async function exportRemarksCsv(
  ctx: CoreContext,
  actor: Actor,
  filter: TRemarkFilter,
): Promise<string> {
  const items = await listRemarks(ctx, actor, { ...filter, limit: Number(filter.limit ?? 1000) });
  const header = [
    'Nummer',
    'AGS',
    'Kategorie',
    'Eingang',
    'Status',
    'Statusnotiz',
    'Zuständig',
    'Ort',
    'Breite',
    'Länge',
    'Beschreibung',
  ];
  const lines = items.map((r) =>
    csvLine(
      [
        r.publicId,
        r.ags,
        r.categoryName,
        r.requestedAt.toISOString(),
        REMARK_STATUS_LABELS[r.status],
        defuseFormula(r.statusNote ?? ''),
        r.agencyResponsible,
        defuseFormula(r.addressString ?? ''),
        r.lat?.toLocaleString('de-DE', { maximumFractionDigits: 6 }) ?? '',
        r.long?.toLocaleString('de-DE', { maximumFractionDigits: 6 }) ?? '',
        defuseFormula(r.description ?? ''),
      ],
      ';',
    ),
  );
  return `\uFEFF${csvLine(header, ';')}${lines.join('')}`;
}
