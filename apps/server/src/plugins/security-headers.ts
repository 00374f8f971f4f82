import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Browser security headers through @fastify/helmet: HSTS (browsers heed it only over TLS, e.g. behind the
 * TLS proxy), Cross-Origin-Opener/Resource-Policy, nosniff, X-Frame-Options DENY and the rest of helmet's
 * defaults. The CSP allows only this origin, so the pages can make no third-party requests (no external
 * fonts or scripts; DESIGN.md "Public-sector fitness"). Inline styles are allowed because ECharts and
 * SurveyJS set element styles at run time. The CSP is spelled out in full (no helmet defaults merged in).
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
};

async function securityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
}

export const securityHeadersPlugin = fp(securityHeaders, { name: 'security-headers' });
export { securityHeadersPlugin as securityHeaders };
