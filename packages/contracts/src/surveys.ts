import { z } from 'zod';
import { WAVE_STATUSES } from './domain.ts';
import { plainJson, plainText } from './plain-text.ts';

// Municipality questionnaire settings (districts, local places, optional blocks).
const name = plainText({ error: 'Bitte einen Namen als Text angeben.' })
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
  enabledOptionalBlocks: z.array(plainText().max(20)).max(50),
});

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT erwartet.' });
const title = plainText({ error: 'Bitte einen Titel angeben.' })
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

const line = (max: number) =>
  plainText()
    .trim()
    .max(max, { error: `Höchstens ${max} Zeichen.` });

/** Letterhead fields a municipality may set for its letters; everything else comes from its record. */
export const ZLetterSender = z.strictObject({
  municipalityName: line(120).min(1).optional(),
  department: line(120).optional(),
  street: line(120).optional(),
  postalCode: plainText()
    .trim()
    .regex(/^(\d{5})?$/, { error: 'Die Postleitzahl hat 5 Ziffern.' })
    .optional(),
  city: line(120).optional(),
  contactPerson: line(120).optional(),
  phone: line(60).optional(),
  email: z
    .union([z.literal(''), z.email({ error: 'Ungültige E-Mail-Adresse.' }).max(254)], {
      error: 'Ungültige E-Mail-Adresse.',
    })
    .optional(),
  signatoryName: line(120).min(1, { error: 'Bitte geben Sie den Namen für die Unterschrift an.' }).optional(),
  signatoryRole: line(120).optional(),
});
export type TLetterSender = z.infer<typeof ZLetterSender>;

export const ZWaveUpdate = z.strictObject({
  title: title.optional(),
  /** Sender of the letters (address, contact person); empty strings clear a field. */
  sender: ZLetterSender.optional(),
  fieldStart: isoDate.nullable().optional(),
  fieldEnd: isoDate.nullable().optional(),
  sampleSize: sampleSize.nullable().optional(),
  config: surveyConfigSchema.optional(),
});
export type TWaveUpdate = z.infer<typeof ZWaveUpdate>;

/** The one rule for a field period: its end does not lie before its start (both optional while drafting). */
export function fieldPeriodProblem(
  fieldStart: string | null | undefined,
  fieldEnd: string | null | undefined,
): string | null {
  return fieldStart && fieldEnd && fieldEnd < fieldStart
    ? 'Das Ende der Feldphase liegt vor ihrem Beginn.'
    : null;
}

const optionalDate = z.union([z.literal(''), isoDate]);

/**
 * Title, field period and sample size as the wave's settings form edits them (text inputs; empty = not
 * set). Same messages and the same period rule as the API (ZWaveUpdate, fieldPeriodProblem).
 */
const settingsFields = z.object({
  title,
  fieldStart: optionalDate,
  fieldEnd: optionalDate,
  sampleSize: z
    .string()
    .trim()
    .regex(/^\d*$/, { error: 'Die Stichprobengröße muss eine ganze Zahl sein.' })
    // Only the bounds here: a value that is not a whole number has its message from the regex above.
    .refine((value) => !/^\d+$/.test(value) || sampleSize.safeParse(Number(value)).success, {
      error: 'Die Stichprobengröße muss zwischen 1 und 100.000 liegen.',
    }),
});

function checkFieldPeriod(form: { fieldStart: string; fieldEnd: string }, context: z.RefinementCtx) {
  const problem = fieldPeriodProblem(form.fieldStart, form.fieldEnd);
  if (problem) context.addIssue({ code: 'custom', path: ['fieldEnd'], message: problem });
}

export const ZWaveSettingsForm = settingsFields.superRefine(checkFieldPeriod);
export type TWaveSettingsForm = z.infer<typeof ZWaveSettingsForm>;

/** A text area with one name per line (trimmed, empty lines dropped), checked by the API's list rule. */
const nameLines = (max: number, what: string) =>
  z
    .string()
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(uniqueNames(max, what));

/** The questionnaire settings as the forms edit them: districts and places as lines of text. */
const questionnaireFields = z.object({
  districts: nameLines(96, 'Ortsteile'),
  localPlaces: nameLines(30, 'Orte'),
  enabledOptionalBlocks: surveyConfigSchema.shape.enabledOptionalBlocks,
});
export const ZQuestionnaireForm = questionnaireFields;

/** The new-wave form: municipality, settings and questionnaire, with the API's rules and messages. */
export const ZWaveCreateForm = settingsFields
  .extend({ ags: z.string().regex(/^\d{8}$/, { error: 'Bitte wählen Sie die Kommune.' }) })
  .extend(questionnaireFields.shape)
  .superRefine(checkFieldPeriod);

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
        variable: plainText().max(100),
        level: z.union([plainText().max(200), z.number()]),
        count: z.union([z.number(), plainText().max(20)]),
      }),
    )
    .min(1, { error: 'Mindestens eine Zeile.' })
    .max(5000, { error: 'Höchstens 5.000 Zeilen.' }),
});

/** Largest file the survey uploads take (margins, register extract): the server's multipart limit. */
export const SURVEY_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** The margins upload form: one CSV file (its rows are checked by the server, all or nothing). */
export const ZMarginsUploadForm = z.object({
  file: z
    .file()
    .max(SURVEY_UPLOAD_MAX_BYTES, {
      error: `Die Datei ist zu groß: Es sind höchstens ${SURVEY_UPLOAD_MAX_BYTES / 1024 / 1024} MB möglich.`,
    })
    .nullable()
    .transform((file, ctx) => {
      if (file) return file;
      ctx.addIssue({
        code: 'custom',
        message: 'Bitte wählen Sie die CSV-Datei mit den Randverteilungen aus.',
      });
      return z.NEVER;
    }),
});
export type TMarginsUploadForm = z.input<typeof ZMarginsUploadForm>;

/** The text fields of the sample upload (multipart/form-data besides "file"). */
export const ZSampleFields = z.strictObject({
  seed: z.coerce
    .number({ error: 'Der Startwert muss eine Zahl sein.' })
    .int({ error: 'Der Startwert muss eine ganze Zahl sein.' })
    .min(0, { error: 'Der Startwert darf nicht negativ sein.' })
    .max(2_147_483_647, { error: 'Der Startwert ist zu groß (höchstens 2147483647).' })
    .optional(),
  allocation: plainText({ multiline: true }).max(20_000).optional(),
  size: z.coerce
    .number({ error: 'Die Stichprobengröße muss eine Zahl sein.' })
    .int({ error: 'Die Stichprobengröße muss eine ganze Zahl sein.' })
    .min(1, { error: 'Die Stichprobengröße muss mindestens 1 sein.' })
    .max(100_000, { error: 'Die Stichprobengröße darf höchstens 100.000 sein.' })
    .optional(),
  sender: plainText({ multiline: true }).max(20_000).optional(),
  confirmAdditional: z
    .enum(['true', 'false'], { error: 'confirmAdditional ist „true“ oder „false“.' })
    .optional(),
  letterDate: isoDate.optional(),
  reminderDate: isoDate.optional(),
});

export const ZAllocation = z.union([
  z.literal('proportional'),
  z.record(
    plainText().min(1).max(100),
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
  lettersAvailable: z.boolean().describe('Briefe noch herunterladbar (bis zum Beginn der Feldphase)'),
  voidedAt: z.string().nullable().describe('Briefe als verloren gemeldet, Codes ungültig'),
  codesVoided: z.number(),
});

export const ZRunParams = ZWaveParams.extend({
  runId: z.coerce
    .number({ error: 'Die Nummer der Stichprobe muss eine Zahl sein.' })
    .int({ error: 'Die Nummer der Stichprobe muss eine ganze Zahl sein.' })
    .positive({ error: 'Die Nummer der Stichprobe muss positiv sein.' })
    .max(2_147_483_647, { error: 'Die Nummer der Stichprobe ist zu groß.' }),
  kind: z.enum(['einladungen', 'erinnerungen'], { error: 'Erlaubt: einladungen, erinnerungen.' }),
});
export const ZVoidParams = ZRunParams.omit({ kind: true });

const ZSender = z.object({
  municipalityName: z.string(),
  department: z.string().optional(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  contactPerson: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  signatoryName: z.string(),
  signatoryRole: z.string(),
});

export const ZLetterPreview = z.object({
  sender: ZSender.describe('Briefkopf, wie er gedruckt wird'),
  waveSender: ZSender.partial().describe('Die bei der Welle eingetragenen Absenderangaben'),
  surveyAddress: z
    .string()
    .nullable()
    .describe('Adresse im Brief, z. B. sicherheit.musterstadt.de/befragung'),
  publicUrl: z.string().nullable(),
  publicUrlSource: z.enum(['einstellung', 'umgebung']).nullable(),
  senderMissing: z.array(z.string()).readonly(),
  ready: z.boolean(),
});

export const ZMarginsTemplate = z.object({
  variables: z
    .array(
      z.object({
        variable: z.string(),
        label: z.string(),
        levels: z.array(z.object({ level: z.string(), label: z.string() })).readonly(),
      }),
    )
    .readonly(),
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
export const ZCode = plainText({ error: 'Bitte den Zugangscode angeben.' }).max(100, {
  error: 'Der Zugangscode ist zu lang.',
});
export const ZValues = z.record(plainText().max(200), plainJson(), {
  error: 'Die Antworten fehlen oder sind kein Objekt.',
});

export const ZStartBody = z.strictObject({
  code: ZCode,
  locale: plainText().max(20).optional(),
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
