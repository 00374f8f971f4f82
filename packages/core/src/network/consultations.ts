import type { TConsultationInput } from '@asskomm/contracts';
import { consultations } from '@asskomm/db';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { requireMunicipality } from './municipality-exists';

export type Consultation = typeof consultations.$inferSelect;

/** Records an LPR consultation of a municipality (audited). */
export async function recordConsultation(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  input: TConsultationInput,
): Promise<Consultation> {
  assertCan(actor, 'network:write', ags);
  await requireMunicipality(ctx, ags);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(consultations)
      .values({ ags, ...input })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'consultation',
      entityId: row!.id,
      ags,
      detail: { heldOn: input.heldOn, topic: input.topic },
    });
    return row!;
  });
}

export async function listConsultations(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
): Promise<Consultation[]> {
  assertCan(actor, 'network:read', ags);
  return ctx.db
    .select()
    .from(consultations)
    .where(eq(consultations.ags, ags))
    .orderBy(desc(consultations.heldOn));
}
