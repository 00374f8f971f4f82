/**
 * Loads one survey wave for the analysis functions (results, monitoring, data entry, exports) and checks
 * the caller's permission for the wave's municipality. The CLI acts as the system (a string actor) and
 * is not restricted.
 */
import { municipalities, surveyWaves, type WaveStatus } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { assertCan, type Permission } from '../../auth/authorize.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { ResolvedCodebook, SurveyConfig } from '../questionnaire/codebook-types.ts';
import { resolveCodebook } from '../questionnaire/resolve-codebook.ts';

export interface AnalysisWave {
  readonly id: number;
  readonly ags: string;
  readonly municipalityName: string;
  readonly title: string;
  readonly status: WaveStatus;
  readonly fieldStart: string | null;
  readonly fieldEnd: string | null;
  readonly sampleSize: number | null;
  readonly isDemo: boolean;
  readonly config: SurveyConfig;
  /** The frozen questionnaire (set when fieldwork starts), as stored. */
  readonly questionnaire: unknown;
  readonly questionnaireVersion: string | null;
}

/** A system actor (the CLI) is a string, an account an Actor. */
export type AnyActor = Actor | string;

/** Name without the "(Demodaten)" suffix, as shown in the questionnaire title. */
function shortName(name: string): string {
  return name.replace(/\s*\(Demodaten\)\s*$/, '').replace(/,\s*(Stadt|Gemeinde)$/, '');
}

function configOf(raw: unknown): SurveyConfig {
  const c = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return {
    districts: list(c.districts),
    localPlaces: list(c.localPlaces),
    enabledOptionalBlocks: list(c.enabledOptionalBlocks),
  };
}

/** Loads a wave; NOT_FOUND when it does not exist, FORBIDDEN without the permission for its AGS. */
export async function loadAnalysisWave(
  ctx: CoreContext,
  actor: AnyActor,
  waveId: number,
  permission: Permission,
): Promise<AnalysisWave> {
  const [row] = await ctx.db
    .select({ wave: surveyWaves, municipalityName: municipalities.name })
    .from(surveyWaves)
    .leftJoin(municipalities, eq(municipalities.ags, surveyWaves.ags))
    .where(eq(surveyWaves.id, waveId));
  if (!row) throw new AppError('NOT_FOUND', { userMessage: `Keine Befragung mit der Nummer ${waveId}.` });
  if (typeof actor !== 'string') assertCan(actor, permission, row.wave.ags);
  const w = row.wave;
  return {
    id: w.id,
    ags: w.ags,
    municipalityName: row.municipalityName ?? w.ags,
    title: w.title,
    status: w.status,
    fieldStart: w.fieldStart,
    fieldEnd: w.fieldEnd,
    sampleSize: w.sampleSize,
    isDemo: w.isDemo,
    config: configOf(w.config),
    questionnaire: w.questionnaire,
    questionnaireVersion: w.questionnaireVersion,
  };
}

function isResolvedCodebook(value: unknown): value is ResolvedCodebook {
  if (typeof value !== 'object' || value === null) return false;
  const items = (value as { items?: unknown }).items;
  return (
    Array.isArray(items) &&
    items.every(
      (i) =>
        typeof i === 'object' &&
        i !== null &&
        typeof (i as { code?: unknown }).code === 'string' &&
        Array.isArray((i as { values?: unknown }).values),
    )
  );
}

/**
 * The wave's codebook in German: the frozen questionnaire when it was stored as a resolved codebook
 * (directly or per locale), otherwise resolved from the wave's settings. The standard codebook's item
 * codes and value codes never change, so both give the same variables.
 */
export function waveCodebook(wave: AnalysisWave): ResolvedCodebook {
  const q = wave.questionnaire as Record<string, unknown> | null;
  if (isResolvedCodebook(q)) return q;
  for (const key of ['codebook', 'de']) {
    const inner = q?.[key];
    if (isResolvedCodebook(inner)) return inner;
  }
  return resolveCodebook({
    locale: 'de',
    municipalityName: shortName(wave.municipalityName),
    ...wave.config,
  });
}
