import { ZDistrictList, ZReferenceStatus, ZSourceNoteList } from '@asskomm/contracts';
import {
  ATTRIBUTIONS,
  type CoreContext,
  getBoundaries,
  getReferenceStatus,
  listDistricts,
} from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const readReference = { access: { permission: 'reference:read', ags: 'none' } } as const;

export const referenceRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/districts',
    {
      config: readReference,
      schema: {
        tags: ['Kommunen'],
        summary: 'Landkreise und kreisfreie Städte',
        response: { 200: ZDistrictList },
      },
    },
    async () => ({
      items: await listDistricts(ctx),
    }),
  );

  app.get(
    '/geo/:level',
    {
      // Open data (VG5000, DL-DE/BY-2.0): the public member map and the remark form draw it without a login.
      config: { access: 'public' },
      schema: {
        tags: ['Kommunen'],
        summary: 'Grenzen als GeoJSON (municipalities oder districts)',
        params: z.object({ level: z.enum(['municipalities', 'districts']) }),
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, max-age=3600');
      return getBoundaries(ctx, request.params.level === 'municipalities' ? 'gemeinde' : 'kreis');
    },
  );

  app.get(
    '/reference/status',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Referenzdaten'],
        summary: 'Stand der Referenzdaten',
        response: { 200: ZReferenceStatus },
      },
    },
    async () => getReferenceStatus(ctx),
  );

  app.get(
    '/attributions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Referenzdaten'],
        summary: 'Quellenangaben der offenen Daten',
        response: { 200: ZSourceNoteList },
      },
    },
    async () => ({
      items: Object.values(ATTRIBUTIONS),
    }),
  );
};
