import { type TEventInput, ZEventInput } from '@asskomm/contracts';
import { eventRegistrations, networkEvents, users } from '@asskomm/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan, can } from '../../auth/authorize';
import type { Actor, CoreContext } from '../../context';
import { AppError } from '../../errors';
import { parseInput } from '../../parse-input';

export interface NetworkEvent {
  id: number;
  title: string;
  startsAt: Date;
  place: string;
  description: string;
  capacity: number;
  registrationUntil: string | null;
  registered: number;
  waiting: number;
  /** The signed-in account's own registration. */
  myStatus: 'angemeldet' | 'warteliste' | null;
}

export async function createNetworkEvent(ctx: CoreContext, actor: Actor, input: TEventInput) {
  assertCan(actor, 'knowledge:manage');
  const values = parseInput(ZEventInput, input);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(networkEvents)
      .values({ ...values, startsAt: new Date(values.startsAt) })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'event',
      entityId: row!.id,
      detail: { title: values.title },
    });
    return row!;
  });
}

export async function listNetworkEvents(ctx: CoreContext, actor: Actor): Promise<NetworkEvent[]> {
  const rows = await ctx.db
    .select({
      e: networkEvents,
      registered: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'angemeldet')::int`,
      waiting: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'warteliste')::int`,
      mine: sql<
        'angemeldet' | 'warteliste' | null
      >`max(case when ${eventRegistrations.userId} = ${actor.id} then ${eventRegistrations.status} end)`,
    })
    .from(networkEvents)
    .leftJoin(eventRegistrations, eq(eventRegistrations.eventId, networkEvents.id))
    .groupBy(networkEvents.id)
    .orderBy(asc(networkEvents.startsAt));
  return rows.map((r) => ({ ...r.e, registered: r.registered, waiting: r.waiting, myStatus: r.mine }));
}

/**
 * Registers the signed-in account. The event row is locked, so two registrations for the last seat
 * cannot both get it: the later one goes on the waiting list.
 */
export async function registerForEvent(ctx: CoreContext, actor: Actor, eventId: number) {
  return ctx.db.transaction(async (tx) => {
    const [event] = await tx.select().from(networkEvents).where(eq(networkEvents.id, eventId)).for('update');
    if (!event)
      throw new AppError('NOT_FOUND', { userMessage: `Keine Veranstaltung mit der Nummer ${eventId}.` });
    const today = new Date().toISOString().slice(0, 10);
    if (event.registrationUntil && today > event.registrationUntil)
      throw new AppError('CONFLICT', {
        userMessage: `Die Anmeldung war bis ${event.registrationUntil} möglich.`,
      });
    const [{ taken }] = (await tx
      .select({ taken: sql<number>`count(*)::int` })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'angemeldet')))) as [
      { taken: number },
    ];
    const status = taken < event.capacity ? ('angemeldet' as const) : ('warteliste' as const);
    const [row] = await tx
      .insert(eventRegistrations)
      .values({ eventId, userId: actor.id, status })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw new AppError('CONFLICT', { userMessage: 'Sie sind für diese Veranstaltung bereits angemeldet.' });
    await recordAudit(tx, actor, {
      action: 'register',
      entity: 'event',
      entityId: eventId,
      detail: { status },
    });
    return row;
  });
}

/** Cancels the own registration; the first on the waiting list moves up. */
export async function cancelEventRegistration(
  ctx: CoreContext,
  actor: Actor,
  eventId: number,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx
      .select({ id: networkEvents.id })
      .from(networkEvents)
      .where(eq(networkEvents.id, eventId))
      .for('update');
    const [removed] = await tx
      .delete(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, actor.id)))
      .returning();
    if (!removed)
      throw new AppError('NOT_FOUND', { userMessage: 'Sie sind für diese Veranstaltung nicht angemeldet.' });
    if (removed.status === 'angemeldet') {
      const [next] = await tx
        .select({ id: eventRegistrations.id })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'warteliste')))
        .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id))
        .limit(1);
      if (next)
        await tx
          .update(eventRegistrations)
          .set({ status: 'angemeldet' })
          .where(eq(eventRegistrations.id, next.id));
    }
    await recordAudit(tx, actor, { action: 'cancel', entity: 'event', entityId: eventId });
  });
}

/** The participant list, for the LPR. */
export async function listEventRegistrations(ctx: CoreContext, actor: Actor, eventId: number) {
  if (!can(actor, 'knowledge:manage')) throw new AppError('FORBIDDEN');
  return ctx.db
    .select({
      name: users.name,
      email: users.email,
      ags: users.ags,
      status: eventRegistrations.status,
      createdAt: eventRegistrations.createdAt,
    })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
}
