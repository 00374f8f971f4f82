import { z } from 'zod';
import { plainText } from './plain-text.ts';

/** Background jobs (report batches, survey letter batches): the API contract. */
export const JOB_STATUSES = ['wartend', 'laeuft', 'fertig', 'fehlgeschlagen'] as const;
export const JOB_KINDS = ['report_batch', 'letter_batch'] as const;
export const REPORT_BATCH_FORMATS = ['pdf', 'docx', 'html', 'xlsx'] as const;

export const ZJob = z.object({
  id: z.number(),
  kind: z.enum(JOB_KINDS),
  label: z.string(),
  status: z.enum(JOB_STATUSES),
  total: z.number(),
  done: z.number(),
  error: z.string().nullable(),
  resultName: z.string().nullable(),
  outcome: z.object({ sampleRunId: z.number(), codesCreated: z.number() }).nullable(),
  waveId: z.number().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type TJob = z.infer<typeof ZJob>;

export const ZJobList = z.object({ items: z.array(ZJob) });

export const ZJobParams = z.object({
  id: z.coerce
    .number({ error: 'Die Auftragsnummer muss eine Zahl sein.' })
    .int()
    .positive()
    .max(2_147_483_647),
});

export const ZJobListQuery = z.object({
  kind: z.enum(JOB_KINDS, { error: 'Unbekannte Auftragsart.' }).optional(),
  ags: plainText()
    .regex(/^\d{8}$/, { error: 'Die AGS hat 8 Ziffern.' })
    .optional(),
});

/** A report batch: chosen municipalities (or „alle“ with data of their own) × formats. */
export const ZReportBatchCreate = z.strictObject({
  ags: z.union([
    z.literal('alle'),
    z
      .array(plainText().regex(/^\d{8}$/, { error: 'Jeder Gemeindeschlüssel hat 8 Ziffern.' }))
      .min(1, { error: 'Bitte mindestens eine Kommune wählen.' })
      .max(500),
  ]),
  formats: z
    .array(z.enum(REPORT_BATCH_FORMATS, { error: 'Formate: pdf, docx, html oder xlsx.' }))
    .min(1, { error: 'Bitte mindestens ein Format wählen.' }),
  reportDate: plainText()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Das Berichtsdatum hat die Form JJJJ-MM-TT.' })
    .optional(),
});
export type TReportBatchCreate = z.infer<typeof ZReportBatchCreate>;
