import { MEMBERSHIP_STATUSES } from '@asskomm/contracts';
import { municipalities } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { plainText } from '../validation/plain-text';

const isoDate = z.iso.date('Datum im Format JJJJ-MM-TT erwartet').nullable();

/** The ASSKomm fields a municipality, its coach or the LPR maintain. Official fields come from GV100AD only. */
export const ZMunicipalityUpdate = z
  .object({
    membershipStatus: z.enum(MEMBERSHIP_STATUSES),
    membershipSince: isoDate,
    membershipUntil: isoDate,
    isModelMunicipality: z.boolean(),
    agreementDate: isoDate,
    preventionCouncilName: plainText().trim().min(1).max(200).nullable(),
    preventionCouncilFoundedOn: isoDate,
    contacts: z
      .array(
        z.strictObject({
          name: plainText().trim().min(1).max(200),
          role: plainText().trim().max(200),
          email: z.email('ungültige E-Mail-Adresse').max(254).nullable(),
          phone: plainText().trim().max(50).nullable(),
        }),
      )
      .max(50),
  })
  .partial()
  .strict();
export type TMunicipalityUpdate = z.infer<typeof ZMunicipalityUpdate>;

export async function updateMunicipality(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  update: TMunicipalityUpdate,
): Promise<void> {
  assertCan(actor, 'municipality:write', ags);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(municipalities).where(eq(municipalities.ags, ags)).for('update');
    if (!before) throw new AppError('NOT_FOUND', { userMessage: `Keine Kommune mit der AGS ${ags}.` });
    await tx
      .update(municipalities)
      .set({ ...update, updatedAt: new Date() })
      .where(eq(municipalities.ags, ags));
    const changed = Object.fromEntries(
      Object.entries(update).map(([k, v]) => [k, { from: before[k as keyof typeof before] ?? null, to: v }]),
    );
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'municipality',
      entityId: ags,
      ags,
      detail: changed,
    });
  });
}
