import type { CoreContext } from '@asskomm/core';
import { auditLog, users } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, TEST_PASSWORD } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

describe(`auth (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
    app = await buildTestApp(ctx);
  });
  afterAll(async () => {
    await app.close();
    await ctx.database.close();
  });

  it('logs in with a session cookie that is HttpOnly and SameSite', async () => {
    await loginAs(app, ctx, { email: 'a@example.org', role: 'admin' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'A@Example.org', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/asskomm_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(res.json().user).toMatchObject({ email: 'a@example.org', role: 'admin' });
  });

  it('sets Secure on the cookie behind a TLS proxy', async () => {
    const proxied = await buildTestApp({ ...ctx, config: { ...ctx.config, ASSKOMM_TRUST_PROXY: true } });
    const res = await proxied.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'a@example.org', password: TEST_PASSWORD },
    });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    await proxied.close();
  });

  it('answers a wrong password and an unknown e-mail identically (no user enumeration)', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@example.org', password: 'falsch-falsch' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.org', password: 'falsch-falsch' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('rejects a malformed JSON body with a clear error', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@example.org",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_BODY');
  });

  it('rejects over-long and unknown fields, naming the field', async () => {
    const long = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `${'x'.repeat(300)}@example.org`, password: 'x' },
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(long.json().error.fields)).toContain('email');
    const extra = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@example.org', password: 'x', admin: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(JSON.stringify(extra.json().error.fields)).toContain('admin');
  });

  it('refuses a body over the size limit', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@example.org', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const s = await loginAs(app, ctx, { email: 'a@example.org', role: 'admin' });
    const without = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_INVALID');
    const forged = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    const ok = await s.request({ method: 'POST', url: '/api/auth/logout' });
    expect(ok.statusCode).toBe(204);
    const after = await s.request({ method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
  });

  it('changes the password, ends other sessions and audits it', async () => {
    const first = await loginAs(app, ctx, { email: 'p@example.org', role: 'coach' });
    const second = await loginAs(app, ctx, { email: 'p@example.org', role: 'coach' });
    const weak = await first.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'kurz' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields.newPassword).toMatch(/mindestens 12/);
    const wrongOld = await first.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'nicht-das-alte', newPassword: 'Ein-neues-Passwort-2026' },
    });
    expect(wrongOld.statusCode).toBe(400);
    expect(wrongOld.json().error.code).toBe('AUTH_WRONG_PASSWORD');
    const ok = await first.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Ein-neues-Passwort-2026' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await second.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const [user] = await ctx.db.select().from(users).where(eq(users.email, 'p@example.org'));
    const entries = await ctx.db.select().from(auditLog).where(eq(auditLog.userId, user!.id));
    expect(entries.map((e) => e.action)).toContain('change-password');
    expect(JSON.stringify(entries)).not.toContain('Ein-neues-Passwort-2026');
  });

  it('rate-limits login attempts per client', async () => {
    const limited = await buildTestApp({ ...ctx, config: { ...ctx.config, ASSKOMM_LOGIN_RATE_LIMIT: 3 } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      // A client of its own: the count lives in the database and is shared with the other app instance.
      const res = await limited.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '192.0.2.55',
        payload: { email: 'a@example.org', password: 'falsch-falsch' },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    await limited.close();
  });

  it('forces a generated one-time password to be changed before anything else', async () => {
    const { createUser } = await import('@asskomm/core');
    const created = await createUser(ctx, 'system', { email: 'otp@example.org', role: 'admin' });
    expect(created.oneTimePassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'otp@example.org', password: created.oneTimePassword },
    });
    expect(res.json().user.mustChangePassword).toBe(true);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const list = await app.inject({ method: 'GET', url: '/api/municipalities', headers: { cookie } });
    expect(list.statusCode).toBe(403);
    expect(list.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
