import { type CoreContext, isAppError } from '@asskomm/core';
import {
  answerOnlineForm,
  formTexts,
  type OnlineFormAction,
  openOnlineForm,
} from '@asskomm/core/surveys/online-form';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { encodedBody, loadFormAssets } from './assets.ts';
import { sendHtml } from './send-html.ts';
import { codePage } from './templates/code-page.ts';
import { outcomePage } from './templates/outcome-page.ts';
import { questionPage } from './templates/question-page.ts';

/**
 * The citizens' survey form as server-rendered HTML (issue 10): /befragung. Every page is a real form
 * that posts here, so it works with JavaScript switched off; /befragung/assets/ holds its few files.
 *
 * No session and no cookie: the access code travels in each page's hidden field (never in a log: these
 * routes log nothing, like /api/public/survey). Cross-site request forgery: a forged post could only do
 * what its sender can do anyway, since it must carry a code the sender knows and the browser adds no
 * credential (no cookie exists). Still, posts from another site are refused (Sec-Fetch-Site and Origin),
 * so a foreign page cannot drive a respondent's browser; pages cannot be framed (CSP frame-ancestors).
 */
const ZCode = z.string().trim().max(40);
const ZLocale = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
  .optional()
  .catch(undefined);
const ZOpen = z.object({ code: ZCode.optional().catch(undefined), lang: ZLocale });
const ZPage = z.object({
  code: ZCode,
  lang: ZLocale,
  page: z.coerce.number().int().min(0).max(1000),
  action: z.union([
    z.enum(['next', 'back', 'save', 'submit']),
    z.string().regex(/^language:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/),
  ]),
});

export async function surveyFormRoutes(app: FastifyInstance, { ctx }: { ctx: CoreContext }) {
  const assets = loadFormAssets();
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  const config = {
    access: 'public' as const,
    rateLimit: { max: ctx.config.ASSKOMM_SURVEY_RATE_LIMIT, timeWindow: '1 minute' },
  };
  const options = { logLevel: 'silent' as const, config, schema: { hide: true } };

  /** The form's answer to a refused code or an ended survey; anything else is thrown on. */
  function refused(reply: FastifyReply, error: unknown, lang: string | undefined, code?: string) {
    const texts = formTexts(lang);
    if (!isAppError(error)) throw error;
    switch (error.code) {
      case 'SURVEY_CODE_INVALID':
        return sendHtml(
          reply,
          400,
          codePage({
            texts,
            assets,
            code,
            codeError: texts.t(code ? 'form.code.error_invalid' : 'form.code.error_missing'),
          }),
        );
      case 'SURVEY_CODE_UNKNOWN':
        return sendHtml(
          reply,
          404,
          codePage({ texts, assets, code, codeError: texts.t('form.code.error_unknown') }),
        );
      case 'SURVEY_CODE_USED':
        return sendHtml(reply, 410, outcomePage(texts, assets, { kind: 'used' }));
      case 'SURVEY_CLOSED':
      case 'SURVEY_NOT_OPEN':
        return sendHtml(
          reply,
          error.status,
          outcomePage(texts, assets, { kind: 'closed', notStarted: error.code === 'SURVEY_NOT_OPEN' }),
        );
      default:
        throw error;
    }
  }

  // Errors of these routes are pages too (rate limit, unexpected failures), logged without any detail.
  app.setErrorHandler(async (error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    const lang = ((request.body ?? {}) as { lang?: unknown }).lang;
    const texts = formTexts(typeof lang === 'string' ? lang : undefined);
    if (status >= 500) {
      app.log.error(
        {
          route: request.routeOptions.url,
          error: (error as Error).name,
          code: (error as { code?: string }).code,
        },
        'Fehler im öffentlichen Fragebogen (Einzelheiten werden aus Datenschutzgründen nicht protokolliert)',
      );
    }
    const message = texts.t(status === 429 ? 'form.error.too_many_requests' : 'form.error.generic');
    return sendHtml(reply, status >= 400 ? status : 500, codePage({ texts, assets, pageError: message }));
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST') return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    let foreign = site === 'cross-site' || site === 'same-site';
    if (origin !== undefined) {
      try {
        const from = new URL(origin);
        // Both sides normalised the same way (a default port is dropped from both).
        foreign ||= from.host !== new URL(`${from.protocol}//${request.host}`).host;
      } catch {
        foreign = true; // "null" or garbage
      }
    }
    if (foreign) {
      const texts = formTexts(undefined);
      return sendHtml(
        reply,
        403,
        codePage({ texts, assets, pageError: texts.t('form.error.foreign_origin') }),
      );
    }
  });

  app.get(
    '/befragung/assets/:file',
    { ...options, config: { access: 'public' as const } },
    async (request, reply) => {
      const asset = assets.byUrl.get(request.url.split('?')[0]!);
      if (!asset) return reply.callNotFound();
      const { body, encoding } = encodedBody(asset, request.headers['accept-encoding']);
      if (encoding) reply.header('content-encoding', encoding);
      return reply
        .header('vary', 'accept-encoding')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type(asset.type)
        .send(body);
    },
  );

  // The letter's link (/befragung?code=…) opens the first (or the saved) page at once.
  app.get('/befragung', options, async (request, reply) => {
    const { code, lang } = ZOpen.parse(request.query ?? {});
    const texts = formTexts(lang);
    if (!code) return sendHtml(reply, 200, codePage({ texts, assets }));
    try {
      const view = await openOnlineForm(ctx, { code, locale: lang });
      return sendHtml(reply, 200, questionPage(formTexts(view.locale), assets, view, code));
    } catch (error) {
      return refused(reply, error, lang, code);
    }
  });

  app.post('/befragung', options, async (request, reply) => {
    const { code, lang } = ZOpen.parse(request.body ?? {});
    try {
      const view = await openOnlineForm(ctx, { code: code ?? '', locale: lang });
      return sendHtml(reply, 200, questionPage(formTexts(view.locale), assets, view, code ?? ''));
    } catch (error) {
      return refused(reply, error, lang, code);
    }
  });

  app.post('/befragung/seite', options, async (request, reply) => {
    const fields = (request.body ?? {}) as Record<string, string | string[]>;
    const parsed = ZPage.safeParse(fields);
    if (!parsed.success) {
      const texts = formTexts(undefined);
      return sendHtml(reply, 400, codePage({ texts, assets, pageError: texts.t('form.error.generic') }));
    }
    const { code, lang, page, action } = parsed.data;
    try {
      const result = await answerOnlineForm(ctx, {
        code,
        locale: lang,
        page,
        action: action as OnlineFormAction,
        fields,
      });
      const texts = formTexts(result.locale);
      if (result.kind === 'done')
        return sendHtml(
          reply,
          200,
          outcomePage(texts, assets, { kind: 'done', municipalityName: result.municipalityName }),
        );
      return sendHtml(reply, 200, questionPage(texts, assets, result, code));
    } catch (error) {
      return refused(reply, error, lang, code);
    }
  });
}
