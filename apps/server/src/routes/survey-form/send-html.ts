import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply } from 'fastify';
import type { Markup } from './html.ts';

/**
 * Sends a page of the form, compressed (brotli, else gzip) and never stored by the browser or a proxy:
 * the pages carry the access code and the answers so far. (No BREACH risk: a response holds the code
 * only together with what its own respondent typed, and cross-site posts are refused.)
 */
export function sendHtml(reply: FastifyReply, status: number, page: Markup): FastifyReply {
  const raw = Buffer.from(page.value);
  const accepted = String(reply.request.headers['accept-encoding'] ?? '').toLowerCase();
  reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('vary', 'accept-encoding');
  if (/\bbr\b/.test(accepted)) {
    return reply
      .header('content-encoding', 'br')
      .send(brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
  }
  if (/\bgzip\b/.test(accepted)) return reply.header('content-encoding', 'gzip').send(gzipSync(raw));
  return reply.send(raw);
}
