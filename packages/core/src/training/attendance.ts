import type { Participant } from '@asskomm/contracts';
import { trainingAttendance, trainingModules, trainingParticipants } from '@asskomm/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { berlinDate } from '../surveys/waves/berlin-date';
import { getParticipant } from './participants';

/** Records (or clears) a participant's attendance of one module of their cohort. */
export async function setAttendance(
  ctx: CoreContext,
  actor: Actor,
  participantId: number,
  moduleId: number,
  attended: boolean,
): Promise<Participant> {
  assertCan(actor, 'training:manage');
  await ctx.db.transaction(async (tx) => {
    const [p] = await tx
      .select()
      .from(trainingParticipants)
      .where(eq(trainingParticipants.id, participantId));
    if (!p)
      throw new AppError('NOT_FOUND', {
        userMessage: `Keine Teilnehmerin und kein Teilnehmer mit der Nummer ${participantId}.`,
      });
    const [module] = await tx
      .select()
      .from(trainingModules)
      .where(and(eq(trainingModules.id, moduleId), eq(trainingModules.cohortId, p.cohortId)));
    if (!module)
      throw new AppError('NOT_FOUND', {
        userMessage: `Das Modul ${moduleId} gehört nicht zu diesem Durchgang.`,
      });
    if (attended && p.status !== 'angemeldet')
      throw new AppError('CONFLICT', {
        userMessage:
          p.status === 'warteliste'
            ? 'Anwesenheit erst nach dem Nachrücken von der Warteliste eintragen.'
            : 'Die Anmeldung ist zurückgezogen; Anwesenheit kann nicht mehr eingetragen werden.',
      });
    if (attended)
      await tx
        .insert(trainingAttendance)
        .values({ participantId, moduleId, recordedOn: berlinDate() })
        .onConflictDoNothing();
    else
      await tx
        .delete(trainingAttendance)
        .where(
          and(eq(trainingAttendance.participantId, participantId), eq(trainingAttendance.moduleId, moduleId)),
        );
    await recordAudit(tx, actor, {
      action: attended ? 'attend' : 'unattend',
      entity: 'training_participant',
      entityId: participantId,
      ags: p.ags,
      detail: { moduleId, module: module.title },
    });
  });
  return getParticipant(ctx, actor, participantId);
}
