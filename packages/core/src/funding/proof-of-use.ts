import { RECEIPT_MAX_BYTES, type TReceiptInput } from '@asskomm/contracts';
import { fundingApplications, fundingCalls, fundingReceipts, type StoredFile } from '@asskomm/db';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import { type Actor, type CoreContext, now } from '../context';
import { AppError } from '../errors';
import { readStoredFile, removeStoredFile, storeFile } from '../network/file-store';
import { berlinDate } from '../surveys/waves/berlin-date';
import { type ApplicationRow, loadApplication } from './application-row';
import { writeStatus } from './change-status';
import { assertNoViolations, assertStatus } from './funding-errors';
import { checkProofWithinApproval } from './rules/proof-within-approval';
import { repaymentDueCent } from './rules/repayment';

export type ReceiptRow = typeof fundingReceipts.$inferSelect;

/** Saves the factual report and the own share spent; receipts are added one by one. */
export async function saveProofOfUse(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  input: { report: string; ownShareSpentCent: number },
): Promise<ApplicationRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:write', app.ags);
    assertStatus(app.status, ['bewilligt'], 'Verwendungsnachweis bearbeiten');
    const [row] = await tx
      .update(fundingApplications)
      .set({ proofReport: input.report, ownShareSpentCent: input.ownShareSpentCent, updatedAt: new Date() })
      .where(eq(fundingApplications.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'proof-save',
      entity: 'funding-application',
      entityId: id,
      ags: app.ags,
    });
    return row!;
  });
}

export async function addReceipt(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  input: TReceiptInput,
): Promise<ReceiptRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:write', app.ags);
    assertStatus(app.status, ['bewilligt'], 'Beleg erfassen');
    const [row] = await tx
      .insert(fundingReceipts)
      .values({ applicationId: id, ...input })
      .returning();
    await recordAudit(tx, actor, {
      action: 'receipt-add',
      entity: 'funding-application',
      entityId: id,
      ags: app.ags,
      detail: { receiptId: row!.id, amountCent: input.amountCent },
    });
    return row!;
  });
}

async function loadReceipt(ctx: CoreContext, id: number, receiptId: number): Promise<ReceiptRow> {
  const [row] = await ctx.db
    .select()
    .from(fundingReceipts)
    .where(and(eq(fundingReceipts.id, receiptId), eq(fundingReceipts.applicationId, id)));
  if (!row)
    throw new AppError('NOT_FOUND', {
      userMessage: `Kein Beleg mit der Nummer ${receiptId} zu diesem Antrag.`,
    });
  return row;
}

export async function removeReceipt(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  receiptId: number,
): Promise<void> {
  const receipt = await loadReceipt(ctx, id, receiptId);
  await ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:write', app.ags);
    assertStatus(app.status, ['bewilligt'], 'Beleg löschen');
    await tx.delete(fundingReceipts).where(eq(fundingReceipts.id, receiptId));
    await recordAudit(tx, actor, {
      action: 'receipt-remove',
      entity: 'funding-application',
      entityId: id,
      ags: app.ags,
      detail: { receiptId, amountCent: receipt.amountCent },
    });
  });
  if (receipt.document) await removeStoredFile(ctx, receipt.document);
}

/** File types of receipts, recognised by their first bytes (never by name or declared type). */
function receiptType(bytes: Buffer): { type: string; extension: string } | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-')
    return { type: 'application/pdf', extension: 'pdf' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { type: 'image/jpeg', extension: 'jpg' };
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { type: 'image/png', extension: 'png' };
  return null;
}

/** Attaches the scanned receipt (PDF, JPEG or PNG, at most 5 MB). */
export async function attachReceiptFile(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  receiptId: number,
  file: { bytes: Buffer; name: string },
): Promise<ReceiptRow> {
  const receipt = await loadReceipt(ctx, id, receiptId);
  const app = await loadApplication(ctx.db, id);
  assertCan(actor, 'funding:write', app.ags);
  assertStatus(app.status, ['bewilligt'], 'Beleg hochladen');
  if (file.bytes.length > RECEIPT_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      userMessage: `„${file.name}“ ist ${(file.bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB groß; Belege dürfen höchstens ${RECEIPT_MAX_BYTES / 1024 / 1024} MB groß sein.`,
    });
  const kind = receiptType(file.bytes);
  if (!kind)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      userMessage: `„${file.name}“ ist weder PDF noch JPEG noch PNG. Bitte den Beleg in einem dieser Formate hochladen.`,
    });
  const stored = await storeFile(ctx, 'receipts', { bytes: file.bytes, name: file.name, ...kind });
  let updated: ReceiptRow;
  try {
    updated = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(fundingReceipts)
        .set({ document: stored })
        .where(eq(fundingReceipts.id, receiptId))
        .returning();
      await recordAudit(tx, actor, {
        action: 'receipt-attach',
        entity: 'funding-application',
        entityId: id,
        ags: app.ags,
        detail: { receiptId, size: stored.size, type: stored.type },
      });
      return row!;
    });
  } catch (error) {
    await removeStoredFile(ctx, stored);
    throw error;
  }
  if (receipt.document) await removeStoredFile(ctx, receipt.document);
  return updated;
}

export async function readReceiptFile(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  receiptId: number,
): Promise<{ file: StoredFile; bytes: Buffer }> {
  const app = await loadApplication(ctx.db, id);
  assertCan(actor, 'funding:read', app.ags);
  const receipt = await loadReceipt(ctx, id, receiptId);
  if (!receipt.document)
    throw new AppError('NOT_FOUND', { userMessage: 'Zu diesem Beleg ist keine Datei hinterlegt.' });
  return { file: receipt.document, bytes: await readStoredFile(ctx, receipt.document) };
}

export async function listReceipts(ctx: Pick<CoreContext, 'db'>, id: number): Promise<ReceiptRow[]> {
  return ctx.db
    .select()
    .from(fundingReceipts)
    .where(eq(fundingReceipts.applicationId, id))
    .orderBy(asc(fundingReceipts.paidOn), asc(fundingReceipts.id));
}

/** Files the proof of use: a factual report and receipts whose sum stays within the approval. */
export async function submitProofOfUse(ctx: CoreContext, actor: Actor, id: number): Promise<ApplicationRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:write', app.ags);
    assertStatus(app.status, ['bewilligt'], 'Verwendungsnachweis einreichen');
    if (app.proofReport.trim() === '')
      throw new AppError('VALIDATION_FAILED', {
        fields: {
          report: 'Zum Verwendungsnachweis gehört ein Sachbericht. Bitte zuerst den Sachbericht speichern.',
        },
      });
    const receipts = await tx
      .select({ amountCent: fundingReceipts.amountCent })
      .from(fundingReceipts)
      .where(eq(fundingReceipts.applicationId, id));
    const amounts = receipts.map((r) => r.amountCent);
    assertNoViolations([checkProofWithinApproval(amounts, app.approvedCent ?? 0)]);
    const spentCent = amounts.reduce((s, a) => s + a, 0);
    return writeStatus(tx, actor, app, {
      status: 'nachweis_eingereicht',
      proofSubmittedOn: berlinDate(now(ctx)),
      spentCent,
    });
  });
}

/**
 * The LPR checks the proof: what was paid out but not spent is claimed back (status rueckforderung with
 * the amount), otherwise the case is closed.
 */
export async function checkProofOfUse(ctx: CoreContext, actor: Actor, id: number): Promise<ApplicationRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:decide', app.ags);
    assertStatus(app.status, ['nachweis_eingereicht'], 'Verwendungsnachweis prüfen');
    const calls = await tx
      .select({ amountCent: fundingCalls.amountCent })
      .from(fundingCalls)
      .where(eq(fundingCalls.applicationId, id));
    const repaymentCent = repaymentDueCent(
      calls.map((c) => c.amountCent),
      app.spentCent ?? 0,
    );
    const today = berlinDate(now(ctx));
    return repaymentCent > 0
      ? writeStatus(tx, actor, app, { status: 'rueckforderung', repaymentCent }, { repaymentCent })
      : writeStatus(tx, actor, app, { status: 'abgeschlossen', repaymentCent: 0, closedOn: today });
  });
}

/** Records that the municipality paid back the unused money; closes the case. */
export async function recordRepayment(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  repaidOn: string,
): Promise<ApplicationRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:decide', app.ags);
    assertStatus(app.status, ['rueckforderung'], 'Rückzahlung erfassen');
    return writeStatus(tx, actor, app, { status: 'abgeschlossen', repaidOn, closedOn: repaidOn });
  });
}
