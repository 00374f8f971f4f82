import {
  ZReportAgsParams,
  ZReportDraftCreate,
  ZReportDraftDetail,
  ZReportDraftPatch,
  ZReportFileQuery,
  ZReportItemParams,
  ZReportList,
  ZReportPublish,
  ZReportVersionDetail,
} from '@asskomm/contracts';
import type { CoreContext } from '@asskomm/core';
import {
  createReportDraft,
  getReportDraft,
  getReportVersion,
  listReports,
  publishReportDraft,
  type ReportFile,
  renderReportDraftFile,
  renderReportVersionFile,
  updateReportDraft,
} from '@asskomm/core/reports';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const TAGS = ['Lagebericht'];
const READ = { access: { permission: 'report:read', ags: 'param' } } as const;
const DRAFT = { access: { permission: 'report:draft', ags: 'param' } } as const;

function sendFile(reply: FastifyReply, file: ReportFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.name}"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.bytes));
}

/**
 * The Lagebericht workflow of a municipality (/api/reports/:ags/…): drafts for those who may edit
 * (admin, the municipality's own account), published versions for every reader of the municipality,
 * council members (rat) included. Files are rendered on demand; a version from its recorded inputs.
 */
export const reportRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/:ags',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Veröffentlichte Versionen und (für Bearbeitende) Entwürfe des Lageberichts einer Kommune',
        params: ZReportAgsParams,
        response: { 200: ZReportList },
      },
    },
    async (request) => listReports(ctx, request.actor!, request.params.ags),
  );

  app.post(
    '/:ags/drafts',
    {
      config: DRAFT,
      schema: {
        tags: TAGS,
        summary: 'Entwurf anlegen (Befragung: ohne Angabe die zuletzt ausgewertete)',
        params: ZReportAgsParams,
        body: ZReportDraftCreate,
        response: { 201: ZReportDraftDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createReportDraft(ctx, request.actor!, request.params.ags, request.body)),
  );

  app.get(
    '/:ags/drafts/:id',
    {
      config: DRAFT,
      schema: {
        tags: TAGS,
        summary: 'Entwurf mit dem Bericht aus den aktuellen Daten und den bearbeiteten Texten',
        params: ZReportItemParams,
        response: { 200: ZReportDraftDetail },
      },
    },
    async (request) => getReportDraft(ctx, request.actor!, request.params.ags, request.params.id),
  );

  app.patch(
    '/:ags/drafts/:id',
    {
      config: DRAFT,
      schema: {
        tags: TAGS,
        summary:
          'Texte von Befunden und Empfehlungen ersetzen (text: null stellt den erzeugten Text wieder her)',
        params: ZReportItemParams,
        body: ZReportDraftPatch,
        response: { 200: ZReportDraftDetail },
      },
    },
    async (request) =>
      updateReportDraft(ctx, request.actor!, request.params.ags, request.params.id, request.body),
  );

  app.post(
    '/:ags/drafts/:id/publish',
    {
      config: DRAFT,
      schema: {
        tags: TAGS,
        summary: 'Entwurf als neue Version veröffentlichen (mit allen Eingaben, reproduzierbar)',
        params: ZReportItemParams,
        body: ZReportPublish,
        response: { 201: ZReportVersionDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await publishReportDraft(ctx, request.actor!, request.params.ags, request.params.id, request.body),
        ),
  );

  app.get(
    '/:ags/drafts/:id/file',
    {
      config: DRAFT,
      schema: {
        tags: TAGS,
        summary: 'Entwurf als Datei (pdf, docx, html, xlsx)',
        params: ZReportItemParams,
        querystring: ZReportFileQuery,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await renderReportDraftFile(
          ctx,
          request.actor!,
          request.params.ags,
          request.params.id,
          request.query.format,
        ),
      ),
  );

  app.get(
    '/:ags/versions/:id',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Veröffentlichte Version aus ihren gespeicherten Eingaben',
        params: ZReportItemParams,
        response: { 200: ZReportVersionDetail },
      },
    },
    async (request) => getReportVersion(ctx, request.actor!, request.params.ags, request.params.id),
  );

  app.get(
    '/:ags/versions/:id/file',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Veröffentlichte Version als Datei (pdf, docx, html, xlsx), bytegleich bei jedem Abruf',
        params: ZReportItemParams,
        querystring: ZReportFileQuery,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await renderReportVersionFile(
          ctx,
          request.actor!,
          request.params.ags,
          request.params.id,
          request.query.format,
        ),
      ),
  );
};
