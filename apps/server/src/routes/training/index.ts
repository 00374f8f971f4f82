import {
  ZAttendanceInput,
  ZCohortInput,
  ZCohortSummary,
  ZParticipant,
  ZParticipantCreated,
  ZParticipantInput,
  ZParticipantList,
  ZParticipantSelf,
  ZSelfAccess,
} from '@asskomm/contracts';
import {
  type CoreContext,
  createCohort,
  enrolParticipant,
  getCohort,
  getOwnRecord,
  listCohorts,
  listParticipants,
  ownCertificate,
  participantCertificate,
  renewAccessLink,
  setAttendance,
  withdrawParticipant,
} from '@asskomm/core';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const id = z.coerce.number({ error: 'Nummer erwartet' }).int().positive().max(2_147_483_647);
const ZIdParams = z.strictObject({ id });
const ZAttendanceParams = z.strictObject({ id, moduleId: id });
const manage = { access: { permission: 'training:manage', ags: 'none' } } as const;
const tags = ['Qualifizierung'];

function sendPdf(reply: FastifyReply, certificate: { fileName: string; pdf: Uint8Array }) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${certificate.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(certificate.pdf));
}

/** Training for the LPR: cohorts (visible to every account), participants, attendance, certificates. */
export const trainingRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/cohorts',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Durchgänge (ohne personenbezogene Daten)',
        response: { 200: z.object({ items: z.array(ZCohortSummary) }) },
      },
    },
    async () => ({ items: await listCohorts(ctx) }),
  );
  app.post(
    '/cohorts',
    {
      config: manage,
      schema: { tags, summary: 'Durchgang anlegen', body: ZCohortInput, response: { 201: ZCohortSummary } },
    },
    async (request, reply) => reply.status(201).send(await createCohort(ctx, request.actor!, request.body)),
  );
  app.get(
    '/cohorts/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Durchgang mit Modulen',
        params: ZIdParams,
        response: { 200: ZCohortSummary },
      },
    },
    async (request) => getCohort(ctx, request.actor!, request.params.id),
  );
  app.get(
    '/cohorts/:id/participants',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Teilnehmende mit Warteliste und Anwesenheit',
        params: ZIdParams,
        response: { 200: ZParticipantList },
      },
    },
    async (request) => ({ items: await listParticipants(ctx, request.actor!, request.params.id) }),
  );
  app.post(
    '/cohorts/:id/participants',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Anmelden (bei vollem Durchgang auf die Warteliste); Antwort mit persönlichem Zugangslink',
        params: ZIdParams,
        body: ZParticipantInput,
        response: { 201: ZParticipantCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await enrolParticipant(ctx, request.actor!, request.params.id, request.body)),
  );
  app.post(
    '/participants/:id/withdraw',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Anmeldung zurückziehen (die Warteliste rückt nach)',
        params: ZIdParams,
        response: { 200: ZParticipant },
      },
    },
    async (request) => withdrawParticipant(ctx, request.actor!, request.params.id),
  );
  app.post(
    '/participants/:id/access-link',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Neuen persönlichen Zugangslink erzeugen',
        params: ZIdParams,
        response: { 200: ZParticipantCreated },
      },
    },
    async (request) => renewAccessLink(ctx, request.actor!, request.params.id),
  );
  app.put(
    '/participants/:id/attendance/:moduleId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Anwesenheit in einem Modul eintragen oder löschen',
        params: ZAttendanceParams,
        body: ZAttendanceInput,
        response: { 200: ZParticipant },
      },
    },
    async (request) =>
      setAttendance(ctx, request.actor!, request.params.id, request.params.moduleId, request.body.attended),
  );
  app.get(
    '/participants/:id/certificate.pdf',
    { config: manage, schema: { tags, summary: 'Zertifikat (PDF/UA-1)', params: ZIdParams } },
    async (request, reply) =>
      sendPdf(reply, await participantCertificate(ctx, request.actor!, request.params.id)),
  );
};

/**
 * The participant's own view, through the personal access link: the token comes in the body (the web app
 * keeps it in the URL fragment), so it never appears in a request line or log.
 */
export const publicTrainingRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.post(
    '/self',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Eigene Anmeldung mit persönlichem Zugangslink',
        body: ZSelfAccess,
        response: { 200: ZParticipantSelf },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return getOwnRecord(ctx, request.body.token);
    },
  );
  app.post(
    '/self/certificate',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Eigenes Zertifikat (PDF) mit persönlichem Zugangslink', body: ZSelfAccess },
    },
    async (request, reply) => sendPdf(reply, await ownCertificate(ctx, request.body.token)),
  );
};
