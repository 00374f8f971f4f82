import {
  AGREEMENT_DOCUMENT_MAX_BYTES,
  AppError,
  addCouncilMember,
  attachAgreementDocument,
  type CoreContext,
  createCoaching,
  getCouncil,
  getMembershipTimeline,
  listAgreements,
  listCoaching,
  listConsultations,
  listCouncilMembers,
  listNetworkMembers,
  readAgreementDocument,
  recordAgreement,
  recordConsultation,
  recordCouncilMeeting,
  removeCouncilMember,
  saveCouncil,
  updateCoaching,
  ZAgreementInput,
  ZCoachingInput,
  ZCoachingUpdate,
  ZConsultationInput,
  ZCouncilInput,
  ZCouncilMeetingInput,
  ZCouncilMemberInput,
} from '@asskomm/core';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readFormData } from '../surveys/form-data';
import { knowledgeRoutes } from './knowledge';

const ZAgsParams = z.strictObject({ ags: z.string().regex(/^\d{8}$/, 'AGS mit 8 Ziffern erwartet') });
const ZIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
const ZMemberParams = ZAgsParams.extend({ memberId: z.coerce.number().int().positive() });

const networkRead = { access: { permission: 'network:read', ags: 'param' } } as const;
const networkWrite = { access: { permission: 'network:write', ags: 'param' } } as const;
const councilRead = { access: { permission: 'council:read', ags: 'param' } } as const;
const councilWrite = { access: { permission: 'council:write', ags: 'param' } } as const;
const councilMembersRead = { access: { permission: 'council:read-members', ags: 'param' } } as const;
const tags = ['Netzwerk'];

/** The alliance network: public member map, membership timeline, consultations, agreements, coaching, councils. */
export const networkRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  await app.register(multipart, {
    limits: { fileSize: AGREEMENT_DOCUMENT_MAX_BYTES, files: 1, fields: 5, parts: 6 },
    throwFileSizeLimit: true,
  });

  await app.register(knowledgeRoutes, { ctx });

  app.get(
    '/members',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Mitglieder, Präventionsräte und gecoachte Kommunen (öffentlich)' },
    },
    async () => ({ items: await listNetworkMembers(ctx) }),
  );

  app.get(
    '/:ags/timeline',
    {
      config: networkRead,
      schema: { tags, summary: 'Weg einer Kommune in der Allianz', params: ZAgsParams },
    },
    async (request) => ({ items: await getMembershipTimeline(ctx, request.actor!, request.params.ags) }),
  );

  app.get(
    '/:ags/consultations',
    { config: networkRead, schema: { tags, summary: 'Beratungen', params: ZAgsParams } },
    async (request) => ({ items: await listConsultations(ctx, request.actor!, request.params.ags) }),
  );
  app.post(
    '/:ags/consultations',
    {
      config: networkWrite,
      schema: { tags, summary: 'Beratung erfassen', params: ZAgsParams, body: ZConsultationInput },
    },
    async (request, reply) =>
      reply.status(201).send(await recordConsultation(ctx, request.actor!, request.params.ags, request.body)),
  );

  app.get(
    '/:ags/agreements',
    { config: networkRead, schema: { tags, summary: 'Kooperationsvereinbarungen', params: ZAgsParams } },
    async (request) => ({ items: await listAgreements(ctx, request.actor!, request.params.ags) }),
  );
  app.post(
    '/:ags/agreements',
    {
      config: networkWrite,
      schema: {
        tags,
        summary: 'Kooperationsvereinbarung erfassen',
        params: ZAgsParams,
        body: ZAgreementInput,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordAgreement(ctx, request.actor!, request.params.ags, request.body)),
  );
  app.put(
    '/agreements/:id/document',
    {
      config: { access: { permission: 'network:write', ags: 'resource' } },
      schema: {
        tags,
        summary: 'Unterzeichnete Vereinbarung hochladen (PDF, multipart, Feld „datei“)',
        params: ZIdParams,
      },
    },
    async (request) => {
      const form = await readFormData(request, 'datei');
      if (!form.file || form.file.data.length === 0)
        throw new AppError('VALIDATION_FAILED', {
          fields: { datei: 'Bitte eine PDF-Datei im Feld „datei“ senden.' },
        });
      return attachAgreementDocument(ctx, request.actor!, request.params.id, {
        bytes: form.file.data,
        name: form.file.filename,
      });
    },
  );
  app.get(
    '/agreements/:id/document',
    {
      config: { access: { permission: 'network:read', ags: 'resource' } },
      schema: { tags, summary: 'Unterzeichnete Vereinbarung herunterladen', params: ZIdParams },
    },
    async (request, reply) => {
      const { file, bytes } = await readAgreementDocument(ctx, request.actor!, request.params.id);
      return reply
        .type(file.type)
        .header('content-disposition', `attachment; filename="vereinbarung-${request.params.id}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );

  app.get(
    '/:ags/coaching',
    { config: networkRead, schema: { tags, summary: 'Coachings', params: ZAgsParams } },
    async (request) => ({ items: await listCoaching(ctx, request.actor!, request.params.ags) }),
  );
  app.post(
    '/:ags/coaching',
    {
      config: networkWrite,
      schema: { tags, summary: 'Coaching anlegen', params: ZAgsParams, body: ZCoachingInput },
    },
    async (request, reply) =>
      reply.status(201).send(await createCoaching(ctx, request.actor!, request.params.ags, request.body)),
  );
  app.patch(
    '/coaching/:id',
    {
      config: { access: { permission: 'network:write', ags: 'resource' } },
      schema: {
        tags,
        summary: 'Coaching ändern (z. B. Meilenstein erledigt)',
        params: ZIdParams,
        body: ZCoachingUpdate,
      },
    },
    async (request) => updateCoaching(ctx, request.actor!, request.params.id, request.body),
  );

  app.get(
    '/:ags/council',
    {
      config: councilRead,
      schema: {
        tags,
        summary: 'Präventionsrat mit Sitzungen und offenen Hinweisen (ohne Mitglieder)',
        params: ZAgsParams,
      },
    },
    async (request) => getCouncil(ctx, request.actor!, request.params.ags),
  );
  app.put(
    '/:ags/council',
    {
      config: councilWrite,
      schema: {
        tags,
        summary: 'Präventionsrat gründen oder ändern',
        params: ZAgsParams,
        body: ZCouncilInput,
      },
    },
    async (request) => saveCouncil(ctx, request.actor!, request.params.ags, request.body),
  );
  app.get(
    '/:ags/council/members',
    {
      config: councilMembersRead,
      schema: {
        tags,
        summary: 'Mitglieder mit Kontaktdaten (nur die Kommune und der LPR)',
        params: ZAgsParams,
      },
    },
    async (request) => ({ items: await listCouncilMembers(ctx, request.actor!, request.params.ags) }),
  );
  app.post(
    '/:ags/council/members',
    {
      config: councilWrite,
      schema: { tags, summary: 'Mitglied aufnehmen', params: ZAgsParams, body: ZCouncilMemberInput },
    },
    async (request, reply) =>
      reply.status(201).send(await addCouncilMember(ctx, request.actor!, request.params.ags, request.body)),
  );
  app.delete(
    '/:ags/council/members/:memberId',
    { config: councilWrite, schema: { tags, summary: 'Mitglied austragen', params: ZMemberParams } },
    async (request, reply) => {
      await removeCouncilMember(ctx, request.actor!, request.params.ags, request.params.memberId);
      return reply.status(204).send();
    },
  );
  app.post(
    '/:ags/council/meetings',
    {
      config: councilWrite,
      schema: { tags, summary: 'Sitzung erfassen', params: ZAgsParams, body: ZCouncilMeetingInput },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordCouncilMeeting(ctx, request.actor!, request.params.ags, request.body)),
  );
};
