import {
  ZCodebookResponse,
  ZExportQuery,
  ZFreeTextsResponse,
  ZMonitoringResponse,
  ZPaperEntryResponse,
  ZPaperResponse,
  ZResultsQuery,
  ZResultsResponse,
  ZWaveIdParams,
} from '@asskomm/contracts';
import type { CoreContext } from '@asskomm/core';
import {
  enterPaperResponse,
  exportDownload,
  exportWave,
  getSurveyMonitoring,
  getSurveyResults,
  getWaveCodebook,
  listFreeTexts,
} from '@asskomm/core/surveys/results';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const TAGS = ['Befragungen'];
const READ = { access: { permission: 'survey:read', ags: 'resource' } } as const;
const MANAGE = { access: { permission: 'survey:manage', ags: 'resource' } } as const;
const EXPORT = { access: { permission: 'survey:export', ags: 'resource' } } as const;

/**
 * Analysis of a survey wave for signed-in staff (/api/surveys/:id/…): fieldwork monitoring, weighted
 * results, free texts, data exports and the entry of paper questionnaires. The wave's municipality is
 * checked in core (assertCan on the wave's AGS).
 */
export const surveyResultRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/:id/monitoring',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Rücklauf: Quote gesamt und je Ortsteil, Eingänge je Tag',
        params: ZWaveIdParams,
        response: { 200: ZMonitoringResponse },
      },
    },
    async (request) => getSurveyMonitoring(ctx, request.actor!, request.params.id),
  );

  app.get(
    '/:id/results',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Gewichtete Ergebnisse: Häufigkeiten und Mittelwerte mit 95-%-Konfidenzintervall',
        description:
          'Gewichtung durch Raking auf die Randverteilungen der Welle; ohne (verwendbare) Randverteilungen ungewichtet mit Hinweis. Gültige Prozent ohne „Weiß nicht / keine Angabe“ (gesondert ausgewiesen). Jede Schätzung nennt die ungewichtete Fallzahl; unter minN in Klammern, unter suppressBelow nicht ausgewiesen.',
        params: ZWaveIdParams,
        querystring: ZResultsQuery,
        response: { 200: ZResultsResponse },
      },
    },
    async (request) =>
      getSurveyResults(ctx, request.actor!, request.params.id, {
        by: request.query.by ?? null,
        minN: request.query.minN,
        suppressBelow: request.query.suppressBelow,
        weighting: request.query.weighting,
      }),
  );

  app.get(
    '/:id/codebook',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Fragen der Welle mit erlaubten Werten (für die Erfassung von Papierbögen)',
        params: ZWaveIdParams,
        response: { 200: ZCodebookResponse },
      },
    },
    async (request) => getWaveCodebook(ctx, request.actor!, request.params.id),
  );

  app.get(
    '/:id/free-texts',
    {
      config: READ,
      schema: {
        tags: TAGS,
        summary: 'Freitextantworten, offensichtliche personenbezogene Angaben maskiert',
        params: ZWaveIdParams,
        response: { 200: ZFreeTextsResponse },
      },
    },
    async (request) => listFreeTexts(ctx, request.actor!, request.params.id),
  );

  app.get(
    '/:id/export',
    {
      config: EXPORT,
      schema: {
        tags: TAGS,
        summary: 'Datenexport (CSV, XLSX, SPSS, R)',
        description:
          'Eine Datei (XLSX) oder ein ZIP mit allen Dateien des Formats (CSV: Codes, Labels, Codebuch; SPSS: Syntax und Daten; R: Skript und Daten). Mit Randverteilungen enthält die Spalte gewicht das Raking-Gewicht (Mittelwert 1). Nur für Administration, zugeordnetes Coaching und die eigene Kommune, nicht für Ratsmitglieder. Freitexte sind maskiert wie auf der Seite Freitexte; freeTexts=unmasked (nur Administration) exportiert sie wie eingegeben und wird im Änderungsprotokoll vermerkt.',
        params: ZWaveIdParams,
        querystring: ZExportQuery,
      },
    },
    async (request, reply) => {
      const file = await exportDownload(
        await exportWave(ctx, request.actor!, request.params.id, request.query.format, {
          freeTexts: request.query.freeTexts,
        }),
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(file.bytes));
    },
  );

  app.post(
    '/:id/responses',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        summary: 'Papierbogen erfassen',
        description:
          'Antworten als {values: {Fragecode: Wert}} (Einfachauswahl: Zahl, Mehrfachauswahl: Liste, Freitext: Text), geprüft wie das Online-Formular. Gespeichert als anonyme Antwort im Modus „papier“; bei Fehlern wird nichts gespeichert.',
        params: ZWaveIdParams,
        body: ZPaperResponse,
        response: { 201: ZPaperEntryResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await enterPaperResponse(ctx, request.actor!, request.params.id, request.body)),
  );
};
