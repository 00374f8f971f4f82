import { preventionCouncils } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { Actor, CoreContext } from '../context';
import { getMunicipality } from '../municipalities/get-municipality';
import { listAgreements } from './agreements';
import { listCoaching } from './coaching';
import { listConsultations } from './consultations';

export type TimelineEntry =
  | { kind: 'consultation'; date: string; id: number; title: string; detail: string }
  | { kind: 'agreement'; date: string; id: number; title: string; detail: string }
  | { kind: 'coaching'; date: string; id: number; title: string; detail: string }
  | { kind: 'council'; date: string; id: null; title: string; detail: string }
  | { kind: 'membership'; date: string; id: null; title: string; detail: string };

/** A municipality's way through the alliance, newest first: consultations, agreement, coaching, council. */
export async function getMembershipTimeline(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
): Promise<TimelineEntry[]> {
  const [municipality, consultations, agreements, coaching, councils] = await Promise.all([
    getMunicipality(ctx, actor, ags),
    listConsultations(ctx, actor, ags),
    listAgreements(ctx, actor, ags),
    listCoaching(ctx, actor, ags),
    ctx.db
      .select({ name: preventionCouncils.name, reactivatedOn: preventionCouncils.reactivatedOn })
      .from(preventionCouncils)
      .where(eq(preventionCouncils.ags, ags)),
  ]);
  const entries: TimelineEntry[] = [
    ...consultations.map((c) => ({
      kind: 'consultation' as const,
      date: c.heldOn,
      id: c.id,
      title: `Beratung: ${c.topic}`,
      detail: c.advisor,
    })),
    ...agreements.map((a) => ({
      kind: 'agreement' as const,
      date: a.signedOn,
      id: a.id,
      title: 'Kooperationsvereinbarung unterzeichnet',
      detail: a.parties.join(', '),
    })),
    ...coaching.map((c) => ({
      kind: 'coaching' as const,
      date: `${c.year}-01-01`,
      id: c.id,
      title: `Coaching ${c.year}: ${c.topic}`,
      detail: `${c.coachName}, ${c.hours.toLocaleString('de-DE')} Stunden`,
    })),
  ];
  if (municipality.preventionCouncil.foundedOn)
    entries.push({
      kind: 'council',
      date: municipality.preventionCouncil.foundedOn,
      id: null,
      title: 'Präventionsrat gegründet',
      detail: municipality.preventionCouncil.name ?? '',
    });
  const reactivatedOn = councils[0]?.reactivatedOn;
  if (reactivatedOn)
    entries.push({
      kind: 'council',
      date: reactivatedOn,
      id: null,
      title: 'Präventionsrat reaktiviert',
      detail: councils[0]!.name,
    });
  if (municipality.membership.since)
    entries.push({
      kind: 'membership',
      date: municipality.membership.since,
      id: null,
      title: 'Mitglied der Allianz',
      detail: '',
    });
  return entries.sort((a, b) => b.date.localeCompare(a.date));
}
