import { type CoreContext, createUser, SYSTEM_ACTOR } from '@asskomm/core';
import { buildApp } from '@asskomm/server';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export const TEST_PASSWORD = 'Test-Passwort-2026!';

export async function buildTestApp(ctx: CoreContext): Promise<FastifyInstance> {
  return buildApp(ctx, { logger: false, webDist: '/nonexistent-web-dist' });
}

export interface TestSession {
  cookie: string;
  csrfToken: string;
  /** inject() with the session cookie and CSRF header set. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** Creates an account (if needed) and logs it in through the API. */
export async function loginAs(
  app: FastifyInstance,
  ctx: CoreContext,
  user: {
    email: string;
    role: 'admin' | 'coach' | 'kommune' | 'rat';
    ags?: string | null;
    assignedAgs?: string[];
  },
): Promise<TestSession> {
  try {
    await createUser(ctx, SYSTEM_ACTOR, { ...user, password: TEST_PASSWORD });
  } catch (error) {
    if ((error as { code?: string }).code !== 'CONFLICT') throw error;
  }
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: user.email, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const cookie = String(raw).split(';')[0]!;
  const { csrfToken } = res.json() as { csrfToken: string };
  return {
    cookie,
    csrfToken,
    request: (options) =>
      app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) } }),
  };
}
