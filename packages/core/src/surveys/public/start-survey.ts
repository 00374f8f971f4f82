import { surveyPartialAnswers } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../../context.ts';
import { assertCodeSecretUsable } from '../../platform/code-secret.ts';
import type { AnswerValues } from '../answers/answer-types.ts';
import { surveyDataFromValues } from '../answers/survey-data-from-values.ts';
import type { SurveyJson } from '../questionnaire/survey-json-types.ts';
import { frozenQuestionnaireByVersion, questionnaireLocale } from '../waves/frozen-questionnaire.ts';
import { assertOpen, codeHashOf, lookupCode } from './resolve-code.ts';
import { openPartialAnswers } from './seal-partial-answers.ts';

export interface StartSurveyResult {
  waveTitle: string;
  municipalityName: string;
  fieldEnd: string | null;
  locale: string;
  /** The frozen questionnaire as SurveyJS JSON. */
  survey: SurveyJson;
  /** Saved partial answers as SurveyJS data (`{}` when nothing was saved). */
  values: Record<string, unknown>;
  /** The page the respondent was on when saving (0 = first). */
  page: number;
  /** All locales of this questionnaire. */
  locales: string[];
}

/** Opens the questionnaire for a code: the frozen form and any saved answers (public, no session). */
export async function startSurvey(
  ctx: CoreContext,
  input: { code: string; locale?: string },
): Promise<StartSurveyResult> {
  assertCodeSecretUsable(ctx, 'public');
  const state = await lookupCode(ctx.db, codeHashOf(input.code, ctx.secret));
  assertOpen(state);
  const frozen = await frozenQuestionnaireByVersion(ctx, state.waveId, state.version);
  const { locale, codebook, survey } = questionnaireLocale(frozen, input.locale);
  const [saved] = await ctx.db
    .select({ values: surveyPartialAnswers.values, page: surveyPartialAnswers.page })
    .from(surveyPartialAnswers)
    .where(eq(surveyPartialAnswers.codeHash, state.hash));
  const lastPage = survey.pages.length - 1;
  // Saved answers that cannot be opened (e.g. the server secret changed) are treated as none saved.
  const opened = saved ? openPartialAnswers(saved.values, input.code, ctx.secret) : null;
  return {
    waveTitle: state.title,
    municipalityName: state.municipalityName,
    fieldEnd: state.fieldEnd,
    locale,
    survey,
    values: opened ? surveyDataFromValues(codebook, opened as AnswerValues) : {},
    page: opened && saved ? Math.min(Math.max(saved.page, 0), lastPage) : 0,
    locales: Object.keys(frozen.locales),
  };
}
