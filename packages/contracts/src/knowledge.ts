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

export const ZEventInput = z.strictObject({
  title: required(200),
  startsAt: z.iso.datetime({ offset: true, error: 'Zeitpunkt im Format JJJJ-MM-TTThh:mm:ss+01:00 erwartet' }),
  place: required(300),
  description: text(10_000).default(''),
  capacity: z.number().int().min(1, 'mindestens 1 Platz').max(10_000),
  registrationUntil: z.iso.date('Datum im Format JJJJ-MM-TT erwartet').nullable().default(null),
});
export type TEventInput = z.input<typeof ZEventInput>;
