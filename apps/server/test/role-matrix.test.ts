import type { CoreContext } from '@asskomm/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import {
  BACKEND,
  createTestPlatform,
  HAS_SHARED_DATA,
  SKIP_SHARED_REASON,
} from '../../../test/helpers/test-platform';

/**
 * The role matrix: for every API route, what each role may do with its own and with another
 * municipality. The test fails when a route exists that this table does not list, so a new endpoint
 * cannot ship without a decision on who may call it.
 * y = allowed for any municipality; own = only for the account's municipality; n = never.
 */
type Cell = 'y' | 'own' | 'n';
interface MatrixRow {
  method: string;
  url: string;
  admin: Cell;
  coach: Cell;
  kommune: Cell;
  rat: Cell;
  payload?: unknown;
}

const OWN = '14625020'; // Bautzen
const OTHER = '14627060'; // Großenhain

export const ROLE_MATRIX: MatrixRow[] = [
  { method: 'GET', url: '/api/openapi.json', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/health', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/reference/status', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/attributions', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/auth/me', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/municipalities', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/municipalities/:ags', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'GET',
    url: '/api/municipalities/:ags/contacts',
    admin: 'y',
    coach: 'y',
    kommune: 'own',
    rat: 'own',
  },
  {
    method: 'PATCH',
    url: '/api/municipalities/:ags',
    admin: 'y',
    coach: 'own', // the coach in this test is assigned to OWN only
    kommune: 'own',
    rat: 'n',
    payload: { preventionCouncilName: 'Kriminalpräventiver Rat' },
  },
  { method: 'GET', url: '/api/districts', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/geo/:level', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/users', admin: 'y', coach: 'n', kommune: 'n', rat: 'n' },
  {
    method: 'POST',
    url: '/api/users',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: { email: 'neu@example.org', role: 'rat', ags: OWN },
  },
  {
    method: 'POST',
    url: '/api/users/:id/password-reset',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
  },
  {
    method: 'PUT',
    url: '/api/users/:id/disabled',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: { disabled: true },
  },
  { method: 'GET', url: '/api/audit', admin: 'y', coach: 'n', kommune: 'n', rat: 'n' },
  // Survey waves (issue 5). The wave's municipality is known only after loading it (ags: 'resource'):
  // this table checks the role gate; surveys-api.test.ts checks own vs. other municipality per wave.
  { method: 'GET', url: '/api/surveys', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'POST', url: '/api/surveys', admin: 'y', coach: 'y', kommune: 'y', rat: 'n', payload: {} },
  { method: 'GET', url: '/api/surveys/:id', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'PATCH', url: '/api/surveys/:id', admin: 'y', coach: 'y', kommune: 'y', rat: 'n', payload: {} },
  {
    method: 'POST',
    url: '/api/surveys/:id/status',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'PUT',
    url: '/api/surveys/:id/margins',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  { method: 'POST', url: '/api/surveys/:id/sample', admin: 'y', coach: 'y', kommune: 'y', rat: 'n' },
  {
    method: 'POST',
    url: '/api/surveys/:id/codes',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'GET',
    url: '/api/surveys/:id/questionnaire.pdf',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  // Survey analysis (survey-results): read for every role, paper entry needs survey:manage.
  { method: 'GET', url: '/api/surveys/:id/monitoring', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/surveys/:id/results', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/surveys/:id/codebook', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/surveys/:id/free-texts', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/surveys/:id/export', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'POST',
    url: '/api/surveys/:id/responses',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  // The citizens' form: public, the access code is the key.
  {
    method: 'POST',
    url: '/api/public/survey/start',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
    payload: { code: 'x' },
  },
  {
    method: 'PUT',
    url: '/api/public/survey/save',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
    payload: { code: 'x' },
  },
  {
    method: 'POST',
    url: '/api/public/survey/submit',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
    payload: { code: 'x' },
  },
  // PKS: district and Saxony data are open reference data; a municipality's imported figures need
  // pks:read for its AGS; imports need pks:import (the AGS of every row is checked in core).
  { method: 'GET', url: '/api/pks/keys', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/pks/map', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/pks/profile/:ags', admin: 'y', coach: 'y', kommune: 'own', rat: 'own' },
  { method: 'POST', url: '/api/pks/imports/preview', admin: 'y', coach: 'y', kommune: 'y', rat: 'n' },
  { method: 'POST', url: '/api/pks/imports', admin: 'y', coach: 'y', kommune: 'y', rat: 'n' },
  { method: 'GET', url: '/api/pks/imports', admin: 'y', coach: 'y', kommune: 'y', rat: 'n' },
  // Login, logout and password change are exercised in auth.test.ts (they change the session itself).
  { method: 'POST', url: '/api/auth/login', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'POST', url: '/api/auth/logout', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'POST', url: '/api/auth/password', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
];
const EXERCISED_ELSEWHERE = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/password',
]);

function fill(url: string, ags: string): string {
  return url.replace(':ags', ags).replace(':level', 'districts');
}

describe.skipIf(!HAS_SHARED_DATA)(`role matrix (${BACKEND})`, () => {
  if (!HAS_SHARED_DATA) console.warn(SKIP_SHARED_REASON);
  let ctx: CoreContext;
  let app: FastifyInstance;
  const sessions: Record<string, TestSession> = {};
  beforeAll(async () => {
    ctx = await createTestPlatform();
    app = await buildTestApp(ctx);
    sessions.admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    sessions.coach = await loginAs(app, ctx, {
      email: 'coach@example.org',
      role: 'coach',
      assignedAgs: [OWN],
    });
    sessions.kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: OWN });
    sessions.rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: OWN });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('lists every API route, and every route declares its access', () => {
    const registered = app.routeTable
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`);
    const listed = ROLE_MATRIX.map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((r) => !listed.includes(r))).toEqual([]);
    expect(listed.filter((r) => !registered.includes(r))).toEqual([]);
    for (const r of app.routeTable.filter((r) => r.url.startsWith('/api/')))
      expect(r.access, `${r.method} ${r.url}`).not.toBeNull();
  });

  it('refuses every non-public route without a session', async () => {
    for (const row of ROLE_MATRIX) {
      const route = app.routeTable.find((r) => r.method === row.method && r.url === row.url)!;
      if (route.access === 'public') continue;
      const res = await app.inject({
        method: row.method as 'GET',
        url: fill(row.url, OWN),
        payload: row.payload as object,
      });
      expect(res.statusCode, `${row.method} ${row.url}`).toBe(401);
    }
  });

  for (const role of ['admin', 'coach', 'kommune', 'rat'] as const) {
    it(`enforces the matrix for role ${role}, own and other municipality`, async () => {
      for (const row of ROLE_MATRIX) {
        if (EXERCISED_ELSEWHERE.has(`${row.method} ${row.url}`)) continue;
        for (const target of [OWN, OTHER]) {
          const cell = row[role];
          const allowed = cell === 'y' || (cell === 'own' && target === OWN);
          const res = await sessions[role]!.request({
            method: row.method as 'GET',
            url: fill(row.url, target),
            payload: row.payload as object,
          });
          const label = `${role} ${row.method} ${fill(row.url, target)} → ${res.statusCode} ${res.body.slice(0, 120)}`;
          if (allowed) expect([401, 403], label).not.toContain(res.statusCode);
          else expect(res.statusCode, label).toBe(403);
          if (allowed) expect(res.statusCode, label).toBeLessThan(500);
        }
      }
    });
  }

  it('hides another municipality’s contacts in the detail view', async () => {
    const own = await sessions.kommune!.request({ method: 'GET', url: `/api/municipalities/${OWN}` });
    const other = await sessions.kommune!.request({ method: 'GET', url: `/api/municipalities/${OTHER}` });
    expect(own.json().contacts).toEqual(expect.any(Array));
    expect(other.json().contacts).toBeNull();
  });
});
