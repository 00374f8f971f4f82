// The built web app is sent precompressed, and hashed files are cached for a year (issue 10).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { CoreContext } from '@asskomm/core';
import { buildApp } from '@asskomm/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform } from '../../../test/helpers/test-platform';

describe('static web app', () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  const dist = mkdtempSync(join(tmpdir(), 'asskomm-dist-'));
  const script = 'console.log("hello");'.repeat(50);

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dist, 'assets/app-Abc123.js'), script);
    writeFileSync(join(dist, 'assets/app-Abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist, 'assets/app-Abc123.js.gz'), gzipSync(script));
    ctx = await createTestPlatform({ reference: false });
    app = await buildApp(ctx, { logger: false, webDist: dist });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the brotli or gzip copy the browser accepts, immutable for hashed files', async () => {
    const br = await app.inject({ url: '/assets/app-Abc123.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(script.length / 5);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gz = await app.inject({ url: '/assets/app-Abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({
      url: '/assets/app-Abc123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.body).toBe(script);
    const page = await app.inject({ url: '/kommunen' });
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('no longer serves the React app for the citizens’ form', async () => {
    const res = await app.inject({ url: '/befragung' });
    expect(res.body).toContain('action="/befragung"');
  });
});
