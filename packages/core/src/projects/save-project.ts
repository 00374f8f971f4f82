import type { TProject, TProjectUpdate } from '@asskomm/contracts';
import { coachingEngagements, preventionProjects } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { requireMunicipality } from '../network/municipality-exists';
import { loadProject, type ProjectRow } from './project-row';

/** A linked coaching must belong to the same municipality (else the link would leak another's record). */
async function checkCoachingLink(ctx: CoreContext, ags: string, coachingId: number | null): Promise<void> {
  if (coachingId == null) return;
  const [row] = await ctx.db
    .select({ ags: coachingEngagements.ags })
    .from(coachingEngagements)
    .where(eq(coachingEngagements.id, coachingId));
  if (!row || row.ags !== ags)
    throw new AppError('VALIDATION_FAILED', {
      fields: { coachingId: `Kein Coaching mit der Nummer ${coachingId} für diese Kommune.` },
    });
}

function checkDates(input: { startsOn: string | null; endsOn: string | null }): void {
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
    throw new AppError('VALIDATION_FAILED', {
      fields: { endsOn: `Das Projektende (${input.endsOn}) liegt vor dem Beginn (${input.startsOn}).` },
    });
}

export async function createProject(
  ctx: CoreContext,
  actor: Actor,
  input: TProject,
  options: { isDemo?: boolean } = {},
): Promise<ProjectRow> {
  assertCan(actor, 'project:write', input.ags);
  await requireMunicipality(ctx, input.ags);
  checkDates(input);
  await checkCoachingLink(ctx, input.ags, input.coachingId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(preventionProjects)
      .values({ ...input, isDemo: options.isDemo ?? false })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'project',
      entityId: row!.id,
      ags: input.ags,
      detail: { title: input.title },
    });
    return row!;
  });
}

export async function updateProject(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  update: TProjectUpdate,
): Promise<ProjectRow> {
  const before = await loadProject(ctx, id);
  assertCan(actor, 'project:write', before.ags);
  checkDates(update);
  await checkCoachingLink(ctx, before.ags, update.coachingId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(preventionProjects)
      .set({ ...update, updatedAt: new Date() })
      .where(eq(preventionProjects.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'project',
      entityId: id,
      ags: before.ags,
      detail: { title: update.title, status: { from: before.status, to: update.status } },
    });
    return row!;
  });
}
