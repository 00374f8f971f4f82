import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Browser security headers. The CSP allows only this origin, so the pages can make no third-party
 * requests (no external fonts or scripts; DESIGN.md "Public-sector fitness"). Inline styles are allowed
 * because ECharts and SurveyJS set element styles at run time.
 */
async function securityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (_request, reply) => {
    reply.header(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });
}

export const securityHeadersPlugin = fp(securityHeaders, { name: 'security-headers' });
export { securityHeadersPlugin as securityHeaders };
