import { timingSafeEqual } from 'node:crypto';
import { type Actor, AppError, type CoreContext, can, canSome, resolveSession } from '@asskomm/core';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export const SESSION_COOKIE = 'asskomm_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    sessionToken: string | null;
    mustChangePassword: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Cookie options: HttpOnly, SameSite=Lax, and Secure whenever the request came over TLS (directly or via a trusted proxy). */
export function sessionCookieOptions(request: FastifyRequest, expires?: Date) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    expires,
  };
}

/**
 * Sessions, CSRF and the access check. Reads the session cookie, then enforces the route's declared
 * access. State-changing requests of signed-in users must carry the session's CSRF token in
 * `x-csrf-token` (synchroniser-token pattern, OWASP CSRF Prevention Cheat Sheet).
 */
async function auth(app: FastifyInstance, opts: { ctx: CoreContext }) {
  const { ctx } = opts;
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('mustChangePassword', false);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
    }
  });

  // onRequest: before the body is parsed or validated, so anonymous callers learn nothing and cost little.
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    const token = request.cookies[SESSION_COOKIE];
    if (token && access !== 'public') {
      const session = await resolveSession(ctx, token);
      if (session) {
        request.actor = session.actor;
        request.csrfToken = session.csrfToken;
        request.sessionToken = token;
        request.mustChangePassword = session.mustChangePassword;
      }
    }
    if (!access || access === 'public') return;
    const actor = request.actor;
    if (!actor) throw new AppError('AUTH_REQUIRED');
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !request.csrfToken || !sameToken(sent, request.csrfToken))
        throw new AppError('CSRF_INVALID');
    }
    if (request.mustChangePassword && !request.url.startsWith('/api/auth/'))
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (access === 'authenticated') return;
    const allowed =
      access.ags === 'param'
        ? can(actor, access.permission, (request.params as { ags?: string }).ags ?? null)
        : access.ags === 'resource'
          ? canSome(actor, access.permission)
          : can(actor, access.permission, null);
    if (!allowed) throw new AppError('FORBIDDEN');
  });
}

export default fp(auth, { name: 'auth' });
