/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the built web app, so the
 * server sends them compressed without compressing per request (@fastify/static `preCompressed`).
 * Runs after each `vite build` (web-build.mjs). Already compressed formats (woff2, png) are left alone.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(?:html|js|mjs|css|svg|json|txt|xml|map|ttf|otf)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** @returns {{ raw: number, brotli: number }} bytes before and after (brotli) */
export function precompressWeb(dist) {
  let raw = 0;
  let brotli = 0;
  for (const path of files(dist)) {
    if (!TEXT.test(path)) continue;
    const content = readFileSync(path);
    const br = brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    raw += content.length;
    brotli += br.length;
  }
  return { raw, brotli };
}
