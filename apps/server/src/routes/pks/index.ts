import {
  ZImportListQuery,
  ZImportListResponse,
  ZImportResponse,
  ZKeysResponse,
  ZMapQuery,
  ZMapResponse,
  ZPreviewResponse,
  ZProfileParams,
  ZProfileQuery,
  ZProfileResponse,
  ZUploadFields,
} from '@asskomm/contracts';
import {
  AppError,
  CONTROL_CHARACTER_MESSAGE,
  type CoreContext,
  getPksMap,
  getPksProfile,
  importPksFile,
  listPksImports,
  listPksKeys,
  PKS_UPLOAD_LIMIT_BYTES,
  type PksImportInput,
  plainFileName,
  previewPksImport,
} from '@asskomm/core';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const readReference = { access: { permission: 'reference:read', ags: 'none' } } as const;
const importAccess = { access: { permission: 'pks:import', ags: 'resource' } } as const;
const LIMIT_MB = Math.round(PKS_UPLOAD_LIMIT_BYTES / 1024 / 1024);

const UPLOAD_DESCRIPTION =
  `multipart/form-data mit genau einer Datei im Feld „datei“ (höchstens ${LIMIT_MB} MB) und optional den Feldern ` +
  '„format“ (bka-kreise, kreise-csv, gemeinde, bevoelkerung; sonst erkannt), „year“ (Berichtsjahr einer BKA-Tabelle) ' +
  'und „source“ (Name der Quelle; ein erneuter Import derselben Quelle und Jahre ersetzt sie).';

/** Reads the multipart upload: one file part and the text fields, with clear German errors. */
async function readUpload(request: FastifyRequest): Promise<PksImportInput> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      userMessage: 'Bitte senden Sie die Datei als multipart/form-data im Feld „datei“.',
    });
  }
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; filename: string } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (file) {
          await part.toBuffer().catch(() => undefined);
          throw new AppError('VALIDATION_FAILED', {
            userMessage: 'Bitte senden Sie genau eine Datei.',
            fields: { datei: 'nur eine Datei' },
          });
        }
        const bytes = await part.toBuffer();
        const filename = plainFileName().safeParse(part.filename);
        if (!filename.success)
          throw new AppError('VALIDATION_FAILED', {
            userMessage: `Der Dateiname ${filename.error.issues[0]!.message}`,
            fields: { datei: filename.error.issues[0]!.message },
          });
        file = { bytes, filename: filename.data };
      } else if (typeof part.value === 'string' && part.value !== '') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw new AppError('PAYLOAD_TOO_LARGE', {
        userMessage: `Die Datei ist zu groß: Es sind höchstens ${LIMIT_MB} MB möglich. Teilen Sie große Tabellen nach Jahren auf.`,
      });
    if (code === 'FST_FILES_LIMIT')
      throw new AppError('VALIDATION_FAILED', {
        userMessage: 'Bitte senden Sie genau eine Datei.',
        fields: { datei: 'nur eine Datei' },
      });
    throw error;
  }
  if (!file || file.bytes.length === 0) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: 'Es wurde keine Datei gesendet (oder sie ist leer).',
      fields: { datei: 'Datei fehlt' },
    });
  }
  const parsed = ZUploadFields.safeParse(fields);
  if (!parsed.success) {
    const messages: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.') || 'body';
      messages[path] =
        issue.code === 'unrecognized_keys'
          ? `unbekanntes Feld: ${issue.keys.join(', ')}`
          : issue.message === CONTROL_CHARACTER_MESSAGE
            ? issue.message
            : 'ungültiger Wert';
    }
    const [field, message] = Object.entries(messages)[0]!;
    throw new AppError('VALIDATION_FAILED', { userMessage: `Feld „${field}“: ${message}`, fields: messages });
  }
  return {
    bytes: new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.length),
    filename: file.filename,
    format: parsed.data.format,
    year: parsed.data.year,
    source: parsed.data.source,
  };
}

export const pksRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  await app.register(multipart, {
    limits: { fileSize: PKS_UPLOAD_LIMIT_BYTES, files: 1, fields: 10, parts: 12 },
  });

  app.get(
    '/keys',
    {
      config: readReference,
      schema: {
        tags: ['Kriminalstatistik'],
        summary: 'Straftatenschlüssel, Hauptdeliktsgruppen und Jahre mit Kreisdaten',
        response: { 200: ZKeysResponse },
      },
    },
    async () => listPksKeys(ctx),
  );

  app.get(
    '/profile/:ags',
    {
      // Kreise, Sachsen und die Demokommune sind offen (reference:read); die Gemeindedaten einer
      // Kommune brauchen pks:read für ihre AGS (geprüft in getPksProfile).
      config: { access: { permission: 'pks:read', ags: 'resource' } },
      schema: {
        tags: ['Kriminalstatistik'],
        summary: 'Kriminalitätsprofil einer Kommune (8 Ziffern), eines Kreises (5) oder Sachsens (14)',
        params: ZProfileParams,
        querystring: ZProfileQuery,
        response: { 200: ZProfileResponse },
      },
    },
    async (request) =>
      getPksProfile(ctx, request.actor!, request.params.ags, {
        keys: request.query.keys,
        from: request.query.from,
        to: request.query.to,
      }),
  );

  app.get(
    '/map',
    {
      config: readReference,
      schema: {
        tags: ['Kriminalstatistik'],
        summary: 'Häufigkeitszahl je Kreis für einen Schlüssel und ein Jahr (Karte)',
        querystring: ZMapQuery,
        response: { 200: ZMapResponse },
      },
    },
    async (request) => getPksMap(ctx, request.query.key, request.query.year),
  );

  app.post(
    '/imports/preview',
    {
      config: importAccess,
      schema: {
        tags: ['Kriminalstatistik'],
        summary: 'PKS- oder Bevölkerungsdatei prüfen, ohne zu speichern',
        description: UPLOAD_DESCRIPTION,
        consumes: ['multipart/form-data'],
        response: { 200: ZPreviewResponse },
      },
    },
    async (request) => previewPksImport(ctx, request.actor!, await readUpload(request)),
  );

  app.post(
    '/imports',
    {
      config: importAccess,
      schema: {
        tags: ['Kriminalstatistik'],
        summary: 'PKS- oder Bevölkerungsdatei importieren (alles oder nichts)',
        description: `${UPLOAD_DESCRIPTION} Bei Fehlern: 422 IMPORT_REJECTED mit den Fehlern (Zeile, Spalte, Wert) in details; es wird nichts gespeichert.`,
        consumes: ['multipart/form-data'],
        response: { 200: ZImportResponse },
      },
    },
    async (request) => importPksFile(ctx, request.actor!, await readUpload(request)),
  );

  app.get(
    '/imports',
    {
      config: importAccess,
      schema: {
        tags: ['Kriminalstatistik'],
        summary: 'Importprotokoll (neueste zuerst)',
        querystring: ZImportListQuery,
        response: { 200: ZImportListResponse },
      },
    },
    async (request) => listPksImports(ctx, request.actor!, { limit: request.query.limit }),
  );
};
