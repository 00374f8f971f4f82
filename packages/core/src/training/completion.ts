import type { TrainingModule } from '@asskomm/contracts';
import { trainingAttendance, trainingModules, trainingParticipants } from '@asskomm/db';
import { asc, inArray } from 'drizzle-orm';
import type { CoreContext } from '../context';

export interface Completion {
  attendedModuleIds: number[];
  completed: boolean;
  /** The day of the last module (its date, else the day attendance was recorded). */
  completedOn: string | null;
}

/**
 * The completion rule, in one place: a participant who is enrolled (not waiting, not withdrawn) and
 * attended every module of the cohort has completed it.
 */
export function completionOf(
  status: string,
  modules: TrainingModule[],
  attendance: { moduleId: number; recordedOn: string }[],
): Completion {
  const attended = new Map(attendance.map((a) => [a.moduleId, a.recordedOn]));
  const attendedModuleIds = modules.filter((m) => attended.has(m.id)).map((m) => m.id);
  const completed =
    status === 'angemeldet' && modules.length > 0 && attendedModuleIds.length === modules.length;
  const completedOn = completed
    ? (modules
        .map((m) => m.heldOn ?? attended.get(m.id)!)
        .sort()
        .at(-1) ?? null)
    : null;
  return { attendedModuleIds, completed, completedOn };
}

/** Attendance rows of the given participants, by participant id. */
export async function attendanceOf(
  ctx: Pick<CoreContext, 'db'>,
  participantIds: number[],
): Promise<Map<number, { moduleId: number; recordedOn: string }[]>> {
  const map = new Map<number, { moduleId: number; recordedOn: string }[]>(
    participantIds.map((id) => [id, []]),
  );
  if (participantIds.length === 0) return map;
  const rows = await ctx.db
    .select()
    .from(trainingAttendance)
    .where(inArray(trainingAttendance.participantId, participantIds));
  for (const r of rows) map.get(r.participantId)?.push({ moduleId: r.moduleId, recordedOn: r.recordedOn });
  return map;
}

/** Modules of each cohort, by cohort id, in order. */
export async function modulesOf(
  ctx: Pick<CoreContext, 'db'>,
  cohortIds: number[],
): Promise<Map<number, TrainingModule[]>> {
  const byCohort = new Map<number, TrainingModule[]>(cohortIds.map((id) => [id, []]));
  if (cohortIds.length === 0) return byCohort;
  const rows = await ctx.db
    .select()
    .from(trainingModules)
    .where(inArray(trainingModules.cohortId, cohortIds))
    .orderBy(asc(trainingModules.cohortId), asc(trainingModules.position));
  for (const r of rows)
    byCohort.get(r.cohortId)?.push({ id: r.id, position: r.position, title: r.title, heldOn: r.heldOn });
  return byCohort;
}

/** Completions of every enrolled participant of the given cohorts (for counts and key figures). */
export async function completionsOfCohorts(
  ctx: Pick<CoreContext, 'db'>,
  cohortIds: number[],
): Promise<{ participantId: number; cohortId: number; ags: string | null; completion: Completion }[]> {
  if (cohortIds.length === 0) return [];
  const participants = await ctx.db
    .select({
      id: trainingParticipants.id,
      cohortId: trainingParticipants.cohortId,
      ags: trainingParticipants.ags,
      status: trainingParticipants.status,
    })
    .from(trainingParticipants)
    .where(inArray(trainingParticipants.cohortId, cohortIds));
  const enrolled = participants.filter((p) => p.status === 'angemeldet');
  const modules = await modulesOf(ctx, cohortIds);
  const attendance = await attendanceOf(
    ctx,
    enrolled.map((p) => p.id),
  );
  return enrolled.map((p) => ({
    participantId: p.id,
    cohortId: p.cohortId,
    ags: p.ags,
    completion: completionOf(p.status, modules.get(p.cohortId) ?? [], attendance.get(p.id) ?? []),
  }));
}
