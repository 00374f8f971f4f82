import { ZSaveBody, ZStartBody, ZStartResponse, ZSubmitBody } from '@asskomm/contracts';
import { type CoreContext, isAppError } from '@asskomm/core';
import { saveProgress, startSurvey, submitSurvey } from '@asskomm/core/surveys/public';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * The citizens' survey form: /api/public/survey. No session; the access code in the body is the only
 * key. Anonymity: these routes write nothing to the request log (no code, no answers, no IP address:
 * route logLevel 'silent'); unexpected failures are logged with the route and error type only.
 * Rate-limited per IP (ASSKOMM_SURVEY_RATE_LIMIT per minute and route).
 */
export const publicSurveyRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  const config = {
    access: 'public',
    rateLimit: { max: ctx.config.ASSKOMM_SURVEY_RATE_LIMIT, timeWindow: '1 minute' },
  } as const;
  const TAGS = ['Befragung (öffentlich)'];

  app.addHook('onError', async (request, _reply, error) => {
    if (isAppError(error) && error.status < 500) return;
    if ((error as { statusCode?: number }).statusCode && (error as { statusCode: number }).statusCode < 500)
      return;
    app.log.error(
      { route: request.routeOptions.url, error: error.name, code: (error as { code?: string }).code },
      'Fehler im öffentlichen Fragebogen (Einzelheiten werden aus Datenschutzgründen nicht protokolliert)',
    );
  });

  app.post(
    '/start',
    {
      logLevel: 'silent',
      config,
      schema: {
        tags: TAGS,
        summary: 'Fragebogen mit Zugangscode öffnen (mit zwischengespeicherten Antworten)',
        body: ZStartBody,
        response: { 200: ZStartResponse },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return startSurvey(ctx, request.body);
    },
  );

  app.put(
    '/save',
    {
      logLevel: 'silent',
      config,
      schema: {
        tags: TAGS,
        summary: 'Antworten zwischenspeichern („Speichern und später fortsetzen“)',
        body: ZSaveBody,
      },
    },
    async (request, reply) => {
      await saveProgress(ctx, request.body);
      return reply.status(204).send();
    },
  );

  app.post(
    '/submit',
    {
      logLevel: 'silent',
      config,
      schema: {
        tags: TAGS,
        summary: 'Fragebogen abschicken (genau einmal je Zugangscode)',
        body: ZSubmitBody,
      },
    },
    async (request, reply) => {
      await submitSurvey(ctx, request.body);
      return reply.status(201).send({ ok: true });
    },
  );
};
