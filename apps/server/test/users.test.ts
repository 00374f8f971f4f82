import type { CoreContext } from '@asskomm/core';
import { auditLog, municipalities } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

/** Account management through the API: invite, first login, reset, deactivate; each step audited. */
describe(`account management (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  let ags: string;
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    const [m] = await ctx.db.select({ ags: municipalities.ags }).from(municipalities).limit(1);
    ags = m!.ags;
  });
  afterAll(async () => {
    await app.close();
    await ctx.database.close();
  });

  async function login(email: string, password: string) {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    const cookie = String(res.headers['set-cookie'] ?? '').split(';')[0]!;
    return { res, cookie };
  }

  it('refuses an invitation without the municipality of a kommune account, naming the field', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'ohne-ags@example.org', role: 'kommune' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.ags).toMatch(/Kommune/);
    const bad = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'keine-adresse', role: 'admin' },
    });
    expect(bad.json().error.fields.email).toBe('Bitte eine gültige E-Mail-Adresse angeben.');
  });

  it('invites, resets and deactivates an account; the sessions end and every step is audited', async () => {
    const invited = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'Neu@Example.org', role: 'kommune', ags },
    });
    expect(invited.statusCode).toBe(201);
    const { id, oneTimePassword } = invited.json() as { id: number; oneTimePassword: string };
    expect(oneTimePassword).toMatch(/^[\w-]{20,}$/);

    const first = await login('neu@example.org', oneTimePassword);
    expect(first.res.json().user.mustChangePassword).toBe(true);
    let list = (await admin.request({ method: 'GET', url: '/api/users' })).json().items;
    const row = list.find((u: { id: number }) => u.id === id);
    expect(row).toMatchObject({ role: 'kommune', ags, disabled: false, mustChangePassword: true });
    expect(row.lastLoginAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toMatch(/passwordHash|oneTimePassword/);

    const reset = await admin.request({ method: 'POST', url: `/api/users/${id}/password-reset` });
    expect(reset.statusCode).toBe(200);
    const fresh = reset.json().oneTimePassword as string;
    expect(fresh).not.toBe(oneTimePassword);
    const old = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first.cookie } });
    expect(old.statusCode).toBe(401);
    expect((await login('neu@example.org', oneTimePassword)).res.statusCode).toBe(401);
    const second = await login('neu@example.org', fresh);
    expect(second.res.statusCode).toBe(200);

    const off = await admin.request({
      method: 'PUT',
      url: `/api/users/${id}/disabled`,
      payload: { disabled: true },
    });
    expect(off.json()).toEqual({ id, disabled: true });
    const ended = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: second.cookie },
    });
    expect(ended.statusCode).toBe(401);
    expect((await login('neu@example.org', fresh)).res.statusCode).toBe(401);
    list = (await admin.request({ method: 'GET', url: '/api/users' })).json().items;
    expect(list.find((u: { id: number }) => u.id === id).disabled).toBe(true);

    const audit = await ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(id)));
    const actions = audit.filter((a) => a.entity === 'user').map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'reset-password', 'deactivate']));
    expect(JSON.stringify(audit)).not.toContain(fresh);
  });

  it('does not let an administrator deactivate themselves', async () => {
    const me = (await admin.request({ method: 'GET', url: '/api/auth/me' })).json().user.id;
    const res = await admin.request({
      method: 'PUT',
      url: `/api/users/${me}/disabled`,
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/eigenes Konto/);
  });
});
