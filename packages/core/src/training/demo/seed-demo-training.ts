import { TRAINING_COURSES } from '@asskomm/contracts';
import {
  municipalities,
  trainingAttendance,
  trainingCohorts,
  trainingModules,
  trainingParticipants,
} from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../../context';
import { DEMO_AGS } from '../../platform/demo';
import { hashAccessToken, newAccessToken } from '../access-token';

// A demo Beccaria cohort with 27 registrations for 25 places (two on the waiting list), attendance of the
// four modules, and 20 completions. Every person is invented and marked "(fiktiv)"; addresses use the
// reserved example.org domain. They work for the demo municipalities (AGS 149990xx, never a real key).

const FIRST = ['Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Greta', 'Hannes', 'Ida'];
const LAST = ['Beispiel', 'Muster', 'Probe'];
const DEMO_MODULE_DATES = ['2025-03-15', '2025-06-14', '2025-09-13', '2025-11-15'];

/** Idempotent: runs once, recognised by an existing demo cohort; Musterstadt's row serialises two starts. */
export async function seedDemoTraining(ctx: CoreContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx
      .select({ ags: municipalities.ags })
      .from(municipalities)
      .where(eq(municipalities.ags, DEMO_AGS))
      .for('update');
    const [done] = await tx
      .select({ id: trainingCohorts.id })
      .from(trainingCohorts)
      .where(eq(trainingCohorts.isDemo, true))
      .limit(1);
    if (done) return;
    const [cohort] = await tx
      .insert(trainingCohorts)
      .values({
        course: 'beccaria',
        title: 'Beccaria-Durchgang 2025 (Demodaten)',
        startsOn: DEMO_MODULE_DATES[0]!,
        endsOn: DEMO_MODULE_DATES[3]!,
        place: 'Musterstadt, Rathaus',
        capacity: 25,
        isDemo: true,
      })
      .returning();
    const modules = await tx
      .insert(trainingModules)
      .values(
        TRAINING_COURSES.beccaria.modules.map((title, i) => ({
          cohortId: cohort!.id,
          position: i + 1,
          title,
          heldOn: DEMO_MODULE_DATES[i]!,
        })),
      )
      .returning();
    const people = Array.from({ length: 27 }, (_, i) => {
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
      return {
        cohortId: cohort!.id,
        name: `${first} ${last} (fiktiv)`,
        email: `${first}.${last}.${i + 1}@example.org`.toLowerCase(),
        organisation: i % 4 === 0 ? 'Polizeirevier (fiktiv)' : 'Stadtverwaltung (fiktiv)',
        ags: i % 13 === 0 ? DEMO_AGS : `149990${String((i % 12) + 1).padStart(2, '0')}`,
        status: (i < 25 ? 'angemeldet' : 'warteliste') as 'angemeldet' | 'warteliste',
        accessTokenHash: hashAccessToken(newAccessToken(), ctx.secret),
      };
    });
    const rows = await tx
      .insert(trainingParticipants)
      .values(people)
      .returning({ id: trainingParticipants.id });
    // Everyone enrolled attended the first three modules; the first 20 also the fourth (completed).
    const attendance = rows
      .slice(0, 25)
      .flatMap((p, i) =>
        modules
          .filter((m) => m.position < 4 || i < 20)
          .map((m) => ({ participantId: p.id, moduleId: m.id, recordedOn: m.heldOn! })),
      );
    await tx.insert(trainingAttendance).values(attendance);
  });
}
