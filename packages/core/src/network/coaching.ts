import type { TCoachingInput, TCoachingUpdate } from '@asskomm/contracts';
import { coachingEngagements } from '@asskomm/db';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { requireMunicipality } from './municipality-exists';

export type CoachingEngagement = typeof coachingEngagements.$inferSelect;

export async function createCoaching(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  input: TCoachingInput,
): Promise<CoachingEngagement> {
  assertCan(actor, 'network:write', ags);
  await requireMunicipality(ctx, ags);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(coachingEngagements)
      .values({ ags, ...input })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'coaching',
      entityId: row!.id,
      ags,
      detail: { year: input.year, topic: input.topic, coach: input.coachName },
    });
    return row!;
  });
}

/** Updates an engagement (e.g. a coach ticks off a milestone); only for the municipality's editors. */
export async function updateCoaching(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  update: TCoachingUpdate,
): Promise<CoachingEngagement> {
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(coachingEngagements)
      .where(eq(coachingEngagements.id, id))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND', { userMessage: `Kein Coaching mit der Nummer ${id}.` });
    assertCan(actor, 'network:write', before.ags);
    const [row] = await tx
      .update(coachingEngagements)
      .set(update)
      .where(eq(coachingEngagements.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'coaching',
      entityId: id,
      ags: before.ags,
      detail: Object.fromEntries(
        Object.keys(update).map((k) => [
          k,
          { from: before[k as keyof CoachingEngagement], to: update[k as keyof TCoachingUpdate] },
        ]),
      ),
    });
    return row!;
  });
}

export async function listCoaching(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
): Promise<CoachingEngagement[]> {
  assertCan(actor, 'network:read', ags);
  return ctx.db
    .select()
    .from(coachingEngagements)
    .where(eq(coachingEngagements.ags, ags))
    .orderBy(desc(coachingEngagements.year), desc(coachingEngagements.id));
}
