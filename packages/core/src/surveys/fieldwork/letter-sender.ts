import { type MunicipalityContact, municipalities } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { CoreContext } from '../../context.ts';
import { plainText } from '../../validation/plain-text.ts';
import { placeName } from '../waves/berlin-date.ts';
import type { LetterSender } from './report-letters.ts';

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
  signatoryName: line(120).min(1).optional(),
  signatoryRole: line(120).optional(),
});
export type TLetterSender = z.infer<typeof ZLetterSender>;

/** The wave's stored sender (survey_waves.sender) as a TLetterSender; anything unreadable counts as unset. */
export function storedSender(value: unknown): TLetterSender {
  const parsed = ZLetterSender.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * The sender of a municipality's letters: the municipality's record (name, postcode, first contact),
 * overlaid by the wave's sender (edited on the wave), overlaid by per-draw overrides. Empty strings in
 * the wave's sender clear a field.
 */
export async function letterSender(
  ctx: Pick<CoreContext, 'db'>,
  ags: string,
  waveSender: TLetterSender = {},
  drawOverrides: TLetterSender = {},
): Promise<{ sender: LetterSender; place: string }> {
  const overrides: TLetterSender = { ...waveSender };
  for (const [key, value] of Object.entries(drawOverrides)) {
    if (value !== undefined) (overrides as Record<string, string>)[key] = value;
  }
  const [m] = await ctx.db
    .select({
      name: municipalities.name,
      gemeindetyp: municipalities.gemeindetyp,
      plz: municipalities.plz,
      contacts: municipalities.contacts,
    })
    .from(municipalities)
    .where(eq(municipalities.ags, ags));
  const place = placeName(m?.name ?? ags);
  const isTown = /stadt/i.test(m?.name ?? '') || /stadt/i.test(m?.gemeindetyp ?? '');
  const contact: MunicipalityContact | undefined = m?.contacts?.[0];
  const municipalityName = overrides.municipalityName ?? `${isTown ? 'Stadt' : 'Gemeinde'} ${place}`;
  const optional = (value: string | null | undefined) => (value ? value : undefined);
  return {
    place,
    sender: {
      municipalityName,
      department: overrides.department ?? 'Kommunale Kriminalprävention',
      street: overrides.street ?? '',
      postalCode: overrides.postalCode ?? m?.plz ?? '',
      city: overrides.city ?? place,
      contactPerson: optional(overrides.contactPerson ?? contact?.name),
      phone: optional(overrides.phone ?? contact?.phone),
      email: optional(overrides.email ?? contact?.email),
      signatoryName: overrides.signatoryName ?? contact?.name ?? municipalityName,
      signatoryRole: overrides.signatoryRole ?? contact?.role ?? 'Kommunale Kriminalprävention',
    },
  };
}
