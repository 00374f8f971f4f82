import { ZHealth } from '@asskomm/contracts';
import { type CoreContext, getHealth } from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const platformRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: { tags: ['Betrieb'], summary: 'Zustand von Server und Datenbank', response: { 200: ZHealth } },
    },
    async () => getHealth(ctx),
  );
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
};
