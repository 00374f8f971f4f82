/**
 * Demo seed (DEMO_SEEDS): a finished survey wave for "Musterstadt (Demodaten)" with population margins,
 * a sample record, the counts of issued and used access codes by district and about 450 synthetic responses from the
 * seeded generator (synthetic/generate-demo-wave.ts), status 'ausgewertet'. Idempotent: it does nothing
 * when the municipality already has a demo wave (checked under an advisory lock, so two processes starting
 * at once do not both seed).
 */
import { surveyCodeCounts, surveyMargins, surveyResponses, surveySampleRuns, surveyWaves } from '@asskomm/db';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import { type CoreContext, SYSTEM_ACTOR } from '../../context.ts';
import { questionnaireVersionHash } from '../questionnaire/questionnaire-version-hash.ts';
import { resolveCodebook } from '../questionnaire/resolve-codebook.ts';
import { fnv1a32 } from '../sample/create-rng.ts';
import { DEMO_MUNICIPALITY } from '../synthetic/demo-municipality.ts';
import { generateDemoWave } from '../synthetic/generate-demo-wave.ts';
import { addDays } from '../waves/berlin-date.ts';

export const DEMO_WAVE_TITLE = 'Bürgerbefragung Sicherheit 2026';

/** A demo wave: its title, generator seed, field start and fear shift (issue 11: an earlier wave shows trends). */
export interface DemoWaveSpec {
  readonly title: string;
  readonly seed: string;
  readonly fieldStart: string;
  readonly fearShift: number;
}

export const DEMO_WAVES: readonly DemoWaveSpec[] = [
  { title: DEMO_WAVE_TITLE, seed: 'musterstadt-2026', fieldStart: '2026-05-04', fearShift: 0 },
  // Three years earlier people felt somewhat safer, so the report shows a change beyond random variation.
  {
    title: 'Bürgerbefragung Sicherheit 2023',
    seed: 'musterstadt-2023',
    fieldStart: '2023-05-08',
    fearShift: -0.35,
  },
];
const LOCK_KEY = 1_459_990_105;
const CHUNK = 250;

export async function seedDemoSurveyWave(ctx: CoreContext): Promise<void> {
  for (const spec of DEMO_WAVES) await seedOneDemoWave(ctx, spec);
}

async function seedOneDemoWave(ctx: CoreContext, spec: DemoWaveSpec): Promise<void> {
  const ags = DEMO_MUNICIPALITY.ags;
  const exists = async (db: CoreContext['db']) =>
    (
      await db
        .select({ id: surveyWaves.id })
        .from(surveyWaves)
        .where(and(eq(surveyWaves.ags, ags), eq(surveyWaves.isDemo, true), eq(surveyWaves.title, spec.title)))
        .limit(1)
    ).length > 0;
  if (await exists(ctx.db)) return;
  const demo = generateDemoWave({ seed: spec.seed, fieldStart: spec.fieldStart, fearShift: spec.fearShift });

  const config = {
    districts: [...demo.config.districts],
    localPlaces: [...demo.config.localPlaces],
    enabledOptionalBlocks: [...demo.config.enabledOptionalBlocks],
  };
  const codebook = resolveCodebook({
    locale: 'de',
    municipalityName: demo.config.municipalityName,
    ...config,
  });
  const version = questionnaireVersionHash(codebook);

  await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY})`);
    if (await exists(tx)) return;
    const [wave] = await tx
      .insert(surveyWaves)
      .values({
        ags,
        title: spec.title,
        status: 'ausgewertet',
        fieldStart: demo.fieldStart,
        fieldEnd: demo.fieldEnd,
        sampleSize: demo.invited,
        config,
        questionnaireVersion: version,
        questionnaire: codebook,
        isDemo: true,
      })
      .returning({ id: surveyWaves.id });
    const waveId = wave!.id;

    await tx.insert(surveyMargins).values([
      ...demo.ageSexMargins.map((m) => ({
        waveId,
        variable: 'SD_ALTER×SD_GESCHLECHT',
        level: `${m.ageGroup}×${m.sex}`,
        count: m.population,
      })),
      ...demo.districtMargins.map((m) => ({
        waveId,
        variable: 'SD_ORTSTEIL',
        level: String(m.district),
        count: m.population,
      })),
    ]);

    const population = demo.districtMargins.reduce((s, d) => s + d.population, 0);
    // Drawn three weeks before the field period, as a real wave is (not "today", after its end).
    const drawnOn = new Date(`${addDays(demo.fieldStart, -21)}T09:00:00Z`);
    const [run] = await tx
      .insert(surveySampleRuns)
      .values({
        createdAt: drawnOn,
        waveId,
        seed: fnv1a32(demo.seed) & 0x7fffffff,
        registerRows: population,
        eligibleRows: population,
        sampleSize: demo.invited,
        allocation: demo.invitedByDistrict.map((d) => ({
          district: config.districts[d.district - 1],
          population: demo.districtMargins[d.district - 1]!.population,
          sampleSize: d.invited,
        })),
        // The demo never had letters; they count as deleted when its fieldwork began.
        lettersDeletedAt: new Date(`${demo.fieldStart}T00:00:00Z`),
      })
      .returning({ id: surveySampleRuns.id });

    // One code per invited person with its district; as many used as there were online returns there
    // (returns without a stated district fill the districts with codes left).
    const online = demo.responses.filter((r) => r.mode === 'online');
    const used = demo.invitedByDistrict.map(
      (d) => online.filter((r) => r.values.SD_ORTSTEIL === d.district).length,
    );
    let unplaced = online.filter(
      (r) => typeof r.values.SD_ORTSTEIL !== 'number' || r.values.SD_ORTSTEIL < 1,
    ).length;
    demo.invitedByDistrict.forEach((d, k) => {
      const spare = Math.max(0, d.invited - used[k]!);
      const take = Math.min(spare, unplaced);
      used[k] = Math.min(d.invited, used[k]! + take);
      unplaced -= take;
    });
    // A finished wave keeps only the counts of its codes (the per-code rows end with fieldwork).
    await tx.insert(surveyCodeCounts).values(
      demo.invitedByDistrict.map((d, k) => ({
        waveId,
        district: config.districts[d.district - 1]!,
        sampleRunId: run!.id,
        issued: d.invited,
        used: used[k]!,
      })),
    );

    for (let i = 0; i < demo.responses.length; i += CHUNK) {
      await tx.insert(surveyResponses).values(
        demo.responses.slice(i, i + CHUNK).map((r) => ({
          id: r.responseId,
          waveId,
          mode: r.mode,
          submittedOn: r.date,
          questionnaireVersion: version,
          values: r.values,
        })),
      );
    }
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'seed',
      entity: 'survey_wave',
      entityId: waveId,
      ags,
      detail: { responses: demo.responses.length, invited: demo.invited },
    });
  });
}
