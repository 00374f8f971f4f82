import { REMARK_CATEGORY_CODES, remarkCategory } from '@asskomm/contracts';
import {
  AppError,
  type CoreContext,
  findRemarkIdByToken,
  getPublicRemark,
  isAppError,
  listPublicRemarks,
  plainText,
  submitRemark,
} from '@asskomm/core';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { coordinate, REMARK_UPLOAD_LIMITS, readRemarkForm } from '../remarks/read-remark-form';
import {
  internalStatuses,
  open311Errors,
  open311Request,
  open311ServiceDefinition,
  open311Services,
} from './open311-format';

const tags = ['Open311'];
const publicAccess = { access: 'public' } as const;
const jurisdiction = z
  .string()
  .regex(/^\d{8}$/, 'jurisdiction_id ist die achtstellige AGS der Kommune')
  .optional();

const ZRequestsQuery = z.object({
  jurisdiction_id: jurisdiction,
  service_request_id: plainText().max(2000).optional(),
  service_code: plainText().max(200).optional(),
  start_date: z.iso
    .datetime({ offset: true, error: 'start_date im Format W3C/ISO 8601 erwartet' })
    .optional(),
  end_date: z.iso.datetime({ offset: true, error: 'end_date im Format W3C/ISO 8601 erwartet' }).optional(),
  status: plainText().max(50).optional(),
});

function mediaBase(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/**
 * Open311 GeoReport v2 for remarks, so existing reporting apps can connect. jurisdiction_id is the AGS.
 * JSON only (the spec's .xml format is not offered). POST accepts the spec's form-encoded fields, or
 * multipart/form-data with the photo in "media". No api_key is needed: citizens may report anonymously,
 * and the per-client rate limit guards the endpoint.
 */
export const open311Routes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  await app.register(formbody);
  await app.register(multipart, { limits: REMARK_UPLOAD_LIMITS, throwFileSizeLimit: false });

  app.setErrorHandler((error, request, reply) => {
    let status = 500;
    let descriptions = ['Interner Fehler.'];
    if (isAppError(error)) {
      status = error.status;
      descriptions = error.fields
        ? Object.entries(error.fields).map(([field, message]) => `${field}: ${message}`)
        : [error.userMessage];
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      status = 400;
      descriptions = error.validation.map(
        (v) => `${v.instancePath.split('/').filter(Boolean).join('.') || 'request'}: ${v.message}`,
      );
    } else if (
      (error as { statusCode?: number }).statusCode &&
      (error as { statusCode: number }).statusCode < 500
    ) {
      status = (error as { statusCode: number }).statusCode;
      descriptions = [
        status === 429 ? 'Zu viele Anfragen. Bitte später erneut versuchen.' : 'Ungültige Anfrage.',
      ];
    } else {
      request.log.error({ err: error }, 'open311 error');
    }
    return reply.status(status).send(open311Errors(status, descriptions));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(
        open311Errors(404, [
          `${request.method} ${request.url.split('?')[0]} gibt es nicht (nur JSON: *.json).`,
        ]),
      ),
  );

  app.get(
    '/services.json',
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'Service-Liste (Kategorien)',
        querystring: z.object({ jurisdiction_id: jurisdiction }),
      },
    },
    async () => open311Services(),
  );

  app.get(
    '/services/:service_code',
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'Service-Definition',
        params: z.object({ service_code: z.string().max(200) }),
      },
    },
    async (request) => {
      const code = request.params.service_code.replace(/\.json$/, '');
      if (!request.params.service_code.endsWith('.json') || !remarkCategory(code))
        throw new AppError('NOT_FOUND', {
          userMessage: `service_code „${code}“ ist unbekannt. Gültig: ${REMARK_CATEGORY_CODES.join(', ')}.`,
        });
      return open311ServiceDefinition(code);
    },
  );

  app.post(
    '/requests.json',
    {
      config: {
        ...publicAccess,
        // Counted in the database (plugins/rate-limit-store.ts), so all instances share the count.
        sharedRateLimit: true,
        rateLimit: { max: ctx.config.ASSKOMM_REMARK_RATE_LIMIT, timeWindow: '1 hour' },
      },
      schema: {
        tags,
        summary: 'Hinweis melden (form-encoded nach GeoReport v2, oder multipart mit Foto im Feld „media“)',
        consumes: ['application/x-www-form-urlencoded', 'multipart/form-data'],
      },
    },
    async (request, reply) => {
      const { fields, photo } = await readRemarkForm(request, 'media');
      const missing: string[] = [];
      if (!fields.jurisdiction_id) missing.push('jurisdiction_id: Pflichtfeld (AGS der Kommune)');
      if (!fields.service_code) missing.push('service_code: Pflichtfeld');
      if (missing.length) return reply.status(400).send(open311Errors(400, missing));
      if (!remarkCategory(fields.service_code!))
        return reply
          .status(404)
          .send(open311Errors(404, [`service_code „${fields.service_code}“ ist unbekannt.`]));
      const submitted = await submitRemark(
        ctx,
        {
          ags: fields.jurisdiction_id!,
          category: fields.service_code as never,
          description: fields.description ?? '',
          lat: coordinate(fields.lat) as never,
          long: coordinate(fields.long) as never,
          addressString: fields.address_string ?? null,
          email: fields.email || null,
          firstName: fields.first_name ?? null,
          lastName: fields.last_name ?? null,
          phone: fields.phone ?? null,
          mediaUrl: fields.media_url || null,
        },
        { photo: photo ?? undefined, requireLocation: true },
      );
      return reply.status(201).send([
        {
          service_request_id: submitted.publicId,
          token: submitted.token,
          service_notice: `Ihr Hinweis ist eingegangen und an ${submitted.agencyResponsible} weitergeleitet.`,
          account_id: null,
        },
      ]);
    },
  );

  app.get(
    '/requests.json',
    {
      config: publicAccess,
      schema: { tags, summary: 'Veröffentlichte Hinweise abfragen', querystring: ZRequestsQuery },
    },
    async (request) => {
      const q = request.query;
      const ids = q.service_request_id
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const statuses = q.status ? q.status.split(',').flatMap((s) => internalStatuses(s.trim())) : [];
      if (q.status && statuses.length === 0)
        throw new AppError('VALIDATION_FAILED', { fields: { status: 'erlaubt sind open und closed' } });
      const codes = q.service_code?.split(',').map((s) => s.trim());
      for (const code of codes ?? [])
        if (!remarkCategory(code))
          throw new AppError('NOT_FOUND', { userMessage: `service_code „${code}“ ist unbekannt.` });
      // Without a date or id the spec returns the last 90 days.
      const start = q.start_date
        ? new Date(q.start_date)
        : ids
          ? undefined
          : new Date(Date.now() - 90 * 86_400_000);
      const end = q.end_date ? new Date(q.end_date) : undefined;
      const items = await listPublicRemarks(ctx, {
        ags: q.jurisdiction_id,
        publicIds: ids,
        statuses,
        categories: codes,
        since: start,
        until: end,
        limit: 1000,
      });
      return items.map((r) => open311Request(r, mediaBase(request)));
    },
  );

  app.get(
    '/requests/:request_file',
    {
      config: publicAccess,
      schema: { tags, summary: 'Ein Hinweis', params: z.object({ request_file: z.string().max(100) }) },
    },
    async (request) => {
      const file = request.params.request_file;
      if (!file.endsWith('.json'))
        throw new AppError('NOT_FOUND', { userMessage: 'Nur JSON wird angeboten: requests/{id}.json.' });
      return [open311Request(await getPublicRemark(ctx, file.slice(0, -5)), mediaBase(request))];
    },
  );

  app.get(
    '/tokens/:token_file',
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'Hinweisnummer zu einem Token',
        params: z.object({ token_file: z.string().max(100) }),
      },
    },
    async (request) => {
      const file = request.params.token_file;
      if (!file.endsWith('.json'))
        throw new AppError('NOT_FOUND', { userMessage: 'Nur JSON wird angeboten: tokens/{token}.json.' });
      const token = file.slice(0, -5);
      return [{ service_request_id: await findRemarkIdByToken(ctx, token), token }];
    },
  );
};
