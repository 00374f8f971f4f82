import {
  ZCreatedUser,
  ZPasswordReset,
  ZUserCreate,
  ZUserDisabled,
  ZUserDisabledBody,
  ZUserIdParams,
  ZUserList,
} from '@asskomm/contracts';
import {
  type CoreContext,
  createUser,
  listAuditLog,
  listUsers,
  resetUserPassword,
  setUserDisabled,
} from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const admin = { access: { permission: 'users:manage', ags: 'none' } } as const;

export const userRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/users',
    {
      config: admin,
      schema: { tags: ['Konten'], summary: 'Konten auflisten', response: { 200: ZUserList } },
    },
    async () => ({ items: await listUsers(ctx) }),
  );

  app.post(
    '/users',
    {
      config: admin,
      schema: {
        tags: ['Konten'],
        summary: 'Konto anlegen (mit Einmalpasswort)',
        body: ZUserCreate,
        response: { 201: ZCreatedUser },
      },
    },
    async (request, reply) => {
      const created = await createUser(ctx, request.actor!, request.body);
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/users/:id/password-reset',
    {
      config: admin,
      schema: {
        tags: ['Konten'],
        summary: 'Neues Einmalpasswort vergeben (beendet die Sitzungen des Kontos)',
        params: ZUserIdParams,
        response: { 200: ZPasswordReset },
      },
    },
    async (request) => resetUserPassword(ctx, request.actor!, request.params.id),
  );

  app.put(
    '/users/:id/disabled',
    {
      config: admin,
      schema: {
        tags: ['Konten'],
        summary: 'Konto deaktivieren (beendet seine Sitzungen) oder wieder aktivieren',
        params: ZUserIdParams,
        body: ZUserDisabledBody,
        response: { 200: ZUserDisabled },
      },
    },
    async (request) => setUserDisabled(ctx, request.actor!, request.params.id, request.body.disabled),
  );

  app.get(
    '/audit',
    {
      config: { access: { permission: 'audit:read', ags: 'none' } },
      schema: {
        tags: ['Konten'],
        summary: 'Änderungsprotokoll',
        querystring: z.strictObject({
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).optional(),
        }),
      },
    },
    async (request) => ({ items: await listAuditLog(ctx, request.query) }),
  );
};
