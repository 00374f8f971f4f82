import type { CoreContext } from '../context';
import { seedDemoFunding } from '../funding/demo/seed-demo-funding';
import { seedDemoNetwork } from '../network/demo/seed-demo-network';
import { seedMusterstadtPks } from '../pks/demo/seed-musterstadt-pks';
import { seedDemoSurveyWave } from '../surveys/demo/seed-demo-survey-wave.ts';

/**
 * Idempotent steps that fill "Musterstadt (Demodaten)" with synthetic data from seeded generators,
 * run by openPlatform on every start (each step checks whether its data is already there).
 * A module adds its step here.
 */
export type DemoSeed = (ctx: CoreContext) => Promise<void>;

export const DEMO_SEEDS: DemoSeed[] = [
  seedDemoSurveyWave,
  seedMusterstadtPks,
  seedDemoNetwork,
  seedDemoFunding,
];
