import type { Participant } from '@asskomm/contracts';
import { formatGermanDate, renderCertificatePdf } from '@asskomm/report';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { berlinDate } from '../surveys/waves/berlin-date';
import { getCohort } from './cohorts';
import { getOwnRecord, getParticipant } from './participants';

export interface Certificate {
  fileName: string;
  pdf: Uint8Array;
}

async function certificateFor(ctx: CoreContext, participant: Participant): Promise<Certificate> {
  const cohort = await getCohort(ctx, null, participant.cohortId);
  if (!participant.completed || !participant.completedOn) {
    const missing = cohort.modules
      .filter((m) => !participant.attendedModuleIds.includes(m.id))
      .map((m) => m.title);
    throw new AppError('CONFLICT', {
      userMessage:
        participant.status !== 'angemeldet'
          ? 'Ein Zertifikat gibt es nur für angemeldete Teilnehmende, nicht auf der Warteliste oder nach einem Rückzug.'
          : `Das Zertifikat gibt es erst nach dem Besuch aller Module. Es fehlt: ${missing.join(', ')}.`,
    });
  }
  const attended = new Map(cohort.modules.map((m) => [m.id, m]));
  const pdf = renderCertificatePdf({
    number: `${cohort.id}-${participant.id}`,
    name: participant.name,
    courseTitle: cohort.courseTitle,
    cohortTitle: cohort.title,
    place: cohort.place,
    qualification: cohort.course === 'beccaria' ? 'Fachkraft für Kriminalprävention' : null,
    modules: cohort.modules.map((m) => ({
      position: m.position,
      title: m.title,
      date: attended.get(m.id)?.heldOn ? formatGermanDate(attended.get(m.id)!.heldOn!) : 'besucht',
    })),
    completedOn: formatGermanDate(participant.completedOn),
    issuedOn: formatGermanDate(berlinDate()),
    issuer: 'Landespräventionsrat Sachsen',
  });
  // The file name carries numbers only: names stay out of download folders' listings and proxies' logs.
  return { fileName: `zertifikat-${cohort.id}-${participant.id}.pdf`, pdf };
}

/** The certificate of a participant who completed every module (LPR). */
export async function participantCertificate(
  ctx: CoreContext,
  actor: Actor,
  id: number,
): Promise<Certificate> {
  assertCan(actor, 'training:manage');
  const certificate = await certificateFor(ctx, await getParticipant(ctx, actor, id));
  await recordAudit(ctx.db, actor, { action: 'certificate', entity: 'training_participant', entityId: id });
  return certificate;
}

/** The participant's own certificate, through their personal access link. */
export async function ownCertificate(ctx: CoreContext, token: string): Promise<Certificate> {
  const { participant } = await getOwnRecord(ctx, token);
  return certificateFor(ctx, participant);
}
