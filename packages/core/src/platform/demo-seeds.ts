import type { CoreContext } from '../context';
import { seedDemoFunding } from '../funding/demo/seed-demo-funding';
import { seedDemoNetwork } from '../network/demo/seed-demo-network';
import { seedMusterstadtPks } from '../pks/demo/seed-musterstadt-pks';
import { seedDemoReport } from '../reports/workflow/seed-demo-report.ts';
import { seedDemoSurveyWave } from '../surveys/demo/seed-demo-survey-wave.ts';
import { seedDemoTraining } from '../training/demo/seed-demo-training';

/**
 * Idempotent steps that fill "Musterstadt (Demodaten)" with synthetic data from seeded generators,
 * run by openPlatform on every start (each step checks whether its data is already there).
 * A module adds its step here.
 */
export type DemoSeed = (ctx: CoreContext) => Promise<void>;

// The report comes last: it is recorded from the data the steps before it seeded.
export const DEMO_SEEDS: DemoSeed[] = [
  seedDemoSurveyWave,
  seedMusterstadtPks,
  seedDemoNetwork,
  seedDemoTraining,
  seedDemoFunding,
  seedDemoReport,
];
