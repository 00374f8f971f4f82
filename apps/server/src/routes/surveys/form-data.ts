import { SURVEY_UPLOAD_MAX_BYTES } from '@asskomm/contracts';
import { AppError, plainFileName } from '@asskomm/core';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** Upload limits of the survey routes (register extracts, margin tables). */
export const UPLOAD_LIMITS = {
  fileSize: SURVEY_UPLOAD_MAX_BYTES,
  files: 1,
  fields: 20,
  fieldSize: 100 * 1024,
  parts: 25,
};

export interface FormData {
  file: { filename: string; data: Buffer } | null;
  fields: Record<string, string>;
}

/**
 * Reads a multipart/form-data request into memory (no temporary files: the register extract holds
 * addresses, which must never reach a disk). A file over the limit fails with 413 PAYLOAD_TOO_LARGE.
 */
export async function readFormData(request: FastifyRequest, fileField = 'file'): Promise<FormData> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      userMessage: `Bitte die Datei als multipart/form-data im Feld „${fileField}“ senden.`,
    });
  }
  const result: FormData = { file: null, fields: {} };
  for await (const part of request.parts({ limits: UPLOAD_LIMITS })) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname !== fileField) {
        throw new AppError('VALIDATION_FAILED', {
          userMessage: `Unerwartetes Dateifeld „${part.fieldname}“ (erwartet: „${fileField}“).`,
          fields: { [part.fieldname]: 'Unerwartetes Dateifeld.' },
        });
      }
      const filename = plainFileName().safeParse(part.filename);
      if (!filename.success) throw zodRejected(filename.error, fileField);
      result.file = { filename: filename.data, data };
    } else {
      result.fields[part.fieldname] = String(part.value ?? '');
    }
  }
  return result;
}

/** A zod failure as VALIDATION_FAILED with one German message per field. */
export function zodRejected(error: z.ZodError, prefix = ''): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'body';
    fields[path] ??= issue.code === 'unrecognized_keys' ? 'Unbekanntes Feld.' : issue.message;
  }
  const [field, message] = Object.entries(fields)[0]!;
  return new AppError('VALIDATION_FAILED', { userMessage: `${field}: ${message}`, fields });
}

/** Parses a JSON text field of a form. */
export function jsonField(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Das Feld „${field}“ enthält kein gültiges JSON.`,
      fields: { [field]: 'Kein gültiges JSON.' },
    });
  }
}

/** The platform's public address for links in letters: configured, else the request's own origin. */
export function publicUrlOf(request: FastifyRequest, configured: string | undefined): string {
  return (configured ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}
