import { fieldPeriodProblem } from '@asskomm/contracts';
import { municipalities, surveyWaves } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertCan } from '../../auth/authorize.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { SurveyConfig } from '../questionnaire/codebook-types.ts';
import { DEFAULT_OPTIONAL_BLOCKS } from '../questionnaire/standard-codebook.ts';
import { buildFrozenQuestionnaire } from './frozen-questionnaire.ts';
import { getWave } from './get-wave.ts';
import type { TWaveCreate, WaveDetail } from './wave-types.ts';

/** The settings a new wave gets when none are given: no districts or places, every optional block. */
export const DEFAULT_WAVE_CONFIG: SurveyConfig = {
  districts: [],
  localPlaces: [],
  enabledOptionalBlocks: DEFAULT_OPTIONAL_BLOCKS,
};

/** Field end not before field start (both optional while drafting). */
export function assertFieldPeriod(
  fieldStart: string | null | undefined,
  fieldEnd: string | null | undefined,
) {
  const problem = fieldPeriodProblem(fieldStart, fieldEnd);
  if (problem)
    throw new AppError('VALIDATION_FAILED', { userMessage: problem, fields: { fieldEnd: problem } });
}

/** Creates a wave in status 'entwurf' (survey:manage for the municipality). */
export async function createWave(ctx: CoreContext, actor: Actor, input: TWaveCreate): Promise<WaveDetail> {
  assertCan(actor, 'survey:manage', input.ags);
  const [municipality] = await ctx.db
    .select({ name: municipalities.name, isDemo: municipalities.isDemo })
    .from(municipalities)
    .where(eq(municipalities.ags, input.ags));
  if (!municipality) {
    throw new AppError('NOT_FOUND', { userMessage: `Keine Kommune mit der AGS ${input.ags}.` });
  }
  assertFieldPeriod(input.fieldStart, input.fieldEnd);
  const config = input.config ?? DEFAULT_WAVE_CONFIG;
  // Resolving checks the settings against the codebook (unknown optional blocks are refused).
  buildFrozenQuestionnaire(config, municipality.name);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(surveyWaves)
      .values({
        ags: input.ags,
        title: input.title,
        fieldStart: input.fieldStart ?? null,
        fieldEnd: input.fieldEnd ?? null,
        sampleSize: input.sampleSize ?? null,
        config,
        isDemo: municipality.isDemo,
      })
      .returning({ id: surveyWaves.id });
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'survey_wave',
      entityId: row!.id,
      ags: input.ags,
      detail: {
        title: input.title,
        fieldStart: input.fieldStart ?? null,
        fieldEnd: input.fieldEnd ?? null,
        sampleSize: input.sampleSize ?? null,
        config,
      },
    });
    return row!.id;
  });
  return getWave(ctx, actor, id);
}
