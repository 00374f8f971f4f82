/**
 * The questionnaire of a wave. While the wave is a draft it is resolved from the configuration on every
 * call; when fieldwork starts it is frozen (stored with its version hash) and from then on read from the
 * wave, so later changes to the codebook or the translations cannot change a running or finished wave.
 */
import { type Db, municipalities, surveyWaves } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { surveyJsonFromCodebook } from '../questionnaire/build-survey-json.ts';
import type { ResolvedCodebook, SurveyConfig } from '../questionnaire/codebook-types.ts';
import { availableLocales } from '../questionnaire/load-translations.ts';
import { questionnaireVersionHash } from '../questionnaire/questionnaire-version-hash.ts';
import { resolveCodebook } from '../questionnaire/resolve-codebook.ts';
import { STANDARD_CODEBOOK } from '../questionnaire/standard-codebook.ts';
import type { SurveyJson } from '../questionnaire/survey-json-types.ts';
import { placeName } from './berlin-date.ts';
import type { FrozenQuestionnaire } from './wave-types.ts';

export const DEFAULT_LOCALE = 'de';

/** Resolves the questionnaire of a configuration in every shipped locale (throws on bad settings). */
export function buildFrozenQuestionnaire(
  config: SurveyConfig,
  municipalityName: string,
): FrozenQuestionnaire {
  const name = placeName(municipalityName);
  const locales: Record<string, { codebook: ResolvedCodebook; survey: SurveyJson }> = {};
  for (const locale of availableLocales()) {
    const codebook = resolveCodebook({ ...config, locale, municipalityName: name });
    locales[locale] = { codebook, survey: surveyJsonFromCodebook(codebook) };
  }
  return {
    format: 1,
    codebookId: STANDARD_CODEBOOK.id,
    municipalityName: name,
    config,
    defaultLocale: DEFAULT_LOCALE,
    codebook: locales[DEFAULT_LOCALE]!.codebook,
    locales,
  };
}

export function frozenVersion(frozen: FrozenQuestionnaire): string {
  return questionnaireVersionHash(frozen);
}

const isCodebook = (value: unknown): value is ResolvedCodebook =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { items?: unknown }).items) &&
  Array.isArray((value as { pages?: unknown }).pages) &&
  typeof (value as { locale?: unknown }).locale === 'string';

/**
 * Reads a stored questionnaire. Waves frozen by this module hold a {@link FrozenQuestionnaire}; a wave
 * stored with just a resolved codebook (the demo seed) is wrapped into the same shape.
 */
export function asFrozen(
  stored: unknown,
  config: SurveyConfig,
  municipalityName: string,
): FrozenQuestionnaire {
  const value = stored as Partial<FrozenQuestionnaire> | null;
  if (value && value.format === 1 && value.locales && Object.keys(value.locales).length > 0) {
    return value as FrozenQuestionnaire;
  }
  if (isCodebook(stored)) {
    return {
      format: 1,
      codebookId: stored.codebookId,
      municipalityName: placeName(municipalityName),
      config: stored.config ?? config,
      defaultLocale: stored.locale,
      codebook: stored,
      locales: { [stored.locale]: { codebook: stored, survey: surveyJsonFromCodebook(stored) } },
    };
  }
  return buildFrozenQuestionnaire(config, municipalityName);
}

/** The entry of one locale, falling back to the default locale for unknown or missing ones. */
export function questionnaireLocale(
  frozen: FrozenQuestionnaire,
  locale?: string | null,
): { locale: string; codebook: ResolvedCodebook; survey: SurveyJson } {
  const chosen = locale && frozen.locales[locale] ? locale : frozen.defaultLocale;
  const entry = frozen.locales[chosen] ?? Object.values(frozen.locales)[0];
  if (!entry) throw new AppError('INTERNAL', { internal: 'frozen questionnaire without locales' });
  return { locale: chosen, ...entry };
}

interface WaveQuestionnaireSource {
  id: number;
  config: unknown;
  questionnaire: unknown;
  questionnaireVersion: string | null;
}

/** The frozen questionnaire of a wave, or (for a draft) the one its current configuration gives. */
export function waveQuestionnaire(
  wave: WaveQuestionnaireSource,
  municipalityName: string,
): { frozen: FrozenQuestionnaire; version: string | null } {
  if (wave.questionnaire && wave.questionnaireVersion) {
    return {
      frozen: asFrozen(wave.questionnaire, wave.config as SurveyConfig, municipalityName),
      version: wave.questionnaireVersion,
    };
  }
  return { frozen: buildFrozenQuestionnaire(wave.config as SurveyConfig, municipalityName), version: null };
}

/**
 * Per-process cache of frozen questionnaires by version hash: a frozen version never changes, so the
 * public form need not read the (large) JSON from the database for every submission.
 */
const cache = new Map<string, FrozenQuestionnaire>();
const CACHE_LIMIT = 200;

/** The frozen questionnaire of a version if this process has it cached already. */
export function cachedFrozenQuestionnaire(version: string): FrozenQuestionnaire | undefined {
  return cache.get(version);
}

/** The frozen questionnaire of a wave in field, by its version hash (cached). */
export async function frozenQuestionnaireByVersion(
  ctx: CoreContext,
  waveId: number,
  version: string,
  /** The caller's transaction, if any (PGlite has one connection: a query beside it would wait forever). */
  db: Db = ctx.db,
): Promise<FrozenQuestionnaire> {
  const hit = cache.get(version);
  if (hit) return hit;
  const [row] = await db
    .select({
      questionnaire: surveyWaves.questionnaire,
      version: surveyWaves.questionnaireVersion,
      config: surveyWaves.config,
      municipalityName: municipalities.name,
    })
    .from(surveyWaves)
    .innerJoin(municipalities, eq(municipalities.ags, surveyWaves.ags))
    .where(eq(surveyWaves.id, waveId));
  if (!row?.questionnaire || row.version !== version) {
    throw new AppError('INTERNAL', { internal: `wave ${waveId}: questionnaire ${version} not found` });
  }
  const frozen = asFrozen(row.questionnaire, row.config as SurveyConfig, row.municipalityName);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(version, frozen);
  return frozen;
}
