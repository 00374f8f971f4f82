import { AppError } from '@asskomm/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** German names for the most common zod issue kinds; the field path is added by the caller. */
function germanIssue(issue: {
  code?: string;
  message?: string;
  maximum?: unknown;
  minimum?: unknown;
}): string {
  switch (issue.code) {
    case 'too_big':
      return `ist zu lang oder zu groß (höchstens ${String(issue.maximum)}).`;
    case 'too_small':
      return `ist zu kurz oder zu klein (mindestens ${String(issue.minimum)}).`;
    case 'invalid_type':
      return 'fehlt oder hat den falschen Typ.';
    case 'unrecognized_keys':
      return `enthält unbekannte Felder: ${issue.message ?? ''}`;
    default:
      return issue.message ?? 'ist ungültig.';
  }
}

/**
 * Maps every error to the registry's JSON shape. Unknown errors are logged and answered with a generic
 * message: internals never reach the client.
 */
async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let appError: AppError;
    if (error instanceof AppError) {
      appError = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const v of error.validation) {
        const params = v.params as {
          issue?: {
            path?: PropertyKey[];
            code?: string;
            message?: string;
            maximum?: unknown;
            minimum?: unknown;
            keys?: string[];
          };
        };
        const issue = params.issue ?? {};
        const path =
          (issue.path ?? v.instancePath.split('/').filter(Boolean)).join('.') ||
          (issue.keys?.join(', ') ?? 'body');
        fields[path] = germanIssue({ ...issue, message: issue.keys ? issue.keys.join(', ') : issue.message });
      }
      appError = new AppError('VALIDATION_FAILED', { fields });
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
      request.log.error({ err: error }, 'unhandled error');
      appError = new AppError('INTERNAL');
    }
    if (appError.status >= 500) request.log.error({ err: error }, appError.message);
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
