import { type TLetterSender, ZLetterSender } from '@asskomm/contracts';
import { type MunicipalityContact, municipalities } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../../context.ts';
import { placeName } from '../waves/berlin-date.ts';
import type { LetterSender } from './report-letters.ts';

export { type TLetterSender, ZLetterSender } from '@asskomm/contracts';

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
