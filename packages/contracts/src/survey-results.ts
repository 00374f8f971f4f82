import { z } from 'zod';
import { FREE_TEXT_MODES, WAVE_STATUSES } from './domain.ts';
import { ZWaveParams } from './surveys.ts';

export const BREAKDOWNS = ['SD_ALTER', 'SD_GESCHLECHT', 'SD_ORTSTEIL'] as const;

/** Same path parameter as the wave routes. */
export const ZWaveIdParams = ZWaveParams;

export const ZResultsQuery = z.strictObject({
  by: z
    .enum(BREAKDOWNS, { error: 'Aufgliederung nach SD_ALTER, SD_GESCHLECHT oder SD_ORTSTEIL.' })
    .optional()
    .describe('Aufgliederung nach Altersgruppe, Geschlecht oder Ortsteil'),
  minN: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(30)
    .describe('Ergebnisse mit weniger Fällen (ungewichtet) stehen in Klammern'),
  suppressBelow: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(10)
    .describe('Ergebnisse mit weniger Fällen werden nicht ausgewiesen'),
  weighting: z.enum(['auto', 'none']).default('auto').describe('none: ungewichtete Ergebnisse'),
});

export const ZExportQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx', 'spss', 'r'], { error: 'Format csv, xlsx, spss oder r.' }),
  freeTexts: z
    .enum(FREE_TEXT_MODES, { error: 'Freitexte masked oder unmasked.' })
    .default('masked')
    .describe(
      'masked (Standard): Namen, Telefonnummern, E-Mail-Adressen in Freitexten maskiert wie auf der Seite Freitexte; unmasked: wie eingegeben, nur Administration, wird protokolliert',
    ),
});

export const ZWaveSummary = z.object({
  id: z.number(),
  ags: z.string(),
  municipalityName: z.string(),
  title: z.string(),
  status: z.enum(WAVE_STATUSES),
  isDemo: z.boolean(),
  fieldStart: z.string().nullable(),
  fieldEnd: z.string().nullable(),
});

export const ZEstimate = z.object({
  estimate: z.number().nullable(),
  se: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  n: z.number().describe('ungewichtete Fallzahl, auf der der Wert beruht'),
  small: z.boolean().describe('weniger als minN Fälle: in Klammern zeigen'),
  suppressed: z.boolean().describe('weniger als suppressBelow Fälle: nicht ausgewiesen'),
});
export const ZCategory = z.object({
  code: z.number(),
  label: z.string(),
  count: z.number(),
  share: ZEstimate,
});
export const ZItemResult = z.object({
  code: z.string(),
  text: z.string(),
  type: z.enum(['single', 'multi']),
  block: z.string(),
  page: z.string(),
  pageTitle: z.string(),
  group: z.string().nullable(),
  groupTitle: z.string().nullable(),
  scale: z.boolean(),
  scaleEnds: z.object({ low: z.string(), high: z.string() }).nullable(),
  answered: z.number(),
  valid: z.number(),
  noAnswer: z.number(),
  categories: z.array(ZCategory).readonly(),
  nonSubstantive: z.array(ZCategory).readonly(),
  mean: ZEstimate.nullable(),
  domains: z
    .array(
      z.object({
        code: z.number(),
        label: z.string(),
        valid: z.number(),
        categories: z.array(ZCategory).readonly(),
        mean: ZEstimate.nullable(),
      }),
    )
    .readonly()
    .optional(),
});

export const ZResultsResponse = z.object({
  wave: ZWaveSummary,
  responses: z.number(),
  minN: z.number(),
  suppressBelow: z.number(),
  level: z.number(),
  weighting: z.object({
    status: z.enum(['raked', 'no-margins', 'invalid-margins', 'unweighted-requested', 'too-few-responses']),
    applied: z.boolean(),
    message: z.string().nullable(),
    warnings: z.array(z.string()).readonly(),
    variables: z.array(z.object({ variable: z.string(), label: z.string() })).readonly(),
    analysed: z.number(),
    excluded: z.number(),
    excludedBy: z.array(z.object({ variable: z.string(), label: z.string(), count: z.number() })).readonly(),
    kish: z.object({ effect: z.number(), nEff: z.number() }).nullable(),
    weightRange: z.object({ min: z.number(), max: z.number() }).nullable(),
    comparison: z
      .array(
        z.object({
          variable: z.string(),
          label: z.string(),
          levels: z
            .array(
              z.object({
                level: z.string(),
                label: z.string(),
                population: z.number(),
                populationShare: z.number(),
                sampleCount: z.number(),
                sampleShare: z.number(),
                weightedShare: z.number().nullable(),
              }),
            )
            .readonly(),
        }),
      )
      .readonly(),
  }),
  by: z
    .object({
      variable: z.string(),
      label: z.string(),
      levels: z.array(z.object({ code: z.number(), label: z.string(), n: z.number() })).readonly(),
      missing: z.number(),
    })
    .nullable(),
  items: z.array(ZItemResult).readonly(),
});

export const ZMonitoringResponse = z.object({
  wave: ZWaveSummary.extend({ sampleSize: z.number().nullable() }),
  invited: z.number(),
  codes: z.object({ total: z.number(), used: z.number() }),
  responses: z.object({ total: z.number(), online: z.number(), paper: z.number() }),
  rate: z.number().nullable(),
  byDistrict: z
    .array(
      z.object({
        district: z.string().nullable(),
        invited: z.number(),
        online: z.number(),
        paper: z.number(),
        rate: z.number().nullable(),
      }),
    )
    .readonly(),
  paperWithoutDistrict: z.number(),
  perDay: z
    .array(z.object({ date: z.string(), online: z.number(), paper: z.number(), cumulative: z.number() }))
    .readonly(),
  batches: z
    .array(
      z.object({
        id: z.number().nullable().describe('Stichprobe; null = Codes ohne Stichprobe'),
        createdAt: z.string().nullable(),
        letters: z.number(),
        codes: z.number(),
        used: z.number(),
        onlineRate: z.number().nullable(),
        voidedAt: z.string().nullable(),
        codesVoided: z.number(),
      }),
    )
    .readonly(),
});

export const ZFreeTextsResponse = z.object({
  wave: ZWaveSummary,
  items: z
    .array(
      z.object({
        code: z.string(),
        text: z.string(),
        pageTitle: z.string(),
        answers: z.array(z.object({ text: z.string(), masked: z.boolean() })).readonly(),
      }),
    )
    .readonly(),
});

export const ZPaperEntryResponse = z.object({ paperResponses: z.number(), totalResponses: z.number() });

export const ZCodebookResponse = z.object({
  wave: ZWaveSummary,
  questionnaireVersion: z.string().nullable(),
  items: z
    .array(
      z.object({
        code: z.string(),
        text: z.string(),
        type: z.enum(['single', 'multi', 'text']),
        page: z.string(),
        pageTitle: z.string(),
        groupTitle: z.string().nullable(),
        values: z
          .array(
            z.object({ code: z.number(), label: z.string(), missing: z.boolean(), exclusive: z.boolean() }),
          )
          .readonly(),
        maxSelected: z.number().nullable(),
        maxLength: z.number().nullable(),
        showIf: z.object({ item: z.string(), equals: z.number() }).nullable(),
      }),
    )
    .readonly(),
});
