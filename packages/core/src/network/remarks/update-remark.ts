import {
  REMARK_STATUS_LABELS,
  REMARK_TRANSITIONS,
  type TRemarkPublication,
  type TRemarkStatusUpdate,
  ZRemarkPublication,
  ZRemarkStatusUpdate,
} from '@asskomm/contracts';
import { remarks } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan, can } from '../../auth/authorize';
import type { Actor, CoreContext } from '../../context';
import { AppError } from '../../errors';
import { parseInput } from '../../parse-input';
import { readStoredFile } from '../file-store';
import { loadRemark, type StaffRemark, toStaff } from './list-remarks';

/** Moves a remark along eingegangen → in Bearbeitung → erledigt / abgelehnt, with a public status note. */
export async function updateRemarkStatus(
  ctx: CoreContext,
  actor: Actor,
  publicId: string,
  input: TRemarkStatusUpdate,
): Promise<StaffRemark> {
  const update = parseInput(ZRemarkStatusUpdate, input);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(remarks).where(eq(remarks.publicId, publicId)).for('update');
    if (!before) throw new AppError('NOT_FOUND', { userMessage: `Kein Hinweis mit der Nummer ${publicId}.` });
    assertCan(actor, 'remark:manage', before.ags);
    if (update.status !== before.status && !REMARK_TRANSITIONS[before.status].includes(update.status))
      throw new AppError('CONFLICT', {
        userMessage: `Ein Hinweis im Status „${REMARK_STATUS_LABELS[before.status]}“ kann nicht auf „${REMARK_STATUS_LABELS[update.status]}“ gesetzt werden.`,
      });
    if (update.status === 'abgelehnt' && !update.statusNote)
      throw new AppError('VALIDATION_FAILED', {
        fields: { statusNote: 'Bitte begründen Sie die Ablehnung in der Statusnotiz (sie ist öffentlich).' },
      });
    const [row] = await tx
      .update(remarks)
      .set({ status: update.status, statusNote: update.statusNote, updatedAt: new Date() })
      .where(eq(remarks.id, before.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'status',
      entity: 'remark',
      entityId: publicId,
      ags: before.ags,
      detail: { from: before.status, to: update.status },
    });
    return toStaff(actor, row!);
  });
}

/** Staff publish a remark's text (and, after looking at it, its photo) in the public list. */
export async function setRemarkPublication(
  ctx: CoreContext,
  actor: Actor,
  publicId: string,
  input: TRemarkPublication,
): Promise<StaffRemark> {
  const publication = parseInput(ZRemarkPublication, input);
  if (publication.mediaApproved && !publication.published)
    throw new AppError('VALIDATION_FAILED', {
      fields: { mediaApproved: 'Ein Foto kann nur mit dem Hinweis veröffentlicht werden.' },
    });
  const before = await loadRemark(ctx, publicId);
  assertCan(actor, 'remark:manage', before.ags);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(remarks)
      .set({ ...publication, updatedAt: new Date() })
      .where(eq(remarks.id, before.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'publish',
      entity: 'remark',
      entityId: publicId,
      ags: before.ags,
      detail: publication,
    });
    return toStaff(actor, row!);
  });
}

/** The photo of a remark: for everyone once approved, before that only for staff who may read the remark. */
export async function readRemarkPhoto(
  ctx: CoreContext,
  actor: Actor | null,
  publicId: string,
): Promise<Buffer> {
  const row = await loadRemark(ctx, publicId);
  const isPublic = row.published && row.mediaApproved;
  if (!row.photo || (!isPublic && !(actor && can(actor, 'remark:read', row.ags))))
    throw new AppError('NOT_FOUND', { userMessage: 'Zu diesem Hinweis gibt es kein veröffentlichtes Foto.' });
  return readStoredFile(ctx, row.photo);
}

/** A remark in full for staff. */
export async function getRemarkForStaff(
  ctx: CoreContext,
  actor: Actor,
  publicId: string,
): Promise<StaffRemark> {
  const row = await loadRemark(ctx, publicId);
  assertCan(actor, 'remark:read', row.ags);
  return toStaff(actor, row);
}
