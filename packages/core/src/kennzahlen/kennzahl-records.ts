import type { KennzahlKey, KennzahlRecord } from '@asskomm/contracts';
import {
  coachingEngagements,
  consultations,
  cooperationAgreements,
  municipalities,
  preventionCouncils,
  surveyWaves,
  trainingCohorts,
} from '@asskomm/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { completionsOfCohorts } from '../training/completion';

export interface FigureRecord extends KennzahlRecord {
  /** Key by which the figure counts: the municipality for "Kommunen …", the record otherwise. */
  countKey: string;
}

const year = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);
const notDemo = (includeDemo: boolean): SQL | undefined =>
  includeDemo ? undefined : eq(municipalities.isDemo, false);

async function consultationRecords(ctx: CoreContext, includeDemo: boolean): Promise<FigureRecord[]> {
  const rows = await ctx.db
    .select({
      id: consultations.id,
      ags: consultations.ags,
      name: municipalities.name,
      datum: consultations.heldOn,
      topic: consultations.topic,
    })
    .from(consultations)
    .innerJoin(municipalities, eq(municipalities.ags, consultations.ags))
    .where(notDemo(includeDemo));
  return rows.map((r) => ({
    id: `beratung-${r.id}`,
    ags: r.ags,
    municipalityName: r.name,
    jahr: year(r.datum),
    datum: r.datum,
    beschreibung: `Beratung: ${r.topic}`,
    countKey: r.ags,
  }));
}

async function agreementRecords(ctx: CoreContext, includeDemo: boolean): Promise<FigureRecord[]> {
  const rows = await ctx.db
    .select({
      id: cooperationAgreements.id,
      ags: cooperationAgreements.ags,
      name: municipalities.name,
      datum: cooperationAgreements.signedOn,
    })
    .from(cooperationAgreements)
    .innerJoin(municipalities, eq(municipalities.ags, cooperationAgreements.ags))
    .where(notDemo(includeDemo));
  // The municipality's profile may carry the date without a recorded agreement (entered before the
  // network module, or by PATCH): it counts too, once per municipality.
  const fromProfile = await ctx.db
    .select({ ags: municipalities.ags, name: municipalities.name, datum: municipalities.agreementDate })
    .from(municipalities)
    .where(
      and(
        sql`${municipalities.agreementDate} is not null`,
        sql`not exists (select 1 from ${cooperationAgreements} a where a.ags = ${municipalities.ags})`,
        notDemo(includeDemo),
      ),
    );
  return [
    ...rows.map((r) => ({
      id: `vereinbarung-${r.id}`,
      ags: r.ags,
      municipalityName: r.name,
      jahr: year(r.datum),
      datum: r.datum,
      beschreibung: 'Kooperationsvereinbarung unterzeichnet',
      countKey: r.ags,
    })),
    ...fromProfile.map((r) => ({
      id: `vereinbarung-profil-${r.ags}`,
      ags: r.ags,
      municipalityName: r.name,
      jahr: year(r.datum),
      datum: r.datum,
      beschreibung: 'Kooperationsvereinbarung (Datum im Kommunenprofil)',
      countKey: r.ags,
    })),
  ];
}

async function councilRecords(ctx: CoreContext, includeDemo: boolean): Promise<FigureRecord[]> {
  const rows = await ctx.db
    .select({
      id: preventionCouncils.id,
      ags: preventionCouncils.ags,
      name: municipalities.name,
      council: preventionCouncils.name,
      datum: sql<string>`coalesce(${preventionCouncils.foundedOn}, (${preventionCouncils.createdAt} at time zone 'Europe/Berlin')::date)::text`,
    })
    .from(preventionCouncils)
    .innerJoin(municipalities, eq(municipalities.ags, preventionCouncils.ags))
    .where(notDemo(includeDemo));
  const fromProfile = await ctx.db
    .select({
      ags: municipalities.ags,
      name: municipalities.name,
      council: municipalities.preventionCouncilName,
      datum: municipalities.preventionCouncilFoundedOn,
    })
    .from(municipalities)
    .where(
      and(
        sql`${municipalities.preventionCouncilName} is not null`,
        sql`not exists (select 1 from ${preventionCouncils} c where c.ags = ${municipalities.ags})`,
        notDemo(includeDemo),
      ),
    );
  return [
    ...rows.map((r) => ({
      id: `rat-${r.id}`,
      ags: r.ags,
      municipalityName: r.name,
      jahr: year(r.datum),
      datum: r.datum,
      beschreibung: r.council,
      countKey: r.ags,
    })),
    ...fromProfile.map((r) => ({
      id: `rat-profil-${r.ags}`,
      ags: r.ags,
      municipalityName: r.name,
      jahr: year(r.datum),
      datum: r.datum,
      beschreibung: `${r.council} (im Kommunenprofil)`,
      countKey: r.ags,
    })),
  ];
}

async function coachingRecords(ctx: CoreContext, includeDemo: boolean): Promise<FigureRecord[]> {
  const rows = await ctx.db
    .select({
      id: coachingEngagements.id,
      ags: coachingEngagements.ags,
      name: municipalities.name,
      jahr: coachingEngagements.year,
      topic: coachingEngagements.topic,
    })
    .from(coachingEngagements)
    .innerJoin(municipalities, eq(municipalities.ags, coachingEngagements.ags))
    .where(notDemo(includeDemo));
  return rows.map((r) => ({
    id: `coaching-${r.id}`,
    ags: r.ags,
    municipalityName: r.name,
    jahr: r.jahr,
    datum: null,
    beschreibung: `Coaching: ${r.topic}`,
    countKey: r.ags,
  }));
}

async function qualifiedRecords(ctx: CoreContext, includeDemo: boolean): Promise<FigureRecord[]> {
  const cohorts = await ctx.db
    .select({ id: trainingCohorts.id, title: trainingCohorts.title })
    .from(trainingCohorts)
    .where(
      and(
        eq(trainingCohorts.course, 'beccaria'),
        includeDemo ? undefined : eq(trainingCohorts.isDemo, false),
      ),
    );
  const titles = new Map(cohorts.map((c) => [c.id, c.title]));
  const done = (await completionsOfCohorts(ctx, [...titles.keys()])).filter((c) => c.completion.completed);
  const names = new Map(
    (
      await ctx.db
        .select({ ags: municipalities.ags, name: municipalities.name })
        .from(municipalities)
        .where(sql`${municipalities.ags} in (select ags from training_participants where ags is not null)`)
    ).map((m) => [m.ags, m.name]),
  );
  // No names of people: a qualified Fachkraft is shown by cohort and municipality only.
  return done.map((c) => ({
    id: `fachkraft-${c.participantId}`,
    ags: c.ags,
    municipalityName: c.ags ? (names.get(c.ags) ?? null) : null,
    jahr: year(c.completion.completedOn),
    datum: c.completion.completedOn,
    beschreibung: `Fachkraft für Kriminalprävention (${titles.get(c.cohortId)})`,
    countKey: `p${c.participantId}`,
  }));
}

async function analysisRecords(ctx: CoreContext, includeDemo: boolean): Promise<FigureRecord[]> {
  const rows = await ctx.db
    .select({
      id: surveyWaves.id,
      ags: surveyWaves.ags,
      name: municipalities.name,
      title: surveyWaves.title,
      datum: sql<string>`coalesce(${surveyWaves.fieldEnd}, ${surveyWaves.fieldStart}, (${surveyWaves.createdAt} at time zone 'Europe/Berlin')::date)::text`,
    })
    .from(surveyWaves)
    .innerJoin(municipalities, eq(municipalities.ags, surveyWaves.ags))
    .where(
      and(
        eq(surveyWaves.status, 'ausgewertet'),
        includeDemo ? undefined : and(eq(municipalities.isDemo, false), eq(surveyWaves.isDemo, false)),
      ),
    );
  return rows.map((r) => ({
    id: `befragung-${r.id}`,
    ags: r.ags,
    municipalityName: r.name,
    jahr: year(r.datum),
    datum: r.datum,
    beschreibung: `Sicherheitsanalyse: ${r.title}`,
    countKey: `w${r.id}`,
  }));
}

async function fundingRecords(ctx: CoreContext, includeDemo: boolean): Promise<FigureRecord[] | null> {
  if (!ctx.fundingFigures) return null;
  const rows = await ctx.fundingFigures(ctx, { includeDemo });
  return rows.map((r, i) => ({ ...r, id: `foerderung-${i}`, countKey: `f${i}` }));
}

/** The records behind one figure; null for the grants while no funding module supplies them. */
export async function figureRecords(
  ctx: CoreContext,
  figure: KennzahlKey,
  includeDemo: boolean,
): Promise<FigureRecord[] | null> {
  switch (figure) {
    case 'kommunen_beraten':
      return consultationRecords(ctx, includeDemo);
    case 'kooperationsvereinbarungen':
      return agreementRecords(ctx, includeDemo);
    case 'praeventionsraete':
      return councilRecords(ctx, includeDemo);
    case 'kommunen_gecoacht':
      return coachingRecords(ctx, includeDemo);
    case 'fachkraefte_qualifiziert':
      return qualifiedRecords(ctx, includeDemo);
    case 'sicherheitsanalysen':
      return analysisRecords(ctx, includeDemo);
    case 'foerdermittel_bewilligt_cent':
      return fundingRecords(ctx, includeDemo);
  }
}
