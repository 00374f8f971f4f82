import { type CoreContext, createUser, listAuditLog, listUsers, plainText } from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const admin = { access: { permission: 'users:manage', ags: 'none' } } as const;

const ZCreateUser = z.strictObject({
  email: plainText().trim().max(254),
  name: plainText().trim().max(200).optional(),
  role: z.enum(['admin', 'coach', 'kommune', 'rat']),
  ags: z
    .string()
    .regex(/^\d{8}$/, 'Die AGS hat 8 Ziffern.')
    .nullable()
    .optional(),
  assignedAgs: z
    .array(z.string().regex(/^\d{8}$/))
    .max(500)
    .optional(),
});

export const userRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/users',
    { config: admin, schema: { tags: ['Konten'], summary: 'Konten auflisten' } },
    async () => ({ items: await listUsers(ctx) }),
  );

  app.post(
    '/users',
    {
      config: admin,
      schema: { tags: ['Konten'], summary: 'Konto anlegen (mit Einmalpasswort)', body: ZCreateUser },
    },
    async (request, reply) => {
      const created = await createUser(ctx, request.actor!, request.body);
      return reply.status(201).send(created);
    },
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
