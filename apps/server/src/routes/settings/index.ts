import {
  type CoreContext,
  getPlatformSettings,
  updatePlatformSettings,
  ZPlatformSettingsUpdate,
} from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const ADMIN = { access: { permission: 'settings:manage', ags: 'none' } } as const;
const TAGS = ['Einstellungen'];

const ZSettings = z.object({
  publicUrl: z.object({
    value: z.string().nullable().describe('Die geltende öffentliche Adresse (für Briefe und QR-Codes)'),
    source: z.enum(['einstellung', 'umgebung']).nullable(),
    environment: z.string().nullable().describe('ASSKOMM_PUBLIC_URL, falls gesetzt'),
  }),
});

/** Platform settings for admins: /api/settings. */
export const settingsRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/settings',
    {
      config: ADMIN,
      schema: { tags: TAGS, summary: 'Einstellungen der Plattform', response: { 200: ZSettings } },
    },
    async (request) => getPlatformSettings(ctx, request.actor!),
  );
  app.put(
    '/settings',
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: 'Einstellungen ändern (öffentliche Adresse; leer = ASSKOMM_PUBLIC_URL gilt)',
        body: ZPlatformSettingsUpdate,
        response: { 200: ZSettings },
      },
    },
    async (request) => updatePlatformSettings(ctx, request.actor!, request.body),
  );
};
