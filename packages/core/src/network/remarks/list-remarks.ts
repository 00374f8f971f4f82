import type { TRemarkFilter } from '@asskomm/contracts';
import { type RemarkStatus, remarkCategory } from '@asskomm/contracts';
import { remarks } from '@asskomm/db';
import { and, desc, eq, gte, inArray, lt, lte, type SQL, sql } from 'drizzle-orm';
import { can } from '../../auth/authorize';
import type { Actor, CoreContext } from '../../context';
import { AppError } from '../../errors';
import { maskPersonalData } from '../../surveys/privacy/mask-personal-data';

type RemarkRow = typeof remarks.$inferSelect;

/** What anyone may see of a published remark: no reporter data, personal data in the text masked. */
export interface PublicRemark {
  publicId: string;
  ags: string;
  category: string;
  categoryName: string;
  /** null until staff have published the remark. */
  description: string | null;
  status: RemarkStatus;
  statusNote: string | null;
  agencyResponsible: string;
  lat: number | null;
  long: number | null;
  addressString: string | null;
  /** Set only when staff approved the photo (or the external media URL). */
  hasPhoto: boolean;
  mediaUrl: string | null;
  requestedAt: Date;
  updatedAt: Date;
}

export interface RemarkSummary extends PublicRemark {
  id: number;
  published: boolean;
  mediaApproved: boolean;
  hasUnapprovedPhoto: boolean;
}

export interface StaffRemark extends RemarkSummary {
  /** The reporter's data: only for accounts that handle the remark (remark:manage). */
  reporter: {
    kind: 'buerger' | 'experte';
    email: string | null;
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
  } | null;
  descriptionFull: string;
}

function toPublic(row: RemarkRow): PublicRemark {
  return {
    publicId: row.publicId,
    ags: row.ags,
    category: row.category,
    categoryName: remarkCategory(row.category)?.name ?? row.category,
    description: row.published ? maskPersonalData(row.description) : null,
    status: row.status,
    statusNote: row.statusNote,
    agencyResponsible: row.agencyResponsible,
    lat: row.published ? row.lat : null,
    long: row.published ? row.long : null,
    addressString: row.published && row.addressString ? maskPersonalData(row.addressString) : null,
    hasPhoto: row.published && row.mediaApproved && row.photo != null,
    mediaUrl: row.published && row.mediaApproved ? row.mediaUrl : null,
    requestedAt: row.requestedAt,
    updatedAt: row.updatedAt,
  };
}

function toSummary(row: RemarkRow): RemarkSummary {
  return {
    ...toPublic({ ...row, published: true, mediaApproved: true }),
    id: row.id,
    published: row.published,
    mediaApproved: row.mediaApproved,
    hasPhoto: row.photo != null,
    hasUnapprovedPhoto: row.photo != null && !row.mediaApproved,
    mediaUrl: row.mediaUrl,
  };
}

function filterConditions(filter: TRemarkFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.ags) where.push(eq(remarks.ags, filter.ags));
  if (filter.status) where.push(eq(remarks.status, filter.status));
  if (filter.category) where.push(eq(remarks.category, filter.category));
  if (filter.from) where.push(gte(remarks.requestedAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to)
    where.push(lt(remarks.requestedAt, new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000)));
  return where;
}

/** Filters of the public list beyond the staff filter (Open311 allows several ids, codes and statuses). */
export interface PublicRemarkFilter extends TRemarkFilter {
  publicIds?: string[];
  statuses?: RemarkStatus[];
  categories?: string[];
  since?: Date;
  until?: Date;
}

/** Published remarks for the public list and Open311's GET requests.json, newest first. */
export async function listPublicRemarks(
  ctx: CoreContext,
  filter: PublicRemarkFilter,
): Promise<PublicRemark[]> {
  const where = [eq(remarks.published, true), ...filterConditions(filter)];
  if (filter.publicIds) where.push(inArray(remarks.publicId, filter.publicIds));
  if (filter.statuses?.length) where.push(inArray(remarks.status, filter.statuses));
  if (filter.categories?.length) where.push(inArray(remarks.category, filter.categories));
  if (filter.since) where.push(gte(remarks.requestedAt, filter.since));
  if (filter.until) where.push(lte(remarks.requestedAt, filter.until));
  const rows = await ctx.db
    .select()
    .from(remarks)
    .where(and(...where))
    .orderBy(desc(remarks.requestedAt))
    .limit(Math.min(Number(filter.limit ?? 200), 1000));
  return rows.map(toPublic);
}

/**
 * One remark by its public id, as its sender may follow it: status and status note always; the text
 * and place only once published.
 */
export async function getPublicRemark(ctx: CoreContext, publicId: string): Promise<PublicRemark> {
  const [row] = await ctx.db.select().from(remarks).where(eq(remarks.publicId, publicId));
  if (!row) throw new AppError('NOT_FOUND', { userMessage: `Kein Hinweis mit der Nummer ${publicId}.` });
  return toPublic(row);
}

export async function findRemarkIdByToken(ctx: CoreContext, token: string): Promise<string> {
  const [row] = await ctx.db
    .select({ publicId: remarks.publicId })
    .from(remarks)
    .where(eq(remarks.token, token));
  if (!row) throw new AppError('NOT_FOUND', { userMessage: 'Zu diesem Token gibt es keinen Hinweis.' });
  return row.publicId;
}

/** Remarks not yet settled in a municipality, for the council's meeting view. */
export async function listOpenRemarks(ctx: CoreContext, ags: string): Promise<RemarkSummary[]> {
  const rows = await ctx.db
    .select()
    .from(remarks)
    .where(and(eq(remarks.ags, ags), inArray(remarks.status, ['eingegangen', 'in_bearbeitung'])))
    .orderBy(desc(remarks.requestedAt))
    .limit(500);
  return rows.map(toSummary);
}

/**
 * The remarks an account may read: one municipality it may read (else FORBIDDEN), or without an AGS all
 * it may read (own municipality, assigned ones for coaches, all for the LPR).
 */
export function readableBy(actor: Actor, ags: string | undefined): SQL {
  if (ags) {
    if (!can(actor, 'remark:read', ags)) throw new AppError('FORBIDDEN');
    return eq(remarks.ags, ags);
  }
  if (actor.role === 'kommune' || actor.role === 'rat') return eq(remarks.ags, actor.ags ?? '-');
  if (actor.role === 'coach')
    return inArray(remarks.ags, actor.assignedAgs.length ? actor.assignedAgs : ['-']);
  return sql`true`;
}

/**
 * Remarks for staff. Without an AGS filter only the municipalities the account may read are listed;
 * reporters' contact data only for accounts that handle the remark.
 */
export async function listRemarks(
  ctx: CoreContext,
  actor: Actor,
  filter: TRemarkFilter,
): Promise<StaffRemark[]> {
  const where = [...filterConditions(filter), readableBy(actor, filter.ags)];
  const rows = await ctx.db
    .select()
    .from(remarks)
    .where(and(...where))
    .orderBy(desc(remarks.requestedAt))
    .limit(Math.min(Number(filter.limit ?? 200), 1000));
  return rows.map((row) => toStaff(actor, row));
}

export function toStaff(actor: Actor, row: RemarkRow): StaffRemark {
  return {
    ...toSummary(row),
    descriptionFull: row.description,
    reporter: can(actor, 'remark:manage', row.ags)
      ? {
          kind: row.reporterKind,
          email: row.reporterEmail,
          firstName: row.reporterFirstName,
          lastName: row.reporterLastName,
          phone: row.reporterPhone,
        }
      : null,
  };
}

export async function loadRemark(ctx: CoreContext, publicId: string): Promise<RemarkRow> {
  const [row] = await ctx.db.select().from(remarks).where(eq(remarks.publicId, publicId));
  if (!row) throw new AppError('NOT_FOUND', { userMessage: `Kein Hinweis mit der Nummer ${publicId}.` });
  return row;
}
