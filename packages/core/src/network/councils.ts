import type { TCouncilInput, TCouncilMeetingInput, TCouncilMemberInput } from '@asskomm/contracts';
import { councilMeetings, councilMembers, municipalities, preventionCouncils } from '@asskomm/db';
import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { requireMunicipality } from './municipality-exists';
import { listOpenRemarks, type RemarkSummary } from './remarks/list-remarks';

export type Council = typeof preventionCouncils.$inferSelect;
export type CouncilMember = typeof councilMembers.$inferSelect;
export type CouncilMeeting = typeof councilMeetings.$inferSelect;

/**
 * What everyone who may read the council gets. The members' names and contacts are personal data and
 * come only from listCouncilMembers, which the pages call only for those allowed to see them.
 */
export interface CouncilView {
  council: Council;
  memberCount: number;
  meetings: CouncilMeeting[];
  /** Remarks not yet settled, for the meeting agenda (without reporters' data). */
  openRemarks: RemarkSummary[];
}

/** Founds a council or updates its name and dates (reactivation); keeps the municipality's summary in step. */
export async function saveCouncil(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  input: TCouncilInput,
): Promise<Council> {
  assertCan(actor, 'council:write', ags);
  await requireMunicipality(ctx, ags);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(preventionCouncils)
      .values({ ags, ...input })
      .onConflictDoUpdate({ target: preventionCouncils.ags, set: input })
      .returning();
    await tx
      .update(municipalities)
      .set({
        preventionCouncilName: input.name,
        preventionCouncilFoundedOn: input.foundedOn,
        updatedAt: new Date(),
      })
      .where(eq(municipalities.ags, ags));
    await recordAudit(tx, actor, {
      action: 'save',
      entity: 'council',
      entityId: row!.id,
      ags,
      detail: input,
    });
    return row!;
  });
}

async function loadCouncil(ctx: CoreContext, ags: string): Promise<Council> {
  const [row] = await ctx.db.select().from(preventionCouncils).where(eq(preventionCouncils.ags, ags));
  if (!row)
    throw new AppError('NOT_FOUND', {
      userMessage: `Für die Kommune ${ags} ist kein Präventionsrat angelegt.`,
    });
  return row;
}

export async function getCouncil(ctx: CoreContext, actor: Actor, ags: string): Promise<CouncilView> {
  assertCan(actor, 'council:read', ags);
  const council = await loadCouncil(ctx, ags);
  const [{ memberCount }] = (await ctx.db
    .select({ memberCount: sql<number>`count(*)::int` })
    .from(councilMembers)
    .where(eq(councilMembers.councilId, council.id))) as [{ memberCount: number }];
  const meetings = await ctx.db
    .select()
    .from(councilMeetings)
    .where(eq(councilMeetings.councilId, council.id))
    .orderBy(desc(councilMeetings.heldOn));
  return {
    council,
    memberCount,
    meetings,
    openRemarks: await listOpenRemarks(ctx, ags),
  };
}

/** The council's members with their contact data: only for the council's municipality and the LPR. */
export async function listCouncilMembers(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
): Promise<CouncilMember[]> {
  assertCan(actor, 'council:read-members', ags);
  const council = await loadCouncil(ctx, ags);
  return ctx.db
    .select()
    .from(councilMembers)
    .where(eq(councilMembers.councilId, council.id))
    .orderBy(councilMembers.role, councilMembers.name);
}

export async function addCouncilMember(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  input: TCouncilMemberInput,
): Promise<CouncilMember> {
  assertCan(actor, 'council:write', ags);
  assertCan(actor, 'council:read-members', ags);
  const council = await loadCouncil(ctx, ags);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(councilMembers)
      .values({ councilId: council.id, ...input })
      .returning();
    // The audit log names the role only: it is read by people who may not see members' data.
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'council-member',
      entityId: row!.id,
      ags,
      detail: { role: input.role },
    });
    return row!;
  });
}

export async function removeCouncilMember(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  memberId: number,
): Promise<void> {
  assertCan(actor, 'council:write', ags);
  assertCan(actor, 'council:read-members', ags);
  const council = await loadCouncil(ctx, ags);
  await ctx.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(councilMembers)
      .where(and(eq(councilMembers.id, memberId), eq(councilMembers.councilId, council.id)))
      .returning({ id: councilMembers.id });
    if (deleted.length === 0)
      throw new AppError('NOT_FOUND', {
        userMessage: `Kein Mitglied mit der Nummer ${memberId} in diesem Rat.`,
      });
    await recordAudit(tx, actor, { action: 'delete', entity: 'council-member', entityId: memberId, ags });
  });
}

export async function recordCouncilMeeting(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  input: TCouncilMeetingInput,
): Promise<CouncilMeeting> {
  assertCan(actor, 'council:write', ags);
  const council = await loadCouncil(ctx, ags);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(councilMeetings)
      .values({ councilId: council.id, ...input })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'council-meeting',
      entityId: row!.id,
      ags,
      detail: { heldOn: input.heldOn },
    });
    return row!;
  });
}
