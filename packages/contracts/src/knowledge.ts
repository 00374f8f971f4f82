// Knowledge exchange of the alliance: good practice (Grüne Liste levels), document library, events.
import { z } from 'zod';
import { PRACTICE_SETTINGS } from './domain.ts';
import { plainText } from './plain-text.ts';

const text = (max: number) => plainText({ multiline: true }).trim().max(max, `höchstens ${max} Zeichen`);
const required = (max: number) => text(max).min(1, 'Pflichtfeld');

export const ZGoodPracticeInput = z.strictObject({
  title: required(200),
  summary: required(5000),
  topic: required(200),
  targetGroup: required(200),
  setting: z.enum(PRACTICE_SETTINGS, `eines von: ${PRACTICE_SETTINGS.join(', ')}`),
  evidenceLevel: z
    .union([z.literal(1), z.literal(2), z.literal(3)])
    .nullable()
    .default(null),
  contact: text(300).default(''),
  shared: z.boolean().default(false),
});
export type TGoodPracticeInput = z.input<typeof ZGoodPracticeInput>;

export const ZGoodPracticeSearch = z.strictObject({
  q: text(200).optional(),
  topic: text(200).optional(),
  targetGroup: text(200).optional(),
  setting: z.enum(PRACTICE_SETTINGS).optional(),
  evidenceLevel: z.coerce.number().int().min(1).max(3).optional(),
});
export type TGoodPracticeSearch = z.input<typeof ZGoodPracticeSearch>;

export const ZDocumentFields = z.strictObject({
  title: required(200),
  description: text(2000).default(''),
  category: required(100),
  visibility: z.enum(['public', 'members']).default('members'),
});
export type TDocumentFields = z.input<typeof ZDocumentFields>;

/** The library's upload limit (the server checks it, and the first bytes, again). */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
/** The library's formats: PDF and the Office formats (the server also checks the first bytes). */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods'];

/**
 * The upload form: the fields and the chosen File (null while none is chosen), checked against the
 * server's limits (which also checks the first bytes): 20 MB, PDF or an Office format.
 */
export const ZDocumentForm = ZDocumentFields.extend({
  file: z
    .custom<File | null>()
    .superRefine((file, context) => {
      if (!(file instanceof File))
        return void context.addIssue({ code: 'custom', message: 'Bitte eine Datei wählen.' });
      if (file.size > DOCUMENT_MAX_BYTES)
        context.addIssue({ code: 'custom', message: `„${file.name}“ ist größer als 20 MB.` });
      else if (!DOCUMENT_EXTENSIONS.includes(file.name.split('.').pop()?.toLowerCase() ?? ''))
        context.addIssue({
          code: 'custom',
          message: `„${file.name}“ ist weder PDF noch ein Office-Dokument (DOCX, XLSX, PPTX, ODT, ODS).`,
        });
    })
    .transform((file) => file as File),
});
export type TDocumentFormInput = z.input<typeof ZDocumentForm>;
export type TDocumentForm = z.output<typeof ZDocumentForm>;

export const ZEventInput = z.strictObject({
  title: required(200),
  startsAt: z.iso.datetime({ offset: true, error: 'Zeitpunkt im Format JJJJ-MM-TTThh:mm:ss+01:00 erwartet' }),
  place: required(300),
  description: text(10_000).default(''),
  capacity: z.number().int().min(1, 'mindestens 1 Platz').max(10_000),
  registrationUntil: z.iso.date('Datum im Format JJJJ-MM-TT erwartet').nullable().default(null),
});
export type TEventInput = z.input<typeof ZEventInput>;

/**
 * The event form as typed: the start as the browser's date-time field gives it (local time, e.g.
 * "2027-05-20T09:30"; the page sends it as an ISO timestamp), the places as text.
 */
export const ZEventForm = ZEventInput.extend({
  startsAt: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'Bitte Datum und Uhrzeit des Beginns angeben.'),
  capacity: z
    .string()
    .trim()
    .regex(/^\d+$/, 'Bitte die Zahl der Plätze als ganze Zahl angeben.')
    .transform(Number)
    .pipe(ZEventInput.shape.capacity),
});
export type TEventFormInput = z.input<typeof ZEventForm>;
export type TEventForm = z.output<typeof ZEventForm>;
