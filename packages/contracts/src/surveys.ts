import { z } from 'zod';
import { WAVE_STATUSES } from './domain.ts';

// Municipality questionnaire settings (districts, local places, optional blocks).
const name = z
  .string({ error: 'Bitte einen Namen als Text angeben.' })
  .trim()
  .min(1, { error: 'Der Name darf nicht leer sein.' })
  .max(100, { error: 'Der Name darf höchstens 100 Zeichen lang sein.' });

const uniqueNames = (max: number, what: string) =>
  z
    .array(name)
    .max(max, { error: `Höchstens ${max} ${what} möglich.` })
    .refine((list) => new Set(list.map((s) => s.toLocaleLowerCase('de'))).size === list.length, {
      error: `${what} dürfen nicht doppelt vorkommen.`,
    });

export const surveyConfigSchema = z.strictObject({
  // Up to 96 districts keep the district codes two-digit and clear of the reserved codes (97 and up).
  districts: uniqueNames(96, 'Ortsteile'),
  localPlaces: uniqueNames(30, 'Orte'),
  enabledOptionalBlocks: z.array(z.string()).max(50),
});

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT erwartet.' });
const title = z
  .string({ error: 'Bitte einen Titel angeben.' })
  .trim()
  .min(1, { error: 'Bitte einen Titel angeben.' })
  .max(200, { error: 'Der Titel darf höchstens 200 Zeichen lang sein.' });
const sampleSize = z
  .number({ error: 'Die Stichprobengröße muss eine Zahl sein.' })
  .int({ error: 'Die Stichprobengröße muss eine ganze Zahl sein.' })
  .min(1, { error: 'Die Stichprobengröße muss mindestens 1 sein.' })
  .max(100_000, { error: 'Die Stichprobengröße darf höchstens 100.000 sein.' });

export const ZWaveCreate = z.strictObject({
  ags: z.string().regex(/^\d{8}$/, { error: 'Die AGS hat 8 Ziffern.' }),
  title,
  fieldStart: isoDate.nullable().optional(),
  fieldEnd: isoDate.nullable().optional(),
  sampleSize: sampleSize.nullable().optional(),
  config: surveyConfigSchema.optional(),
});
export type TWaveCreate = z.infer<typeof ZWaveCreate>;

export const ZWaveUpdate = z.strictObject({
  title: title.optional(),
  fieldStart: isoDate.nullable().optional(),
  fieldEnd: isoDate.nullable().optional(),
  sampleSize: sampleSize.nullable().optional(),
  config: surveyConfigSchema.optional(),
});
export type TWaveUpdate = z.infer<typeof ZWaveUpdate>;

export const ZWaveParams = z.object({
  id: z.coerce
    .number({ error: 'Die Nummer der Welle muss eine Zahl sein.' })
    .int({ error: 'Die Nummer der Welle muss eine ganze Zahl sein.' })
    .positive({ error: 'Die Nummer der Welle muss positiv sein.' })
    .max(2_147_483_647, { error: 'Die Nummer der Welle ist zu groß.' }),
});

export const ZWaveListQuery = z.strictObject({
  ags: z
    .string()
    .regex(/^\d{8}$/, { error: 'Die AGS hat 8 Ziffern.' })
    .optional(),
});

export const ZStatusBody = z.strictObject({
  status: z.enum(WAVE_STATUSES, {
    error: `Unbekannter Status (erlaubt: ${WAVE_STATUSES.join(', ')}).`,
  }),
});

export const ZCodesBody = z.strictObject({
  count: z
    .number({ error: 'Bitte die Anzahl als Zahl angeben.' })
    .int({ error: 'Die Anzahl muss eine ganze Zahl sein.' })
    .min(1, { error: 'Mindestens 1 Code.' })
    .max(100_000, { error: 'Höchstens 100.000 Codes auf einmal.' }),
});

export const ZMarginsBody = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        variable: z.string().max(100),
        level: z.union([z.string().max(200), z.number()]),
        count: z.union([z.number(), z.string().max(20)]),
      }),
    )
    .min(1, { error: 'Mindestens eine Zeile.' })
    .max(5000, { error: 'Höchstens 5.000 Zeilen.' }),
});

/** The text fields of the sample upload (multipart/form-data besides "file"). */
export const ZSampleFields = z.strictObject({
  seed: z.coerce
    .number({ error: 'Der Startwert muss eine Zahl sein.' })
    .int({ error: 'Der Startwert muss eine ganze Zahl sein.' })
    .min(0, { error: 'Der Startwert darf nicht negativ sein.' })
    .max(2_147_483_647, { error: 'Der Startwert ist zu groß (höchstens 2147483647).' })
    .optional(),
  allocation: z.string().max(20_000).optional(),
  size: z.coerce
    .number({ error: 'Die Stichprobengröße muss eine Zahl sein.' })
    .int({ error: 'Die Stichprobengröße muss eine ganze Zahl sein.' })
    .min(1, { error: 'Die Stichprobengröße muss mindestens 1 sein.' })
    .max(100_000, { error: 'Die Stichprobengröße darf höchstens 100.000 sein.' })
    .optional(),
  sender: z.string().max(20_000).optional(),
  letterDate: isoDate.optional(),
  reminderDate: isoDate.optional(),
});

export const ZAllocation = z.union([
  z.literal('proportional'),
  z.record(
    z.string().min(1).max(100),
    z
      .number({ error: 'Die Anzahl je Ortsteil muss eine Zahl sein.' })
      .int({ error: 'Die Anzahl je Ortsteil muss eine ganze Zahl sein.' })
      .min(0, { error: 'Die Anzahl je Ortsteil darf nicht negativ sein.' }),
  ),
]);

export const ZCounts = {
  codes: z.object({ total: z.number(), used: z.number() }),
  responses: z.number(),
};

export const ZWaveListItem = z.object({
  id: z.number(),
  ags: z.string(),
  municipalityName: z.string(),
  title: z.string(),
  status: z.enum(WAVE_STATUSES),
  fieldStart: z.string().nullable(),
  fieldEnd: z.string().nullable(),
  sampleSize: z.number().nullable(),
  isDemo: z.boolean(),
  ...ZCounts,
});

export const ZWaveList = z.object({ items: z.array(ZWaveListItem) });

export const ZMargin = z.object({ variable: z.string(), level: z.string(), count: z.number() });

export const ZSampleRun = z.object({
  id: z.number(),
  seed: z.number(),
  registerRows: z.number(),
  eligibleRows: z.number(),
  sampleSize: z.number(),
  allocation: z.unknown(),
  createdAt: z.string(),
});

export const ZWaveDetail = ZWaveListItem.extend({
  config: z.object({
    districts: z.array(z.string()),
    localPlaces: z.array(z.string()),
    enabledOptionalBlocks: z.array(z.string()),
  }),
  questionnaireVersion: z.string().nullable(),
  margins: z.array(ZMargin),
  sampleRuns: z.array(ZSampleRun),
});

export const ZMarginsResponse = z.object({ margins: z.array(ZMargin), warnings: z.array(z.string()) });

export const ZSampleResponse = z.object({
  sampleRun: ZSampleRun,
  codesCreated: z.number(),
  invitationsPdf: z.string().describe('Einladungsbriefe als PDF, base64'),
  remindersPdf: z.string().describe('Erinnerungsbriefe als PDF, base64'),
});

// Public form
export const ZCode = z
  .string({ error: 'Bitte den Zugangscode angeben.' })
  .max(100, { error: 'Der Zugangscode ist zu lang.' });
export const ZValues = z.record(z.string().max(200), z.unknown(), {
  error: 'Die Antworten fehlen oder sind kein Objekt.',
});

export const ZStartBody = z.strictObject({
  code: ZCode,
  locale: z.string().max(20).optional(),
});

export const ZSaveBody = z.strictObject({
  code: ZCode,
  values: ZValues,
  page: z
    .number({ error: 'Die Seitennummer muss eine Zahl sein.' })
    .int({ error: 'Die Seitennummer muss eine ganze Zahl sein.' })
    .min(0)
    .max(1000),
});

export const ZSubmitBody = z.strictObject({ code: ZCode, values: ZValues });

export const ZStartResponse = z.object({
  waveTitle: z.string(),
  municipalityName: z.string(),
  fieldEnd: z.string().nullable(),
  locale: z.string(),
  locales: z.array(z.string()),
  survey: z.unknown().describe('Fragebogen als SurveyJS-JSON (festgeschriebene Fassung)'),
  values: z.record(z.string(), z.unknown()).describe('Zwischengespeicherte Antworten als SurveyJS-Daten'),
  page: z.number(),
});
