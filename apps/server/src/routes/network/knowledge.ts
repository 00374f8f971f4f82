import {
  AppError,
  type CoreContext,
  cancelEventRegistration,
  createNetworkEvent,
  listEventRegistrations,
  listNetworkDocuments,
  listNetworkEvents,
  listOwnGoodPractices,
  readNetworkDocument,
  registerForEvent,
  saveGoodPractice,
  searchGoodPractices,
  uploadNetworkDocument,
  ZEventInput,
  ZGoodPracticeInput,
  ZGoodPracticeSearch,
} from '@asskomm/core';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readFormData } from '../surveys/form-data';

const ZAgsParams = z.strictObject({ ags: z.string().regex(/^\d{8}$/, 'AGS mit 8 Ziffern erwartet') });
const ZIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
const tags = ['Wissensaustausch'];
const writeOwn = { access: { permission: 'knowledge:write', ags: 'param' } } as const;
const manage = { access: { permission: 'knowledge:manage', ags: 'none' } } as const;

function sendDocument(
  reply: FastifyReply,
  id: number,
  document: { file: { type: string; name: string }; bytes: Buffer },
) {
  const extension = document.file.name.split('.').pop() ?? 'bin';
  return reply
    .type(document.file.type)
    .header('content-disposition', `attachment; filename="dokument-${id}.${extension}"`)
    .header('x-content-type-options', 'nosniff')
    .send(document.bytes);
}

/** Knowledge exchange: good practice, document library, network events (mounted under /network). */
export const knowledgeRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/good-practices',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Praxisbeispiele suchen', querystring: ZGoodPracticeSearch },
    },
    async (request) => ({ items: await searchGoodPractices(ctx, request.query) }),
  );
  app.get(
    '/:ags/good-practices',
    {
      config: writeOwn,
      schema: { tags, summary: 'Eigene Praxisbeispiele (auch nicht geteilte)', params: ZAgsParams },
    },
    async (request) => ({ items: await listOwnGoodPractices(ctx, request.actor!, request.params.ags) }),
  );
  app.post(
    '/:ags/good-practices',
    {
      config: writeOwn,
      schema: { tags, summary: 'Praxisbeispiel anlegen', params: ZAgsParams, body: ZGoodPracticeInput },
    },
    async (request, reply) =>
      reply.status(201).send(await saveGoodPractice(ctx, request.actor!, request.params.ags, request.body)),
  );
  app.put(
    '/:ags/good-practices/:id',
    {
      config: writeOwn,
      schema: {
        tags,
        summary: 'Praxisbeispiel ändern oder teilen',
        params: ZAgsParams.extend(ZIdParams.shape),
        body: ZGoodPracticeInput,
      },
    },
    async (request) =>
      saveGoodPractice(ctx, request.actor!, request.params.ags, request.body, request.params.id),
  );

  app.get(
    '/documents',
    { config: { access: 'public' }, schema: { tags, summary: 'Öffentliche Dokumente' } },
    async () => ({ items: await listNetworkDocuments(ctx, null) }),
  );
  app.get(
    '/documents/:id/file',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Öffentliches Dokument herunterladen', params: ZIdParams },
    },
    async (request, reply) =>
      sendDocument(reply, request.params.id, await readNetworkDocument(ctx, null, request.params.id)),
  );
  app.get(
    '/documents/internal',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Alle Dokumente (für angemeldete Partner)' },
    },
    async (request) => ({ items: await listNetworkDocuments(ctx, request.actor) }),
  );
  app.get(
    '/documents/:id/internal-file',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Dokument herunterladen (angemeldet)', params: ZIdParams },
    },
    async (request, reply) =>
      sendDocument(
        reply,
        request.params.id,
        await readNetworkDocument(ctx, request.actor, request.params.id),
      ),
  );
  app.post(
    '/documents',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Dokument hochladen (multipart: datei, title, category, description, visibility)',
      },
    },
    async (request, reply) => {
      const form = await readFormData(request, 'datei');
      if (!form.file || form.file.data.length === 0)
        throw new AppError('VALIDATION_FAILED', {
          fields: { datei: 'Bitte eine Datei im Feld „datei“ senden.' },
        });
      const document = await uploadNetworkDocument(ctx, request.actor!, form.fields as never, {
        bytes: form.file.data,
        name: form.file.filename,
      });
      return reply.status(201).send(document);
    },
  );

  app.get(
    '/events',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Netzwerkveranstaltungen' } },
    async (request) => ({ items: await listNetworkEvents(ctx, request.actor!) }),
  );
  app.post(
    '/events',
    { config: manage, schema: { tags, summary: 'Veranstaltung anlegen', body: ZEventInput } },
    async (request, reply) =>
      reply.status(201).send(await createNetworkEvent(ctx, request.actor!, request.body)),
  );
  app.post(
    '/events/:id/registration',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Zur Veranstaltung anmelden', params: ZIdParams },
    },
    async (request, reply) =>
      reply.status(201).send(await registerForEvent(ctx, request.actor!, request.params.id)),
  );
  app.delete(
    '/events/:id/registration',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Anmeldung zurückziehen', params: ZIdParams },
    },
    async (request, reply) => {
      await cancelEventRegistration(ctx, request.actor!, request.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/events/:id/registrations',
    { config: manage, schema: { tags, summary: 'Teilnehmerliste', params: ZIdParams } },
    async (request) => ({ items: await listEventRegistrations(ctx, request.actor!, request.params.id) }),
  );
};
