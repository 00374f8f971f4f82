import { ZKennzahlen, ZKennzahlenQuery, ZKennzahlParams, ZKennzahlRecords } from '@asskomm/contracts';
import { type CoreContext, cachedKennzahlen, listKennzahlRecords } from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const tags = ['Zahlen, Daten, Fakten'];

/** "Zahlen, Daten, Fakten": public figures and, for staff, the records behind each figure. */
export const kennzahlenRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/public/kennzahlen',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Kennzahlen der Allianz (öffentlich, kurz zwischengespeichert)',
        querystring: ZKennzahlenQuery,
        response: { 200: ZKennzahlen },
      },
    },
    async (request, reply) => {
      // The server keeps the figures 30 s (core); browsers and proxies revalidate every time.
      reply.header('cache-control', 'no-cache');
      return cachedKennzahlen(ctx, { includeDemo: request.query.demodaten === 'ja' });
    },
  );
  app.get(
    '/kennzahlen/:figure',
    {
      config: { access: { permission: 'kennzahlen:read', ags: 'none' } },
      schema: {
        tags,
        summary: 'Datensätze hinter einer Kennzahl (ohne Namen von Personen)',
        params: ZKennzahlParams,
        querystring: ZKennzahlenQuery,
        response: { 200: ZKennzahlRecords },
      },
    },
    async (request) =>
      listKennzahlRecords(ctx, request.actor!, request.params.figure, {
        includeDemo: request.query.demodaten === 'ja',
      }),
  );
};
