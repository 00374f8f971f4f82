import {
  type CohortSummary,
  TRAINING_COURSES,
  type TrainingCourse,
  type ZCohortInput,
} from '@asskomm/contracts';
import { trainingCohorts, trainingModules, trainingParticipants } from '@asskomm/db';
import { eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';
import { completionsOfCohorts, modulesOf } from './completion';

type Cohort = typeof trainingCohorts.$inferSelect;

/** Creates a cohort with its modules (the Beccaria course always gets its four). Audited. */
export async function createCohort(
  ctx: CoreContext,
  actor: Actor,
  input: z.output<typeof ZCohortInput>,
): Promise<CohortSummary> {
  assertCan(actor, 'training:manage');
  const fixed = TRAINING_COURSES[input.course].modules;
  const modules = input.modules ?? (fixed ?? []).map((title) => ({ title, heldOn: null }));
  const id = await ctx.db.transaction(async (tx) => {
    const [cohort] = await tx
      .insert(trainingCohorts)
      .values({
        course: input.course,
        title: input.title,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        place: input.place,
        capacity: input.capacity,
      })
      .returning();
    await tx
      .insert(trainingModules)
      .values(modules.map((m, i) => ({ cohortId: cohort!.id, position: i + 1, ...m })));
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'training_cohort',
      entityId: cohort!.id,
      detail: { course: input.course, title: input.title, capacity: input.capacity },
    });
    return cohort!.id;
  });
  return getCohort(ctx, actor, id);
}

async function summaries(ctx: CoreContext, cohorts: Cohort[]): Promise<CohortSummary[]> {
  const ids = cohorts.map((c) => c.id);
  const modules = await modulesOf(ctx, ids);
  const counts =
    ids.length === 0
      ? []
      : await ctx.db
          .select({
            cohortId: trainingParticipants.cohortId,
            enrolled: sql<number>`(count(*) filter (where ${trainingParticipants.status} = 'angemeldet'))::int`,
            waiting: sql<number>`(count(*) filter (where ${trainingParticipants.status} = 'warteliste'))::int`,
          })
          .from(trainingParticipants)
          .where(inArray(trainingParticipants.cohortId, ids))
          .groupBy(trainingParticipants.cohortId);
  const completed = new Map<number, number>();
  for (const c of await completionsOfCohorts(ctx, ids))
    if (c.completion.completed) completed.set(c.cohortId, (completed.get(c.cohortId) ?? 0) + 1);
  return cohorts.map((c) => {
    const n = counts.find((x) => x.cohortId === c.id);
    return {
      id: c.id,
      course: c.course as TrainingCourse,
      courseTitle: TRAINING_COURSES[c.course as TrainingCourse]?.title ?? c.course,
      title: c.title,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      place: c.place,
      capacity: c.capacity,
      isDemo: c.isDemo,
      enrolled: n?.enrolled ?? 0,
      waiting: n?.waiting ?? 0,
      completed: completed.get(c.id) ?? 0,
      modules: modules.get(c.id) ?? [],
    };
  });
}

/** Every cohort, newest first, without personal data (any signed-in account). */
export async function listCohorts(ctx: CoreContext): Promise<CohortSummary[]> {
  const cohorts = await ctx.db
    .select()
    .from(trainingCohorts)
    .orderBy(sql`${trainingCohorts.startsOn} desc`, sql`${trainingCohorts.id} desc`);
  return summaries(ctx, cohorts);
}

export async function getCohort(ctx: CoreContext, _actor: Actor | null, id: number): Promise<CohortSummary> {
  const [cohort] = await ctx.db.select().from(trainingCohorts).where(eq(trainingCohorts.id, id));
  if (!cohort) throw new AppError('NOT_FOUND', { userMessage: `Kein Durchgang mit der Nummer ${id}.` });
  return (await summaries(ctx, [cohort]))[0]!;
}
