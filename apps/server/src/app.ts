import { type CoreContext, invalidateKennzahlen } from '@asskomm/core';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { RouteAccess } from './access';
import authPlugin from './plugins/auth';
import errorHandler from './plugins/error-handler';
import { rateLimitStore } from './plugins/rate-limit-store';
import { securityHeaders } from './plugins/security-headers';
import { staticWeb } from './plugins/static-web';
import { API_MODULES } from './routes';
import { surveyFormRoutes } from './routes/survey-form/index';

export interface RouteInfo {
  method: string;
  url: string;
  access: RouteAccess | null;
  /** The route's validation schemas (zod), so tests can find every text field of every route. */
  schema: { body?: unknown; querystring?: unknown; params?: unknown };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with its declared access, for the role-matrix test and docs. */
    routeTable: RouteInfo[];
  }
}

export interface BuildAppOptions {
  /** Fastify logger: false in tests; a stream to capture the log lines (tests of what is logged). */
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  /** Where the built web app lies; defaults to apps/web/dist. */
  webDist?: string;
}

function requestForLog(request: {
  method: string;
  url: string;
  id?: unknown;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}) {
  // Fastify's default request fields, with the URL cut at "?".
  return {
    method: request.method,
    url: request.url.split('?')[0],
    id: request.id,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/**
 * Builds the HTTP application. Never listens: tests use `app.inject()`, the CLI's `start` calls listen.
 */
export async function buildApp(ctx: CoreContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const logger = options.logger ?? { level: ctx.config.ASSKOMM_LOG_LEVEL };
  const app = Fastify({
    // Request lines (debug level) show the path only: query strings may carry search terms or codes.
    logger:
      logger === false ? false : { ...(logger === true ? {} : logger), serializers: { req: requestForLog } },
    trustProxy: ctx.config.ASSKOMM_TRUST_PROXY,
    // One log line per request only when debugging: request logs would carry URLs of the anonymous
    // survey and fill the console of a local start. Errors are always logged.
    logController: new LogController({
      disableRequestLogging: !['debug', 'trace'].includes(ctx.config.ASSKOMM_LOG_LEVEL),
    }),
    bodyLimit: 1024 * 1024,
    // Long enough for the longest route paths; longer URLs are refused early.
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routeTable: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method !== 'HEAD')
        routeTable.push({
          method,
          url: route.url,
          access: route.config?.access ?? null,
          schema: {
            body: route.schema?.body,
            querystring: route.schema?.querystring,
            params: route.schema?.params,
          },
        });
    }
  });
  app.decorate('routeTable', routeTable);

  await app.register(errorHandler);
  await app.register(securityHeaders);
  // Login attempts are counted in the database (shared by all instances); see rate-limit-store.ts.
  await app.register(rateLimit, { global: false, store: rateLimitStore(ctx) });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'ASSKomm API',
        description:
          'Plattform der Allianz Sichere Sächsische Kommunen: Kommunen, Kriminalstatistik, Bürgerbefragungen, Lageberichte.',
        version: '1',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'asskomm_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(authPlugin, { ctx });
  // A successful write may change the public key figures: drop this process's short-lived copy of them.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400)
      invalidateKennzahlen(ctx);
  });
  for (const module of API_MODULES) {
    await app.register(module.plugin, { prefix: `/api${module.prefix}`, ctx });
  }
  await app.register(surveyFormRoutes, { ctx });
  await app.register(staticWeb, { dist: options.webDist ?? ctx.config.ASSKOMM_WEB_DIST });
  await app.ready();
  return app;
}
