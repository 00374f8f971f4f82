import type { Participant, ParticipantCreated, ParticipantSelf, ZParticipantInput } from '@asskomm/contracts';
import { municipalities, trainingCohorts, trainingParticipants } from '@asskomm/db';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { accessPath, hashAccessToken, newAccessToken } from './access-token';
import { getCohort } from './cohorts';
import { attendanceOf, completionOf, modulesOf } from './completion';

type Row = typeof trainingParticipants.$inferSelect & { municipalityName: string | null };
type Tx = Pick<CoreContext, 'db'>;

const notFound = (id: number) =>
  new AppError('NOT_FOUND', { userMessage: `Keine Teilnehmerin und kein Teilnehmer mit der Nummer ${id}.` });

async function rows(ctx: Tx, where: ReturnType<typeof eq>): Promise<Row[]> {
  const list = await ctx.db
    .select({ p: trainingParticipants, municipalityName: municipalities.name })
    .from(trainingParticipants)
    .leftJoin(municipalities, eq(municipalities.ags, trainingParticipants.ags))
    .where(where)
    .orderBy(asc(trainingParticipants.id));
  return list.map((r) => ({ ...r.p, municipalityName: r.municipalityName }));
}

/** Participants as the API shows them, with waiting position and completion. */
async function present(ctx: Tx, list: Row[]): Promise<Participant[]> {
  const cohortIds = [...new Set(list.map((p) => p.cohortId))];
  const modules = await modulesOf(ctx, cohortIds);
  const attendance = await attendanceOf(
    ctx,
    list.map((p) => p.id),
  );
  const waitingPlace = new Map<number, number>();
  for (const cohortId of cohortIds) {
    // The waiting list of a cohort is ordered by registration (id); positions count from 1.
    const waiting = (await rows(ctx, eq(trainingParticipants.cohortId, cohortId))).filter(
      (p) => p.status === 'warteliste',
    );
    for (const [i, p] of waiting.entries()) waitingPlace.set(p.id, i + 1);
  }
  return list.map((p) => ({
    id: p.id,
    cohortId: p.cohortId,
    name: p.name,
    email: p.email,
    organisation: p.organisation,
    ags: p.ags,
    municipalityName: p.municipalityName,
    status: p.status,
    waitingPosition: waitingPlace.get(p.id) ?? null,
    ...completionOf(p.status, modules.get(p.cohortId) ?? [], attendance.get(p.id) ?? []),
  }));
}

async function lockCohort(ctx: Tx, cohortId: number) {
  const [cohort] = await ctx.db
    .select()
    .from(trainingCohorts)
    .where(eq(trainingCohorts.id, cohortId))
    .for('update');
  if (!cohort) throw new AppError('NOT_FOUND', { userMessage: `Kein Durchgang mit der Nummer ${cohortId}.` });
  return cohort;
}

/**
 * Enrols a person in a cohort: a free place makes them "angemeldet", a full cohort puts them on the waiting
 * list. The cohort row is locked, so two enrolments at once cannot both take the last place. Answers with
 * the personal access path, shown once.
 */
export async function enrolParticipant(
  ctx: CoreContext,
  actor: Actor,
  cohortId: number,
  input: z.output<typeof ZParticipantInput>,
): Promise<ParticipantCreated> {
  assertCan(actor, 'training:manage');
  const token = newAccessToken();
  const id = await ctx.db.transaction(async (tx) => {
    const t = { db: tx as unknown as CoreContext['db'] };
    const cohort = await lockCohort(t, cohortId);
    if (input.ags) {
      const [m] = await tx
        .select({ ags: municipalities.ags })
        .from(municipalities)
        .where(eq(municipalities.ags, input.ags));
      if (!m)
        throw new AppError('VALIDATION_FAILED', {
          fields: { ags: `Keine Kommune mit der AGS ${input.ags}.` },
        });
    }
    const [duplicate] = await tx
      .select({ id: trainingParticipants.id })
      .from(trainingParticipants)
      .where(and(eq(trainingParticipants.cohortId, cohortId), eq(trainingParticipants.email, input.email)));
    if (duplicate)
      throw new AppError('CONFLICT', {
        userMessage: 'Diese E-Mail-Adresse ist in diesem Durchgang schon angemeldet.',
        fields: { email: 'ist in diesem Durchgang schon angemeldet' },
      });
    const enrolled = (await rows(t, eq(trainingParticipants.cohortId, cohortId))).filter(
      (p) => p.status === 'angemeldet',
    ).length;
    const [row] = await tx
      .insert(trainingParticipants)
      .values({
        cohortId,
        ...input,
        status: enrolled < cohort.capacity ? 'angemeldet' : 'warteliste',
        accessTokenHash: hashAccessToken(token, ctx.secret),
      })
      .returning();
    // No names or addresses in the audit log: the participant's number says who it was.
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'training_participant',
      entityId: row!.id,
      ags: input.ags,
      detail: { cohortId, status: row!.status },
    });
    return row!.id;
  });
  return { participant: await getParticipant(ctx, actor, id), accessPath: accessPath(token) };
}

export async function getParticipant(ctx: CoreContext, actor: Actor, id: number): Promise<Participant> {
  assertCan(actor, 'training:manage');
  const list = await rows(ctx, eq(trainingParticipants.id, id));
  if (list.length === 0) throw notFound(id);
  return (await present(ctx, list))[0]!;
}

export async function listParticipants(
  ctx: CoreContext,
  actor: Actor,
  cohortId: number,
): Promise<Participant[]> {
  assertCan(actor, 'training:manage');
  await getCohort(ctx, actor, cohortId);
  return present(ctx, await rows(ctx, eq(trainingParticipants.cohortId, cohortId)));
}

/**
 * Withdraws a participant. When an enrolled participant withdraws, the first person on the waiting list
 * (the earliest registration) moves up, in the same transaction.
 */
export async function withdrawParticipant(ctx: CoreContext, actor: Actor, id: number): Promise<Participant> {
  assertCan(actor, 'training:manage');
  await ctx.db.transaction(async (tx) => {
    const t = { db: tx as unknown as CoreContext['db'] };
    const [before] = await tx.select().from(trainingParticipants).where(eq(trainingParticipants.id, id));
    if (!before) throw notFound(id);
    await lockCohort(t, before.cohortId);
    if (before.status === 'zurueckgezogen')
      throw new AppError('CONFLICT', { userMessage: `Die Anmeldung Nr. ${id} ist bereits zurückgezogen.` });
    await tx
      .update(trainingParticipants)
      .set({ status: 'zurueckgezogen', withdrawnAt: new Date() })
      .where(eq(trainingParticipants.id, id));
    let movedUp: number | null = null;
    if (before.status === 'angemeldet') {
      const [next] = await tx
        .select({ id: trainingParticipants.id })
        .from(trainingParticipants)
        .where(
          and(
            eq(trainingParticipants.cohortId, before.cohortId),
            eq(trainingParticipants.status, 'warteliste'),
          ),
        )
        .orderBy(asc(trainingParticipants.id))
        .limit(1);
      if (next) {
        await tx
          .update(trainingParticipants)
          .set({ status: 'angemeldet' })
          .where(eq(trainingParticipants.id, next.id));
        movedUp = next.id;
      }
    }
    await recordAudit(tx, actor, {
      action: 'withdraw',
      entity: 'training_participant',
      entityId: id,
      ags: before.ags,
      detail: { cohortId: before.cohortId, from: before.status, movedUp },
    });
  });
  return getParticipant(ctx, actor, id);
}

/** A new personal access link; the old one stops working. */
export async function renewAccessLink(
  ctx: CoreContext,
  actor: Actor,
  id: number,
): Promise<ParticipantCreated> {
  assertCan(actor, 'training:manage');
  const token = newAccessToken();
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(trainingParticipants)
      .set({ accessTokenHash: hashAccessToken(token, ctx.secret) })
      .where(eq(trainingParticipants.id, id))
      .returning({ id: trainingParticipants.id, ags: trainingParticipants.ags });
    if (!row) throw notFound(id);
    await recordAudit(tx, actor, {
      action: 'renew-link',
      entity: 'training_participant',
      entityId: id,
      ags: row.ags,
    });
  });
  return { participant: await getParticipant(ctx, actor, id), accessPath: accessPath(token) };
}

/** The participant's own record, found by the token of their personal link (no account needed). */
export async function getOwnRecord(ctx: CoreContext, token: string): Promise<ParticipantSelf> {
  const list = await rows(ctx, eq(trainingParticipants.accessTokenHash, hashAccessToken(token, ctx.secret)));
  if (list.length === 0)
    throw new AppError('NOT_FOUND', {
      userMessage:
        'Dieser Zugangslink ist ungültig oder wurde ersetzt. Bitte fragen Sie beim Landespräventionsrat einen neuen an.',
    });
  const [participant] = await present(ctx, list);
  return { participant: participant!, cohort: await getCohort(ctx, null, participant!.cohortId) };
}
