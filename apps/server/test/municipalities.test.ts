import type { CoreContext } from '@asskomm/core';
import { auditLog } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

describe(`municipalities API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  beforeAll(async () => {
    ctx = await createTestPlatform();
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('has all 418 Saxon municipalities plus the fictitious demo district', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/municipalities?limit=1' });
    // The demo district 14999 holds Musterstadt and the network's fictitious member municipalities.
    const demoDistrict = await admin.request({
      method: 'GET',
      url: '/api/municipalities?limit=1&kreis=14999',
    });
    expect(demoDistrict.json().total).toBe(13);
    expect(res.json().total - demoDistrict.json().total).toBe(418);
    expect(res.json().attribution[0]).toMatch(
      /Statistisches Bundesamt \(Destatis\), Gemeindeverzeichnis GV100AD/,
    );
    const demo = await admin.request({ method: 'GET', url: '/api/municipalities?q=Musterstadt' });
    expect(demo.json().items).toEqual([
      expect.objectContaining({ ags: '14999999', name: 'Musterstadt (Demodaten)', isDemo: true }),
    ]);
  });

  it('finds Großenhain by name, case-insensitively, and by AGS prefix', async () => {
    const byName = await admin.request({
      method: 'GET',
      url: `/api/municipalities?q=${encodeURIComponent('großenhain')}`,
    });
    expect(byName.json().items.map((m: { name: string }) => m.name)).toEqual(['Großenhain, Stadt']);
    const byAgs = await admin.request({ method: 'GET', url: '/api/municipalities?q=1462706' });
    expect(byAgs.json().items[0].name).toBe('Großenhain, Stadt');
  });

  it('matches spellings without ß and umlauts, in any case (issue 9)', async () => {
    const names = async (q: string) =>
      (await admin.request({ method: 'GET', url: `/api/municipalities?q=${encodeURIComponent(q)}` }))
        .json()
        .items.map((m: { name: string }) => m.name);
    for (const q of ['grossenhain', 'GROSSENHAIN', 'Großenhain', 'GROẞENHAIN'])
      expect(await names(q), q).toEqual(['Großenhain, Stadt']);
    for (const q of ['loebau', 'lobau', 'LÖBAU', 'Löbau'])
      expect(await names(q), q).toContain('Löbau, Stadt');
    expect(await names('meissen')).toContain('Meißen, Stadt');
    expect(await names('zzzz')).toEqual([]);
  });

  it('filters by district and population and sorts', async () => {
    const res = await admin.request({
      method: 'GET',
      url: '/api/municipalities?kreis=14627&minPopulation=10000&sort=-population',
    });
    const items = res.json().items as { kreisSchluessel: string; population: number }[];
    expect(items.length).toBeGreaterThan(2);
    expect(items.every((m) => m.kreisSchluessel === '14627' && m.population >= 10000)).toBe(true);
    expect(items.map((m) => m.population)).toEqual([...items.map((m) => m.population)].sort((a, b) => b - a));
  });

  it('treats LIKE wildcards in the search as text', async () => {
    const res = await admin.request({
      method: 'GET',
      url: `/api/municipalities?q=${encodeURIComponent('%')}`,
    });
    expect(res.json().total).toBe(0);
  });

  it('rejects bad query parameters naming them', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/municipalities?kreis=abc&limit=100000' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['kreis', 'limit']);
  });

  it('returns the detail with population data and 404 for an unknown AGS', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/municipalities/14627060' });
    expect(res.json()).toMatchObject({
      name: 'Großenhain, Stadt',
      kreisSchluessel: '14627',
      kreisName: 'Meißen',
    });
    expect(res.json().population).toBeGreaterThan(15000);
    const missing = await admin.request({ method: 'GET', url: '/api/municipalities/14000000' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/14000000/);
  });

  it('serves 418 municipality and 13 district boundaries as GeoJSON', async () => {
    const g = await admin.request({ method: 'GET', url: '/api/geo/municipalities' });
    expect(g.json().features).toHaveLength(418);
    expect(g.json().attribution).toMatch(/GeoBasis-DE \/ BKG/);
    expect(g.json().features[0].properties).toEqual(
      expect.objectContaining({ ags: expect.stringMatching(/^14\d{6}$/), kreis_name: expect.any(String) }),
    );
    const d = await admin.request({ method: 'GET', url: '/api/geo/districts' });
    expect(d.json().features).toHaveLength(13);
    // Open data: the public member map and remark form draw the boundaries without a login.
    const anonymous = await app.inject({ method: 'GET', url: '/api/geo/municipalities' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json().features).toHaveLength(418);
  });

  it('updates ASSKomm fields with an audit entry, and refuses invalid input without writing', async () => {
    const ok = await admin.request({
      method: 'PATCH',
      url: '/api/municipalities/14627060',
      payload: {
        membershipStatus: 'mitglied',
        membershipSince: '2024-05-01',
        preventionCouncilName: '<script>alert(1)</script>',
      },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().preventionCouncil.name).toBe('<script>alert(1)</script>');
    const audit = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, '14627060'));
    expect(audit.at(-1)).toMatchObject({
      action: 'update',
      entity: 'municipality',
      actor: 'admin@example.org',
    });
    const bad = await admin.request({
      method: 'PATCH',
      url: '/api/municipalities/14627060',
      payload: { membershipStatus: 'vielleicht', membershipSince: '01.05.2024', name: 'Umbenannt' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'membershipSince',
      'membershipStatus',
      'name',
    ]);
    const after = await admin.request({ method: 'GET', url: '/api/municipalities/14627060' });
    expect(after.json().membership).toMatchObject({ status: 'mitglied', since: '2024-05-01' });
  });

  it('serves the attributions and the OpenAPI document', async () => {
    const a = await app.inject({ method: 'GET', url: '/api/attributions' });
    expect(
      a
        .json()
        .items.map((i: { text: string }) => i.text)
        .join(' '),
    ).toMatch(/GeoBasis-DE \/ BKG/);
    const o = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(o.json().openapi).toMatch(/^3\./);
    expect(Object.keys(o.json().paths)).toContain('/api/municipalities/{ags}');
  });
});
