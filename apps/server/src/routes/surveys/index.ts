import {
  ZAllocation,
  ZCodesBody,
  ZJob,
  ZLetterPreview,
  ZMarginsBody,
  ZMarginsResponse,
  ZMarginsTemplate,
  ZRunParams,
  ZSampleFields,
  ZSampleResponse,
  ZStatusBody,
  ZVoidParams,
  ZWaveDetail,
  ZWaveList,
  ZWaveListQuery,
  ZWaveParams,
} from '@asskomm/contracts';
import { AppError, type CoreContext } from '@asskomm/core';
import { createLetterBatch, getJob } from '@asskomm/core/jobs';
import {
  accessCodesCsv,
  createAccessCodes,
  type DrawSampleInput,
  drawSample,
  getLetterBatchPdf,
  getLetterPreview,
  renderWaveQuestionnairePdf,
  voidLetterBatch,
  ZLetterSender,
} from '@asskomm/core/surveys/fieldwork';
import {
  createWave,
  getMarginsTemplate,
  getWave,
  listWaves,
  putMargins,
  setWaveStatus,
  updateWave,
  ZWaveCreate,
  ZWaveUpdate,
} from '@asskomm/core/surveys/waves';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jsonField, publicUrlOf, readFormData, UPLOAD_LIMITS, zodRejected } from './form-data';

const TAGS = ['Befragungen'];
const READ = { access: { permission: 'survey:read', ags: 'resource' } } as const;
const MANAGE = { access: { permission: 'survey:manage', ags: 'resource' } } as const;

/** The fields of a draw (multipart form: register file and options), for /sample and /letter-batches. */
async function drawInput(request: FastifyRequest): Promise<DrawSampleInput> {
  const form = await readFormData(request);
  if (!form.file) throw missingFile();
  const fields = ZSampleFields.safeParse(form.fields);
  if (!fields.success) throw zodRejected(fields.error);
  const { seed, size, letterDate, reminderDate, confirmAdditional } = fields.data;
  let allocation: 'proportional' | Record<string, number> = 'proportional';
  if (fields.data.allocation && fields.data.allocation.trim() !== 'proportional') {
    const parsed = ZAllocation.safeParse(jsonField(fields.data.allocation, 'allocation'));
    if (!parsed.success) throw zodRejected(parsed.error, 'allocation');
    allocation = parsed.data;
  }
  let sender = {};
  if (fields.data.sender) {
    const parsed = ZLetterSender.safeParse(jsonField(fields.data.sender, 'sender'));
    if (!parsed.success) throw zodRejected(parsed.error, 'sender');
    sender = parsed.data;
  }
  return {
    register: form.file.data,
    seed,
    size,
    allocation,
    sender,
    letterDate,
    reminderDate,
    confirmAdditional: confirmAdditional === 'true',
  };
}

/** Survey waves for signed-in staff: /api/surveys. The wave's municipality is checked in core. */
export const surveyRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  await app.register(multipart, { limits: UPLOAD_LIMITS, throwFileSizeLimit: true });
  // Margins may also come as a plain CSV body (curl --data-binary @margins.csv -H 'content-type: text/csv').
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMITS.fileSize },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Befragungswellen, die das Konto sehen darf',
        querystring: ZWaveListQuery,
        response: { 200: ZWaveList },
      },
    },
    async (request) => listWaves(ctx, request.actor!, request.query),
  );

  app.post(
    '/',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Befragungswelle anlegen (Status Entwurf)',
        body: ZWaveCreate,
        response: { 201: ZWaveDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createWave(ctx, request.actor!, request.body)),
  );

  app.get(
    '/:id',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Eine Befragungswelle mit Einstellungen, Randverteilungen und Stichproben',
        params: ZWaveParams,
        response: { 200: ZWaveDetail },
      },
    },
    async (request) => getWave(ctx, request.actor!, request.params.id),
  );

  app.patch(
    '/:id',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Befragungswelle ändern (Fragebogen-Einstellungen nur im Entwurf)',
        params: ZWaveParams,
        body: ZWaveUpdate,
        response: { 200: ZWaveDetail },
      },
    },
    async (request) => updateWave(ctx, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/:id/status',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Status wechseln: Entwurf → Feldphase → abgeschlossen → ausgewertet',
        description:
          'Beim Start der Feldphase wird der Fragebogen festgeschrieben; beim Abschluss werden alle zwischengespeicherten Antworten gelöscht.',
        params: ZWaveParams,
        body: ZStatusBody,
        response: { 200: ZWaveDetail },
      },
    },
    async (request) => setWaveStatus(ctx, request.actor!, request.params.id, request.body.status),
  );

  app.put(
    '/:id/margins',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Randverteilungen für die Gewichtung ersetzen',
        description:
          'CSV (multipart/form-data, Feld „file“, oder text/csv) mit den Spalten variable;level;count, oder JSON {rows:[{variable, level, count}]}. Merkmale: SD_ALTER×SD_GESCHLECHT (z. B. 3×2), SD_ALTER, SD_GESCHLECHT, SD_ORTSTEIL (Nummer oder Name des Ortsteils). Alles oder nichts; Fehler nennen Zeile, Spalte und Wert.',
        params: ZWaveParams,
        response: { 200: ZMarginsResponse },
      },
    },
    async (request) => {
      const { id } = request.params;
      if (request.isMultipart()) {
        const form = await readFormData(request);
        if (!form.file) throw missingFile();
        return putMargins(ctx, request.actor!, id, { kind: 'csv', data: form.file.data });
      }
      if (Buffer.isBuffer(request.body)) {
        return putMargins(ctx, request.actor!, id, { kind: 'csv', data: request.body });
      }
      const parsed = ZMarginsBody.safeParse(request.body);
      if (!parsed.success) throw zodRejected(parsed.error);
      return putMargins(ctx, request.actor!, id, { kind: 'rows', rows: parsed.data.rows });
    },
  );

  app.post(
    '/:id/sample',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Stichprobe ziehen, Zugangscodes erzeugen, Einladungs- und Erinnerungsbriefe (PDF)',
        description:
          'multipart/form-data: „file“ (Melderegisterauszug, CSV), optional „seed“ (ganze Zahl; ohne: zufällig, in der Antwort genannt), „allocation“ („proportional“ oder JSON {Ortsteil: Anzahl}), „size“ (Standard: Stichprobengröße der Welle), „sender“ (JSON mit Briefkopf-Angaben, ergänzt den Absender der Welle), „letterDate“, „reminderDate“, „confirmAdditional“ („true“ ist nötig, wenn schon eine Stichprobe gezogen wurde). Braucht die öffentliche Adresse (Einstellungen oder ASSKOMM_PUBLIC_URL) und einen Absender mit Anschrift, Ansprechperson und Telefon oder E-Mail. Der Registerauszug wird nur im Arbeitsspeicher verwendet; die Briefe (mit Anschriften) werden bis zum Beginn der Feldphase als Datei außerhalb der Datenbank aufbewahrt.',
        params: ZWaveParams,
        response: { 200: ZSampleResponse },
      },
    },
    async (request, reply) => {
      const result = await drawSample(ctx, request.actor!, request.params.id, await drawInput(request));
      reply.header('cache-control', 'no-store');
      return {
        sampleRun: result.sampleRun,
        codesCreated: result.codesCreated,
        invitationsPdf: Buffer.from(result.invitationsPdf).toString('base64'),
        remindersPdf: Buffer.from(result.remindersPdf).toString('base64'),
      };
    },
  );

  app.post(
    '/:id/letter-batches',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Stichprobe mit Briefen als Auftrag im Hintergrund (Antwort: der Auftrag)',
        description:
          'Dieselben Felder wie POST /api/surveys/{id}/sample. Alles, was eine Ziehung prüft, wird sofort geprüft (dieselben Fehlermeldungen); gezogen und gedruckt wird im Hintergrund. Der Stand: GET /api/jobs/{jobId}; fertig nennt der Auftrag die Stichprobe (outcome.sampleRunId), deren Briefe dann wie gewohnt herunterzuladen sind. Der Registerauszug wartet bis dahin verschlüsselt im Datenverzeichnis und wird danach gelöscht.',
        params: ZWaveParams,
        response: { 202: ZJob },
      },
    },
    async (request, reply) => {
      const { id } = await createLetterBatch(
        ctx,
        request.actor!,
        request.params.id,
        await drawInput(request),
      );
      return reply.status(202).send(await getJob(ctx, request.actor!, id));
    },
  );

  app.get(
    '/:id/letters/preview',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Vorschau der Briefe: Absender, Adresse im Brief und was noch fehlt',
        params: ZWaveParams,
        response: { 200: ZLetterPreview },
      },
    },
    async (request) => getLetterPreview(ctx, request.actor!, request.params.id),
  );

  app.get(
    '/:id/sample-runs/:runId/letters/:kind',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Briefe einer Stichprobe erneut herunterladen (PDF; bis zum Beginn der Feldphase)',
        description: 'kind: einladungen oder erinnerungen. Jeder Abruf wird protokolliert.',
        params: ZRunParams,
      },
    },
    async (request, reply) => {
      const { id, runId, kind } = request.params;
      const { pdf, filename } = await getLetterBatchPdf(ctx, request.actor!, id, runId, kind);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(pdf));
    },
  );

  app.post(
    '/:id/sample-runs/:runId/void',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Briefe einer Stichprobe als verloren melden: ihre unbenutzten Codes werden ungültig',
        params: ZVoidParams,
        response: { 200: z.object({ codesVoided: z.number() }) },
      },
    },
    async (request) => voidLetterBatch(ctx, request.actor!, request.params.id, request.params.runId),
  );

  app.get(
    '/:id/margins/template',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Welche Merkmale und Codes die Randverteilungen erwarten',
        params: ZWaveParams,
        response: { 200: ZMarginsTemplate },
      },
    },
    async (request) => {
      const { variables } = await getMarginsTemplate(ctx, request.actor!, request.params.id);
      return { variables };
    },
  );

  app.get(
    '/:id/margins/template.csv',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Vorlage für die Randverteilungen (CSV mit allen Codes, Anzahl leer)',
        params: ZWaveParams,
      },
    },
    async (request, reply) => {
      const { csv } = await getMarginsTemplate(ctx, request.actor!, request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="randverteilungen-vorlage-welle-${request.params.id}.csv"`,
        )
        .send(csv);
    },
  );

  app.post(
    '/:id/codes',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Zugangscodes ohne Stichprobe erzeugen (CSV zum Drucken anderswo)',
        description:
          'Antwort: text/csv (zugangscode;link). Die Codes werden nur jetzt ausgegeben; gespeichert wird nur ihr Hash.',
        params: ZWaveParams,
        body: ZCodesBody,
      },
    },
    async (request, reply) => {
      const { codes, publicUrl } = await createAccessCodes(
        ctx,
        request.actor!,
        request.params.id,
        request.body.count,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="zugangscodes-welle-${request.params.id}.csv"`)
        .header('cache-control', 'no-store')
        .send(accessCodesCsv(codes, publicUrlOf(request, publicUrl ?? undefined)));
    },
  );

  app.get(
    '/:id/questionnaire.pdf',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Papierfragebogen (PDF): dieselben Fragen in derselben Reihenfolge wie online',
        params: ZWaveParams,
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await renderWaveQuestionnairePdf(ctx, request.actor!, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(Buffer.from(pdf));
    },
  );
};

function missingFile(): AppError {
  return new AppError('VALIDATION_FAILED', {
    userMessage: 'Bitte eine Datei im Feld „file“ senden.',
    fields: { file: 'Datei fehlt.' },
  });
}
