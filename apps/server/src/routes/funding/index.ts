import {
  RECEIPT_MAX_BYTES,
  ZFundingApplicationCreate,
  ZFundingBudget,
  ZFundingCall,
  ZFundingDecision,
  ZFundingListQuery,
  ZFundingPlanUpdate,
  ZInterimReport,
  ZProofOfUse,
  ZReceiptInput,
} from '@asskomm/contracts';
import {
  type Actor,
  AppError,
  addReceipt,
  attachReceiptFile,
  type CoreContext,
  callFunds,
  checkProofOfUse,
  createApplication,
  decideApplication,
  fileInterimReport,
  fundingOverview,
  getApplication,
  listApplications,
  readReceiptFile,
  recordRepayment,
  removeReceipt,
  saveProofOfUse,
  setFundingBudget,
  startReview,
  submitApplication,
  submitProofOfUse,
  updateApplicationPlan,
  withdrawApplication,
} from '@asskomm/core';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteAccess } from '../../access';
import { readFormData } from '../surveys/form-data';
import { applicationFormRoute } from './application-form';

const ZIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
const ZReceiptParams = ZIdParams.extend({ receiptId: z.coerce.number().int().positive() });
const ZYearParams = z.strictObject({ year: z.coerce.number().int().min(2018).max(2100) });
const ZRepayment = z.strictObject({
  repaidOn: z.iso.date({ error: 'Datum im Format JJJJ-MM-TT erwartet.' }),
});

const read = { access: { permission: 'funding:read', ags: 'resource' } } as const;
const write = { access: { permission: 'funding:write', ags: 'resource' } } as const;
const decide = { access: { permission: 'funding:decide', ags: 'resource' } } as const;
const tags = ['Förderung (RL KommPräv)'];

/**
 * Funding under the RL KommPräv. Every step is one POST on the application; core checks the status
 * machine, the rules (each refusal names its rule and values) and the municipality of the application.
 */
export const fundingRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  await app.register(multipart, {
    limits: { fileSize: RECEIPT_MAX_BYTES, files: 1, fields: 5, parts: 6 },
    throwFileSizeLimit: true,
  });

  app.get(
    '/applications',
    { config: read, schema: { tags, summary: 'Förderanträge (sichtbare)', querystring: ZFundingListQuery } },
    async (request) => ({ items: await listApplications(ctx, request.actor!, request.query) }),
  );
  app.post(
    '/applications',
    {
      config: write,
      schema: { tags, summary: 'Förderantrag (Entwurf) anlegen', body: ZFundingApplicationCreate },
    },
    async (request, reply) => {
      const created = await createApplication(ctx, request.actor!, request.body);
      return reply.status(201).send(await getApplication(ctx, request.actor!, created.id));
    },
  );
  app.get(
    '/applications/:id',
    {
      config: read,
      schema: { tags, summary: 'Förderantrag mit Plan, Bescheid, Abrufen und Nachweis', params: ZIdParams },
    },
    async (request) => getApplication(ctx, request.actor!, request.params.id),
  );

  /** A step that changes the application, answered with the whole application. */
  const step = <B extends z.ZodType | undefined>(
    url: string,
    config: { access: RouteAccess },
    summary: string,
    body: B,
    run: (id: number, body: B extends z.ZodType ? z.infer<B> : undefined, actor: Actor) => Promise<unknown>,
    method: 'POST' | 'PUT' = 'POST',
  ) =>
    app.route({
      method,
      url,
      config,
      schema: { tags, summary, params: ZIdParams, ...(body ? { body } : {}) },
      handler: async (request) => {
        const { id } = request.params as { id: number };
        await run(id, request.body as never, request.actor!);
        return getApplication(ctx, request.actor!, id);
      },
    });

  step(
    '/applications/:id/plan',
    write,
    'Kosten- und Finanzierungsplan ändern (Entwurf)',
    ZFundingPlanUpdate,
    (id, body, actor) => updateApplicationPlan(ctx, actor, id, body.plan),
    'PUT',
  );
  step(
    '/applications/:id/submit',
    write,
    'Antrag einreichen (Frist, Beratung, Plan werden geprüft)',
    undefined,
    (id, _b, actor) => submitApplication(ctx, actor, id),
  );
  step('/applications/:id/withdraw', write, 'Antrag zurückziehen', undefined, (id, _b, actor) =>
    withdrawApplication(ctx, actor, id),
  );
  step('/applications/:id/review', decide, 'Prüfung beginnen (LPR)', undefined, (id, _b, actor) =>
    startReview(ctx, actor, id),
  );
  step(
    '/applications/:id/decision',
    decide,
    'Bewilligen oder ablehnen (LPR)',
    ZFundingDecision,
    (id, body, actor) => decideApplication(ctx, actor, id, body),
  );
  step('/applications/:id/calls', write, 'Mittel abrufen', ZFundingCall, (id, body, actor) =>
    callFunds(ctx, actor, id, body.amountCent),
  );
  step(
    '/applications/:id/interim-report',
    write,
    'Zwischennachweis einreichen',
    ZInterimReport,
    (id, body, actor) => fileInterimReport(ctx, actor, id, body.text),
  );
  step(
    '/applications/:id/proof',
    write,
    'Verwendungsnachweis speichern (Sachbericht)',
    ZProofOfUse,
    (id, body, actor) => saveProofOfUse(ctx, actor, id, body),
    'PUT',
  );
  step(
    '/applications/:id/proof/submit',
    write,
    'Verwendungsnachweis einreichen',
    undefined,
    (id, _b, actor) => submitProofOfUse(ctx, actor, id),
  );
  step(
    '/applications/:id/proof/check',
    decide,
    'Verwendungsnachweis prüfen (LPR; Rückforderung bei nicht verwendeten Mitteln)',
    undefined,
    (id, _b, actor) => checkProofOfUse(ctx, actor, id),
  );
  step('/applications/:id/repayment', decide, 'Rückzahlung erfassen (LPR)', ZRepayment, (id, body, actor) =>
    recordRepayment(ctx, actor, id, body.repaidOn),
  );
  step('/applications/:id/receipts', write, 'Beleg erfassen', ZReceiptInput, (id, body, actor) =>
    addReceipt(ctx, actor, id, body),
  );

  app.delete(
    '/applications/:id/receipts/:receiptId',
    { config: write, schema: { tags, summary: 'Beleg löschen', params: ZReceiptParams } },
    async (request) => {
      await removeReceipt(ctx, request.actor!, request.params.id, request.params.receiptId);
      return getApplication(ctx, request.actor!, request.params.id);
    },
  );
  app.put(
    '/applications/:id/receipts/:receiptId/file',
    {
      config: write,
      schema: {
        tags,
        summary: 'Belegdatei hochladen (PDF, JPEG oder PNG bis 5 MB; multipart, Feld „datei“)',
        params: ZReceiptParams,
      },
    },
    async (request) => {
      const form = await readFormData(request, 'datei');
      if (!form.file || form.file.data.length === 0)
        throw new AppError('VALIDATION_FAILED', {
          fields: { datei: 'Bitte den Beleg (PDF, JPEG oder PNG) im Feld „datei“ senden.' },
        });
      await attachReceiptFile(ctx, request.actor!, request.params.id, request.params.receiptId, {
        bytes: form.file.data,
        name: form.file.filename,
      });
      return getApplication(ctx, request.actor!, request.params.id);
    },
  );
  app.get(
    '/applications/:id/receipts/:receiptId/file',
    { config: read, schema: { tags, summary: 'Belegdatei herunterladen', params: ZReceiptParams } },
    async (request, reply) => {
      const { file, bytes } = await readReceiptFile(
        ctx,
        request.actor!,
        request.params.id,
        request.params.receiptId,
      );
      const extension = file.type === 'application/pdf' ? 'pdf' : file.type === 'image/png' ? 'png' : 'jpg';
      return reply
        .type(file.type)
        .header(
          'content-disposition',
          `attachment; filename="beleg-${request.params.receiptId}.${extension}"`,
        )
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );

  await app.register(applicationFormRoute, { ctx });

  app.get(
    '/overview',
    {
      config: { access: { permission: 'funding:decide', ags: 'none' } },
      schema: { tags, summary: 'Haushaltsmittel, Anträge und Bewilligungen je Förderjahr (LPR)' },
    },
    async (request) => ({ items: await fundingOverview(ctx, request.actor!) }),
  );
  app.put(
    '/budgets/:year',
    {
      config: { access: { permission: 'funding:decide', ags: 'none' } },
      schema: {
        tags,
        summary: 'Haushaltsmittel eines Förderjahres festlegen (LPR)',
        params: ZYearParams,
        body: ZFundingBudget,
      },
    },
    async (request, reply) => {
      await setFundingBudget(ctx, request.actor!, request.params.year, request.body.budgetCent);
      return reply.status(204).send();
    },
  );
};
