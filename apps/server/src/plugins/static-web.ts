import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const DEFAULT_DIST = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../web/dist');

/**
 * Serves the built web app on the same port as the API. Paths outside /api that are not files get
 * index.html, so the app's own router handles deep links (/kommunen/14625020).
 * Files are sent compressed: the build writes .br and .gz beside each text file
 * (apps/cli/build/precompress-web.mjs), and the hashed files under /assets/ are cached for a year, immutable.
 */
export async function staticWeb(app: FastifyInstance, opts: { dist?: string }) {
  const dist = opts.dist ? resolve(opts.dist) : DEFAULT_DIST;
  const built = existsSync(join(dist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      maxAge: '1h',
      immutable: false,
      preCompressed: true,
      // Vite's hashed files change their name with their content: cache them for a year.
      // index.html is revalidated every time, so a new build is seen at once.
      setHeaders: (reply, file) => {
        const inDist = relative(dist, file);
        if (inDist.split(sep)[0] === 'assets')
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        else if (/^index\.html(\.br|\.gz)?$/.test(inDist)) reply.header('cache-control', 'no-cache');
      },
    });
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
      const hashed = path.startsWith('/assets/');
      return reply.sendFile(path.slice(1), { maxAge: hashed ? 31536000000 : 0, immutable: hashed });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
