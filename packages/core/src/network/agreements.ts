import { AGREEMENT_DOCUMENT_MAX_BYTES, type TAgreementInput } from '@asskomm/contracts';
import { cooperationAgreements, municipalities, type StoredFile } from '@asskomm/db';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { readStoredFile, removeStoredFile, storeFile } from './file-store';
import { requireMunicipality } from './municipality-exists';

export type Agreement = typeof cooperationAgreements.$inferSelect;

export { AGREEMENT_DOCUMENT_MAX_BYTES };

/**
 * Records a signed cooperation agreement. The municipality's agreement date follows the latest one,
 * and a municipality without membership becomes a member from that date.
 */
export async function recordAgreement(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  input: TAgreementInput,
): Promise<Agreement> {
  assertCan(actor, 'network:write', ags);
  await requireMunicipality(ctx, ags);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(cooperationAgreements)
      .values({ ags, ...input })
      .returning();
    const [m] = await tx.select().from(municipalities).where(eq(municipalities.ags, ags)).for('update');
    const becomesMember = m!.membershipStatus !== 'mitglied';
    await tx
      .update(municipalities)
      .set({
        agreementDate:
          m!.agreementDate && m!.agreementDate > input.signedOn ? m!.agreementDate : input.signedOn,
        ...(becomesMember ? { membershipStatus: 'mitglied', membershipSince: input.signedOn } : {}),
        updatedAt: new Date(),
      })
      .where(eq(municipalities.ags, ags));
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'agreement',
      entityId: row!.id,
      ags,
      detail: { signedOn: input.signedOn, parties: input.parties, becomesMember },
    });
    return row!;
  });
}

export async function listAgreements(ctx: CoreContext, actor: Actor, ags: string): Promise<Agreement[]> {
  assertCan(actor, 'network:read', ags);
  return ctx.db
    .select()
    .from(cooperationAgreements)
    .where(eq(cooperationAgreements.ags, ags))
    .orderBy(desc(cooperationAgreements.signedOn));
}

async function loadAgreement(ctx: CoreContext, id: number): Promise<Agreement> {
  const [row] = await ctx.db.select().from(cooperationAgreements).where(eq(cooperationAgreements.id, id));
  if (!row)
    throw new AppError('NOT_FOUND', { userMessage: `Keine Kooperationsvereinbarung mit der Nummer ${id}.` });
  return row;
}

/** Attaches the signed document (PDF only, checked by its first bytes, not its name). */
export async function attachAgreementDocument(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  file: { bytes: Buffer; name: string },
): Promise<Agreement> {
  const agreement = await loadAgreement(ctx, id);
  assertCan(actor, 'network:write', agreement.ags);
  if (file.bytes.length > AGREEMENT_DOCUMENT_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      userMessage: `Das Dokument ist größer als ${AGREEMENT_DOCUMENT_MAX_BYTES / 1024 / 1024} MB.`,
    });
  if (file.bytes.subarray(0, 5).toString('latin1') !== '%PDF-')
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      userMessage: `„${file.name}“ ist keine PDF-Datei. Bitte laden Sie die unterschriebene Vereinbarung als PDF hoch.`,
    });
  const stored = await storeFile(ctx, 'agreements', {
    bytes: file.bytes,
    name: file.name,
    type: 'application/pdf',
    extension: 'pdf',
  });
  let updated: Agreement;
  try {
    updated = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(cooperationAgreements)
        .set({ document: stored })
        .where(eq(cooperationAgreements.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'attach',
        entity: 'agreement',
        entityId: id,
        ags: agreement.ags,
        detail: { name: file.name, size: stored.size },
      });
      return row!;
    });
  } catch (error) {
    await removeStoredFile(ctx, stored);
    throw error;
  }
  // The replaced document goes only once the new one is committed.
  if (agreement.document) await removeStoredFile(ctx, agreement.document);
  return updated;
}

export async function readAgreementDocument(
  ctx: CoreContext,
  actor: Actor,
  id: number,
): Promise<{ file: StoredFile; bytes: Buffer }> {
  const agreement = await loadAgreement(ctx, id);
  assertCan(actor, 'network:read', agreement.ags);
  if (!agreement.document)
    throw new AppError('NOT_FOUND', { userMessage: 'Zu dieser Vereinbarung ist kein Dokument hinterlegt.' });
  return { file: agreement.document, bytes: await readStoredFile(ctx, agreement.document) };
}
