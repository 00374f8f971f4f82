import { DOCUMENT_MAX_BYTES, type TDocumentFields, ZDocumentFields } from '@asskomm/contracts';
import { networkDocuments, type StoredFile } from '@asskomm/db';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/authorize';
import type { Actor, CoreContext } from '../../context';
import { AppError } from '../../errors';
import { parseInput } from '../../parse-input';
import { readStoredFile, removeStoredFile, storeFile } from '../file-store';

/** Formats of the library, recognised by their first bytes (the name's extension is not trusted). */
const DOCUMENT_TYPES = [
  {
    type: 'application/pdf',
    extension: 'pdf',
    matches: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  },
  {
    // DOCX, XLSX, PPTX, ODT and ODS are ZIP containers; the extension decides which one it is.
    type: 'application/zip',
    extension: 'zip',
    matches: (b: Buffer) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
];
const OFFICE_EXTENSIONS: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

export type NetworkDocument = typeof networkDocuments.$inferSelect;

export async function uploadNetworkDocument(
  ctx: CoreContext,
  actor: Actor,
  fields: TDocumentFields,
  file: { bytes: Buffer; name: string },
): Promise<NetworkDocument> {
  assertCan(actor, 'knowledge:manage');
  const meta = parseInput(ZDocumentFields, fields);
  if (file.bytes.length > DOCUMENT_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      userMessage: `„${file.name}“ ist größer als ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB.`,
    });
  const kind = DOCUMENT_TYPES.find((t) => t.matches(file.bytes));
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const type =
    kind?.extension === 'pdf' ? 'application/pdf' : kind ? OFFICE_EXTENSIONS[extension] : undefined;
  if (!type)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      userMessage: `„${file.name}“ ist weder PDF noch ein Office-Dokument (DOCX, XLSX, PPTX, ODT, ODS).`,
    });
  const stored = await storeFile(ctx, 'documents', {
    bytes: file.bytes,
    name: file.name,
    type,
    extension: kind!.extension === 'pdf' ? 'pdf' : extension,
  });
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(networkDocuments)
        .values({ ...meta, file: stored })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entity: 'document',
        entityId: row!.id,
        detail: { title: meta.title },
      });
      return row!;
    });
  } catch (error) {
    await removeStoredFile(ctx, stored);
    throw error;
  }
}

/** The library: public documents for everyone, all of them for signed-in partners. */
export async function listNetworkDocuments(
  ctx: CoreContext,
  actor: Actor | null,
): Promise<NetworkDocument[]> {
  const query = ctx.db.select().from(networkDocuments);
  return (actor ? query : query.where(eq(networkDocuments.visibility, 'public'))).orderBy(
    desc(networkDocuments.uploadedAt),
  );
}

export async function readNetworkDocument(
  ctx: CoreContext,
  actor: Actor | null,
  id: number,
): Promise<{ file: StoredFile; bytes: Buffer }> {
  const [row] = await ctx.db.select().from(networkDocuments).where(eq(networkDocuments.id, id));
  if (!row || (row.visibility !== 'public' && !actor))
    throw new AppError('NOT_FOUND', { userMessage: `Kein Dokument mit der Nummer ${id}.` });
  return { file: row.file, bytes: await readStoredFile(ctx, row.file) };
}
