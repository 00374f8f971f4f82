import type { WaveStatus } from '@asskomm/db';
import { surveyWaves } from '@asskomm/db';
import type { Actor, CoreContext } from '../../../src/context.ts';
import { questionnaireVersionHash } from '../../../src/surveys/questionnaire/questionnaire-version-hash.ts';
import { resolveCodebook } from '../../../src/surveys/questionnaire/resolve-codebook.ts';

export const DEMO_AGS = '14999999';

export function actor(role: Actor['role'], ags: string | null = null, assignedAgs: string[] = []): Actor {
  return { id: 900 + role.length, email: `${role}@example.org`, name: role, role, ags, assignedAgs };
}

/** Inserts a wave of the demo municipality directly (the waves API belongs to another module). */
export async function insertWave(ctx: CoreContext, status: WaveStatus, title = `Testwelle ${status}`) {
  const config = {
    districts: ['Nord', 'Süd'],
    localPlaces: ['Markt'],
    enabledOptionalBlocks: ['MAS', 'ANG'],
  };
  const codebook = resolveCodebook({ locale: 'de', ...config });
  const frozen = status !== 'entwurf';
  const [row] = await ctx.db
    .insert(surveyWaves)
    .values({
      ags: DEMO_AGS,
      title,
      status,
      fieldStart: '2026-11-01',
      fieldEnd: '2026-12-15',
      sampleSize: 500,
      config,
      questionnaire: frozen ? codebook : null,
      questionnaireVersion: frozen ? questionnaireVersionHash(codebook) : null,
    })
    .returning({ id: surveyWaves.id });
  return row!.id;
}
