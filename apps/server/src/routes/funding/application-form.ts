import { type CoreContext, renderApplicationForm } from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const ZIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** The application form as PDF, generated from the project and the plan. */
export const applicationFormRoute: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/applications/:id/form.pdf',
    {
      config: { access: { permission: 'funding:read', ags: 'resource' } },
      schema: {
        tags: ['Förderung (RL KommPräv)'],
        summary: 'Antragsformular als PDF (Beccaria-Beschreibung, Ausgaben- und Finanzierungsplan; PDF/UA-1)',
        params: ZIdParams,
      },
    },
    async (request, reply) => {
      const pdf = await renderApplicationForm(ctx, request.actor!, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="foerderantrag-${request.params.id}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(pdf));
    },
  );
};
