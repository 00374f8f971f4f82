import '@asskomm/contracts';
import { AppError, CONTROL_CHARACTER_MESSAGE, logSafeError } from '@asskomm/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

interface ZodIssueParams {
  maximum?: unknown;
  minimum?: unknown;
  keys?: string[];
  values?: unknown[];
  expected?: string;
}

/**
 * Maps every error to the registry's JSON shape. Unknown errors are logged without any values (see
 * logSafeError) and answered with a generic message: internals never reach the client.
 */
async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let appError: AppError;
    if (error instanceof AppError) {
      appError = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const v of error.validation) {
        const params = (v.params ?? {}) as ZodIssueParams;
        const path = v.instancePath.split('/').filter(Boolean).join('.');
        // German already: our schemas word their messages, zod's German locale (set by the contract) the rest.
        const message = v.message || 'ist ungültig.';
        // Unknown keys are reported under their own names, so the client sees which field is not allowed.
        if (v.keyword === 'unrecognized_keys' && params.keys?.length) {
          for (const key of params.keys) fields[path ? `${path}.${key}` : key] = message;
        } else {
          fields[path || 'body'] = message;
        }
      }
      // A control character is named with its field, so that the person knows where to look.
      const refused = Object.entries(fields).find(([, message]) => message === CONTROL_CHARACTER_MESSAGE);
      appError = new AppError('VALIDATION_FAILED', {
        fields,
        ...(refused ? { userMessage: `Das Feld „${refused[0]}“ ${refused[1]}` } : {}),
      });
    } else if (
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (error.statusCode === 400 && error instanceof SyntaxError)
    ) {
      appError = new AppError('MALFORMED_BODY');
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
      appError = new AppError('PAYLOAD_TOO_LARGE');
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) {
      appError = new AppError('UNSUPPORTED_MEDIA_TYPE');
    } else if (error.statusCode === 429) {
      appError = new AppError('RATE_LIMITED');
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      appError = new AppError('VALIDATION_FAILED', {
        userMessage: 'Die Anfrage ist ungültig.',
        internal: error.message,
      });
    } else {
      appError = new AppError('INTERNAL');
    }
    // Never the raw error: a failed query carries its parameter values (e-mails, password hashes).
    if (appError.status >= 500)
      request.log.error({ error: logSafeError(error), route: request.routeOptions.url }, 'unhandled error');
    return reply.status(appError.status).send(appError.toJSON());
  });
  app.setNotFoundHandler((request, reply) => {
    const e = new AppError('NOT_FOUND', {
      userMessage: `Die Adresse ${request.method} ${request.url.split('?')[0]} gibt es nicht.`,
    });
    return reply.status(404).send(e.toJSON());
  });
}

export default fp(errorHandler, { name: 'error-handler' });
