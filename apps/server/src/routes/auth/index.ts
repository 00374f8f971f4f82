import { ZLoginBody, ZPasswordBody, ZSessionResponse } from '@asskomm/contracts';
import {
  AppError,
  type CoreContext,
  changePassword,
  deleteSession,
  login,
  resolveSession,
} from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SESSION_COOKIE, sessionCookieOptions } from '../../plugins/auth';

export const authRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.post(
    '/login',
    {
      config: {
        access: 'public',
        // Per IP; failed and successful attempts count alike, which is simpler and still stops guessing.
        // Counted in the database, so that N instances do not allow N times the attempts.
        rateLimit: { max: ctx.config.ASSKOMM_LOGIN_RATE_LIMIT, timeWindow: '1 minute' },
        sharedRateLimit: true,
      },
      schema: {
        tags: ['Anmeldung'],
        summary: 'Anmelden',
        body: ZLoginBody,
        response: { 200: ZSessionResponse },
      },
    },
    async (request, reply) => {
      const session = await login(ctx, request.body);
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(request, session.expiresAt));
      const resolved = await resolveSession(ctx, session.token);
      if (!resolved) throw new AppError('INTERNAL', { internal: 'fresh session not found' });
      return {
        user: { ...resolved.actor, mustChangePassword: resolved.mustChangePassword },
        csrfToken: session.csrfToken,
      };
    },
  );

  app.get(
    '/me',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['Anmeldung'], summary: 'Aktuelle Sitzung', response: { 200: ZSessionResponse } },
    },
    async (request) => ({
      user: { ...request.actor!, mustChangePassword: request.mustChangePassword },
      csrfToken: request.csrfToken!,
    }),
  );

  app.post(
    '/logout',
    { config: { access: 'authenticated' }, schema: { tags: ['Anmeldung'], summary: 'Abmelden' } },
    async (request, reply) => {
      if (request.sessionToken) await deleteSession(ctx, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.post(
    '/password',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['Anmeldung'], summary: 'Passwort ändern', body: ZPasswordBody },
    },
    async (request, reply) => {
      await changePassword(ctx, request.actor!, {
        ...request.body,
        currentSessionToken: request.sessionToken ?? undefined,
      });
      return reply.status(204).send();
    },
  );
};
