import { ZProjectInput, ZProjectListQuery, ZProjectUpdate } from '@asskomm/contracts';
import {
  type CoreContext,
  createProject,
  getProject,
  getProjectEvaluation,
  listProjects,
  updateProject,
} from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const ZIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
const read = { access: { permission: 'project:read', ags: 'resource' } } as const;
const write = { access: { permission: 'project:write', ags: 'resource' } } as const;
const tags = ['Präventionsprojekte'];

/** Prevention projects along the Beccaria steps; the municipality's AGS is checked in core. */
export const projectRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/',
    {
      config: read,
      schema: { tags, summary: 'Präventionsprojekte (sichtbare)', querystring: ZProjectListQuery },
    },
    async (request) => ({ items: await listProjects(ctx, request.actor!, request.query.ags) }),
  );
  app.post(
    '/',
    { config: write, schema: { tags, summary: 'Projekt anlegen', body: ZProjectInput } },
    async (request, reply) => reply.status(201).send(await createProject(ctx, request.actor!, request.body)),
  );
  app.get(
    '/:id',
    {
      config: read,
      schema: { tags, summary: 'Projekt mit Beccaria-Schritten und Förderanträgen', params: ZIdParams },
    },
    async (request) => getProject(ctx, request.actor!, request.params.id),
  );
  app.put(
    '/:id',
    { config: write, schema: { tags, summary: 'Projekt ändern', params: ZIdParams, body: ZProjectUpdate } },
    async (request) => updateProject(ctx, request.actor!, request.params.id, request.body),
  );
  app.get(
    '/:id/evaluation',
    {
      config: read,
      schema: {
        tags,
        summary: 'Veränderung der verknüpften Befragungswerte zwischen zwei Wellen (95-%-Intervall)',
        params: ZIdParams,
      },
    },
    async (request) => getProjectEvaluation(ctx, request.actor!, request.params.id),
  );
};
