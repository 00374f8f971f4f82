import { createReadStream } from 'node:fs';
import { ZJob, ZJobList, ZJobListQuery, ZJobParams, ZReportBatchCreate } from '@asskomm/contracts';
import type { CoreContext } from '@asskomm/core';
import { createReportBatch, getJob, getJobResult, listJobs } from '@asskomm/core/jobs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const TAGS = ['Aufträge'];
// Which jobs an account sees is decided per job in core (report batches: admins; letter batches: the
// wave's staff); others get an empty list and 404.
const SIGNED_IN = { access: 'authenticated' } as const;

/** Background jobs: /api/jobs. */
export const jobRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/',
    {
      config: SIGNED_IN,
      schema: {
        tags: TAGS,
        summary: 'Aufträge (Berichts- und Briefstapel), die das Konto sehen darf, neueste zuerst',
        querystring: ZJobListQuery,
        response: { 200: ZJobList },
      },
    },
    async (request) => ({ items: await listJobs(ctx, request.actor!, request.query) }),
  );

  app.post(
    '/report-batches',
    {
      config: { access: { permission: 'report:batch', ags: 'none' } },
      schema: {
        tags: TAGS,
        summary: 'Lageberichte für mehrere oder alle Kommunen als Auftrag (Ergebnis: ZIP)',
        body: ZReportBatchCreate,
        response: { 202: ZJob },
      },
    },
    async (request, reply) => {
      const { id } = await createReportBatch(ctx, request.actor!, request.body);
      return reply.status(202).send(await getJob(ctx, request.actor!, id));
    },
  );

  app.get(
    '/:id',
    {
      config: SIGNED_IN,
      schema: { tags: TAGS, summary: 'Stand eines Auftrags', params: ZJobParams, response: { 200: ZJob } },
    },
    async (request) => getJob(ctx, request.actor!, request.params.id),
  );

  app.get(
    '/:id/result',
    {
      config: SIGNED_IN,
      schema: {
        tags: TAGS,
        summary:
          'Ergebnis eines fertigen Auftrags herunterladen (ZIP oder PDF; jeder Abruf wird protokolliert)',
        params: ZJobParams,
      },
    },
    async (request, reply) => {
      const result = await getJobResult(ctx, request.actor!, request.params.id);
      return reply
        .type(result.contentType)
        .header('content-length', result.size)
        .header('content-disposition', `attachment; filename="${result.filename}"`)
        .header('cache-control', 'no-store')
        .send(createReadStream(result.path));
    },
  );
};
