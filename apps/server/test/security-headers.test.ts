import type { CoreContext } from '@asskomm/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

/** The CSP as it was before @fastify/helmet took over: the same directives in the same order must stay. */
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** Directives of a CSP header (helmet joins them with ";" without a space, which means the same). */
const directives = (csp: unknown) =>
  String(csp)
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);

describe(`security headers (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_TRUST_PROXY: 'true' as never } });
    app = await buildTestApp(ctx);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('sends the CSP unchanged and helmet’s headers on pages, API answers and errors', async () => {
    for (const url of ['/', '/api/health', '/api/gibt-es-nicht', '/api/users']) {
      const res = await app.inject({ method: 'GET', url, headers: { 'x-forwarded-proto': 'https' } });
      const h = res.headers;
      expect(directives(h['content-security-policy']), url).toEqual(directives(CSP));
      expect(directives(CSP)).toHaveLength(9);
      expect(h['x-content-type-options'], url).toBe('nosniff');
      expect(h['referrer-policy'], url).toBe('same-origin');
      expect(h['x-frame-options'], url).toBe('DENY');
      expect(h['cross-origin-opener-policy'], url).toBe('same-origin');
      expect(h['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(h['strict-transport-security'], url).toMatch(/^max-age=31536000; includeSubDomains/);
      expect(h['x-powered-by'], url).toBeUndefined();
    }
  });
});
