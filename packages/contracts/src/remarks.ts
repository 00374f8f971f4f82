import { z } from 'zod';
import { plainText } from './plain-text.ts';
import {
  REMARK_CATEGORY_CODES,
  REMARK_STATUSES,
  type RemarkStatus,
  SAXONY_BOUNDS,
} from './remark-categories.ts';

const optionalText = (max: number) =>
  plainText({ multiline: true })
    .trim()
    .max(max, `höchstens ${max} Zeichen`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null);

/** A remark as a citizen or expert sends it (web form or Open311). */
export const ZRemarkInput = z
  .strictObject({
    ags: z.string().regex(/^\d{8}$/, 'AGS mit 8 Ziffern erwartet'),
    category: z.enum(
      REMARK_CATEGORY_CODES,
      `Unbekannte Kategorie. Erlaubt: ${REMARK_CATEGORY_CODES.join(', ')}`,
    ),
    description: z
      .string()
      .trim()
      .min(10, 'Bitte beschreiben Sie den Hinweis in mindestens 10 Zeichen.')
      .max(4000, 'höchstens 4000 Zeichen'),
    lat: z
      .number('Breitengrad als Zahl erwartet')
      .min(SAXONY_BOUNDS.minLat, 'Der Ort liegt nicht in Sachsen (Breitengrad).')
      .max(SAXONY_BOUNDS.maxLat, 'Der Ort liegt nicht in Sachsen (Breitengrad).')
      .nullable()
      .default(null),
    long: z
      .number('Längengrad als Zahl erwartet')
      .min(SAXONY_BOUNDS.minLong, 'Der Ort liegt nicht in Sachsen (Längengrad).')
      .max(SAXONY_BOUNDS.maxLong, 'Der Ort liegt nicht in Sachsen (Längengrad).')
      .nullable()
      .default(null),
    addressString: optionalText(300),
    reporterKind: z.enum(['buerger', 'experte']).default('buerger'),
    email: z
      .email('ungültige E-Mail-Adresse')
      .max(254)
      .nullable()
      .default(null)
      .or(z.literal('').transform(() => null)),
    firstName: optionalText(100),
    lastName: optionalText(100),
    phone: optionalText(50),
    mediaUrl: z
      .url({ protocol: /^https?$/, error: 'Medien-URL muss mit http:// oder https:// beginnen' })
      .max(1000)
      .nullable()
      .default(null),
  })
  .superRefine((v, ctx) => {
    if ((v.lat == null) !== (v.long == null))
      ctx.addIssue({
        code: 'custom',
        path: [v.lat == null ? 'lat' : 'long'],
        message: 'Breiten- und Längengrad gehören zusammen.',
      });
  });
export type TRemarkInput = z.input<typeof ZRemarkInput>;
export type TRemark = z.output<typeof ZRemarkInput>;

export const ZRemarkStatusUpdate = z.strictObject({
  status: z.enum(REMARK_STATUSES),
  statusNote: plainText({ multiline: true })
    .trim()
    .max(2000, 'höchstens 2000 Zeichen')
    .nullable()
    .default(null),
});
export type TRemarkStatusUpdate = z.input<typeof ZRemarkStatusUpdate>;

export const ZRemarkFilter = z.strictObject({
  ags: z
    .string()
    .regex(/^\d{8}$/)
    .optional(),
  status: z.enum(REMARK_STATUSES).optional(),
  category: z.enum(REMARK_CATEGORY_CODES).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type TRemarkFilter = z.input<typeof ZRemarkFilter>;

/** Staff publish a remark's text and, after looking at it, its photo. */
export const ZRemarkPublication = z.strictObject({ published: z.boolean(), mediaApproved: z.boolean() });
export type TRemarkPublication = z.input<typeof ZRemarkPublication>;

// Answers of /api/remarks as the web receives them (JSON: dates are ISO strings). The server builds them in
// core (network/remarks/list-remarks.ts, submit-remark.ts, remark-stats.ts).

/** The answer to a sent remark: its number for the status page and the Open311 token. */
export interface SubmittedRemarkJson {
  publicId: string;
  token: string;
  agencyResponsible: string;
  requestedAt: string;
}

/** What anyone may see of a remark: no reporter data; text, place and photo only once published. */
export interface PublicRemarkJson {
  publicId: string;
  ags: string;
  category: string;
  categoryName: string;
  description: string | null;
  status: RemarkStatus;
  statusNote: string | null;
  agencyResponsible: string;
  lat: number | null;
  long: number | null;
  addressString: string | null;
  hasPhoto: boolean;
  mediaUrl: string | null;
  requestedAt: string;
  updatedAt: string;
}

/** A remark as staff see it; `reporter` only for accounts that handle it (remark:manage). */
export interface StaffRemarkJson extends PublicRemarkJson {
  id: number;
  published: boolean;
  mediaApproved: boolean;
  hasUnapprovedPhoto: boolean;
  descriptionFull: string;
  reporter: {
    kind: 'buerger' | 'experte';
    email: string | null;
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
  } | null;
}

/** One cell of the staff dashboard: remarks by category, month of receipt (YYYY-MM), district and status. */
export interface RemarkCountJson {
  category: string;
  categoryName: string;
  month: string;
  district: string;
  status: RemarkStatus;
  count: number;
}
