import { AppError, PHOTO_MAX_BYTES } from '@asskomm/core';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';

/** Multipart limits of remark forms: one photo, a handful of short fields. */
export const REMARK_UPLOAD_LIMITS = {
  fileSize: PHOTO_MAX_BYTES,
  files: 1,
  fields: 30,
  fieldSize: 10_000,
  parts: 31,
};

export interface RemarkForm {
  fields: Record<string, string>;
  photo: { bytes: Buffer; name: string } | null;
}

// Leading bytes of the image formats a phone sends: JPEG, PNG, GIF, WebP (RIFF….WEBP), HEIC/AVIF (ISO BMFF "ftyp").
function looksLikeImage(head: Buffer): boolean {
  if (head.length < 12) return false;
  return (
    (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) ||
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    head.subarray(0, 4).toString('latin1') === 'GIF8' ||
    (head.subarray(0, 4).toString('latin1') === 'RIFF' &&
      head.subarray(8, 12).toString('latin1') === 'WEBP') ||
    head.subarray(4, 8).toString('latin1') === 'ftyp'
  );
}

/**
 * Reads the photo part chunk by chunk: a file whose first bytes are not an image, or that grows past the
 * limit, is refused without reading the rest of it.
 */
async function readPhoto(part: MultipartFile): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let checked = false;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (!checked && size >= 12) {
      checked = true;
      if (!looksLikeImage(Buffer.concat(chunks)))
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
          userMessage: `„${part.filename}“ ist kein Foto. Erlaubt sind Bilder im Format JPEG, PNG, WebP, GIF, AVIF oder HEIC.`,
        });
    }
  }
  if (part.file.truncated)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      userMessage: `Das Foto „${part.filename}“ ist größer als ${PHOTO_MAX_BYTES / 1024 / 1024} MB.`,
    });
  if (!checked && size > 0)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { userMessage: `„${part.filename}“ ist kein Foto.` });
  return Buffer.concat(chunks);
}

/**
 * A remark sent as multipart/form-data (with the photo in `fileField`) or as a form-encoded/JSON body.
 * A declared Content-Length far over the limit is refused before anything is read.
 */
export async function readRemarkForm(request: FastifyRequest, fileField: string): Promise<RemarkForm> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > PHOTO_MAX_BYTES + 64 * 1024)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      userMessage: `Die Anfrage ist zu groß: Ein Foto darf höchstens ${PHOTO_MAX_BYTES / 1024 / 1024} MB haben.`,
    });
  if (!request.isMultipart()) {
    const body = (request.body ?? {}) as Record<string, unknown>;
    return {
      fields: Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v == null ? '' : String(v)])),
      photo: null,
    };
  }
  const form: RemarkForm = { fields: {}, photo: null };
  for await (const part of request.parts({ limits: REMARK_UPLOAD_LIMITS })) {
    if (part.type === 'file') {
      if (part.fieldname !== fileField) {
        part.file.resume();
        throw new AppError('VALIDATION_FAILED', {
          userMessage: `Unerwartetes Dateifeld „${part.fieldname}“ (erwartet: „${fileField}“).`,
          fields: { [part.fieldname]: 'Unerwartetes Dateifeld.' },
        });
      }
      const bytes = await readPhoto(part);
      if (bytes.length > 0) form.photo = { bytes, name: part.filename || 'foto' };
    } else {
      form.fields[part.fieldname] = String(part.value ?? '');
    }
  }
  return form;
}

/** "51.05" → 51.05; empty → null; anything else stays a string so that validation names it. */
export function coordinate(value: string | undefined): number | string | null {
  if (value == null || value.trim() === '') return null;
  const n = Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : value;
}
