import {
  REMARK_CATEGORIES,
  ZRemarkFilter,
  ZRemarkPublication,
  ZRemarkStatusUpdate,
} from '@asskomm/contracts';
import {
  type CoreContext,
  countRemarks,
  exportRemarksCsv,
  getPublicRemark,
  getRemarkForStaff,
  listPublicRemarks,
  listRemarks,
  readRemarkPhoto,
  setRemarkPublication,
  submitRemark,
  updateRemarkStatus,
} from '@asskomm/core';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { coordinate, REMARK_UPLOAD_LIMITS, readRemarkForm } from './read-remark-form';

const ZPublicIdParams = z.strictObject({
  publicId: z.string().regex(/^\d{4}-[2-9A-Z]{6,10}$/, 'ungültige Hinweisnummer'),
});
const readAccess = { access: { permission: 'remark:read', ags: 'resource' } } as const;
const manageAccess = { access: { permission: 'remark:manage', ags: 'resource' } } as const;

/**
 * Remarks (Hinweise): the public form and status page, and the staff's list, dashboard and actions.
 * Open311 clients use routes/open311 instead; both call the same core functions.
 */
export const remarkRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  await app.register(formbody);
  await app.register(multipart, { limits: REMARK_UPLOAD_LIMITS, throwFileSizeLimit: false });

  app.get(
    '/categories',
    {
      config: { access: 'public' },
      schema: { tags: ['Hinweise'], summary: 'Kategorien und zuständige Stellen' },
    },
    async () => ({ items: REMARK_CATEGORIES }),
  );

  app.post(
    '/',
    {
      config: {
        access: 'public',
        // Counted in the database (plugins/rate-limit-store.ts), so all instances share the count.
        sharedRateLimit: true,
        rateLimit: { max: ctx.config.ASSKOMM_REMARK_RATE_LIMIT, timeWindow: '1 hour' },
      },
      schema: {
        tags: ['Hinweise'],
        summary: 'Hinweis senden (multipart/form-data mit optionalem Foto im Feld „foto“, oder JSON)',
      },
    },
    async (request, reply) => {
      const { fields, photo } = await readRemarkForm(request, 'foto');
      const submitted = await submitRemark(
        ctx,
        {
          ags: fields.ags ?? '',
          category: fields.category as never,
          description: fields.description ?? '',
          lat: coordinate(fields.lat) as never,
          long: coordinate(fields.long) as never,
          addressString: fields.addressString ?? null,
          reporterKind: (fields.reporterKind || 'buerger') as never,
          email: fields.email || null,
          firstName: fields.firstName ?? null,
          lastName: fields.lastName ?? null,
          phone: fields.phone ?? null,
        },
        { photo: photo ?? undefined },
      );
      return reply.status(201).send(submitted);
    },
  );

  app.get(
    '/public',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Hinweise'],
        summary: 'Veröffentlichte Hinweise (ohne persönliche Daten)',
        querystring: ZRemarkFilter,
      },
    },
    async (request) => ({ items: await listPublicRemarks(ctx, request.query) }),
  );

  app.get(
    '/public/:publicId',
    {
      config: { access: 'public' },
      schema: { tags: ['Hinweise'], summary: 'Status eines Hinweises', params: ZPublicIdParams },
    },
    async (request) => getPublicRemark(ctx, request.params.publicId),
  );

  app.get(
    '/public/:publicId/photo',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Hinweise'],
        summary: 'Freigegebenes Foto eines Hinweises (JPEG ohne Metadaten)',
        params: ZPublicIdParams,
      },
    },
    async (request, reply) =>
      reply
        .type('image/jpeg')
        .header('cache-control', 'no-cache')
        .send(await readRemarkPhoto(ctx, null, request.params.publicId)),
  );

  app.get(
    '/',
    {
      config: readAccess,
      schema: {
        tags: ['Hinweise'],
        summary: 'Hinweise der eigenen Kommunen (Bearbeitung)',
        querystring: ZRemarkFilter,
      },
    },
    async (request) => ({ items: await listRemarks(ctx, request.actor!, request.query) }),
  );

  app.get(
    '/stats',
    {
      config: readAccess,
      schema: {
        tags: ['Hinweise'],
        summary: 'Hinweise nach Kategorie, Monat, Kreis und Status',
        querystring: z.strictObject({
          ags: z
            .string()
            .regex(/^\d{8}$/)
            .optional(),
        }),
      },
    },
    async (request) => ({ items: await countRemarks(ctx, request.actor!, request.query) }),
  );

  app.get(
    '/export.csv',
    {
      config: readAccess,
      schema: {
        tags: ['Hinweise'],
        summary: 'Hinweise als CSV (ohne Kontaktdaten)',
        querystring: ZRemarkFilter,
      },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="hinweise.csv"')
        .send(await exportRemarksCsv(ctx, request.actor!, request.query)),
  );

  app.get(
    '/:publicId',
    {
      config: readAccess,
      schema: { tags: ['Hinweise'], summary: 'Ein Hinweis (Bearbeitung)', params: ZPublicIdParams },
    },
    async (request) => getRemarkForStaff(ctx, request.actor!, request.params.publicId),
  );

  app.get(
    '/:publicId/photo',
    {
      config: readAccess,
      schema: {
        tags: ['Hinweise'],
        summary: 'Foto eines Hinweises vor der Freigabe',
        params: ZPublicIdParams,
      },
    },
    async (request, reply) =>
      reply
        .type('image/jpeg')
        .header('cache-control', 'private, no-store')
        .send(await readRemarkPhoto(ctx, request.actor, request.params.publicId)),
  );

  app.patch(
    '/:publicId/status',
    {
      config: manageAccess,
      schema: {
        tags: ['Hinweise'],
        summary: 'Status und öffentliche Statusnotiz setzen',
        params: ZPublicIdParams,
        body: ZRemarkStatusUpdate,
      },
    },
    async (request) => updateRemarkStatus(ctx, request.actor!, request.params.publicId, request.body),
  );

  app.patch(
    '/:publicId/publication',
    {
      config: manageAccess,
      schema: {
        tags: ['Hinweise'],
        summary: 'Hinweis und Foto veröffentlichen',
        params: ZPublicIdParams,
        body: ZRemarkPublication,
      },
    },
    async (request) => setRemarkPublication(ctx, request.actor!, request.params.publicId, request.body),
  );
};
