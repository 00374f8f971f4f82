import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const DEFAULT_DIST = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../web/dist');

/**
 * Serves the built web app on the same port as the API. Paths outside /api that are not files get
 * index.html, so the app's own router handles deep links (/kommunen/14625020).
 */
export async function staticWeb(app: FastifyInstance, opts: { dist?: string }) {
  const dist = opts.dist ? resolve(opts.dist) : DEFAULT_DIST;
  const built = existsSync(join(dist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: false, maxAge: '1h' });
  }
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/')) return reply.callNotFound();
    if (!built) {
      return reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>ASSKomm</title></head><body><main><h1>ASSKomm</h1><p>Die Weboberfläche ist noch nicht gebaut. Bitte <code>npm run build:web</code> ausführen oder mit <code>npm start</code> starten.</p></main></body></html>',
        );
    }
    if (path !== '/' && /\.[a-z0-9]+$/i.test(path)) {
      // A file inside dist was requested (e.g. /assets/app.js).
      return reply.sendFile(path.slice(1), { maxAge: path.startsWith('/assets/') ? 31536000000 : 0 });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
