/**
 * The server-rendered online form (issue 10): opening it with a code, turning pages, saving, submitting.
 * Every step goes through the public services (startSurvey, saveProgress, submitSurvey), so the form
 * keeps their guarantees: the code is the only key, answers are saved under the code's hash only until
 * submission, and a code counts exactly once.
 *
 * Like the former SurveyJS form, every page turn saves the answers so far ("save and continue later"
 * also works after closing the browser without pressing the save button); nothing is kept in the browser.
 */
import type { CoreContext } from '../../context.ts';
import { isAppError } from '../../errors.ts';
import { validateAnswers } from '../answers/validate-answers.ts';
import { saveProgress } from '../public/save-progress.ts';
import { type StartSurveyResult, startSurvey } from '../public/start-survey.ts';
import { submitSurvey } from '../public/submit-survey.ts';
import type { ResolvedCodebook } from '../questionnaire/codebook-types.ts';
import { formTexts } from './form-texts.ts';
import {
  type FieldErrors,
  type FormData,
  type PostedFields,
  pageOfItem,
  readPageFields,
  visiblePages,
} from './page-answers.ts';

export interface OnlineFormPage {
  readonly kind: 'page';
  readonly codebook: ResolvedCodebook;
  readonly locale: string;
  readonly locales: readonly string[];
  readonly municipalityName: string;
  readonly fieldEnd: string | null;
  /** Index of the page in `codebook.pages`. */
  readonly page: number;
  /** Indexes of the pages shown with these answers (for the progress and the last page). */
  readonly visible: readonly number[];
  readonly data: FormData;
  /** Errors at a question, by item code. */
  readonly errors: FieldErrors;
  /** Errors that belong to no single question (shown in the summary only). */
  readonly pageErrors: readonly string[];
  /** The answers were just saved on request ("Speichern und später fortsetzen"). */
  readonly saved: boolean;
}

export interface OnlineFormDone {
  readonly kind: 'done';
  readonly locale: string;
  readonly municipalityName: string;
}

/** `next`, `back`, `save`, `submit`, or `language:<locale>` (save, then show the page in that language). */
export type OnlineFormAction = 'next' | 'back' | 'save' | 'submit' | `language:${string}`;

function view(
  start: StartSurveyResult,
  page: number,
  data: FormData,
  extra: Partial<Pick<OnlineFormPage, 'errors' | 'pageErrors' | 'saved'>> = {},
): OnlineFormPage {
  return {
    kind: 'page',
    codebook: start.codebook,
    locale: start.locale,
    locales: start.locales,
    municipalityName: start.municipalityName,
    fieldEnd: start.fieldEnd,
    page,
    visible: visiblePages(start.codebook, data),
    data,
    errors: extra.errors ?? {},
    pageErrors: extra.pageErrors ?? [],
    saved: extra.saved ?? false,
  };
}

/** The first visible page at or after `page` (the last visible one if there is none). */
function visibleFrom(visible: readonly number[], page: number): number {
  return visible.find((i) => i >= page) ?? visible.at(-1) ?? 0;
}

/** Opens the form with a code: the saved page and answers, or the first page. */
export async function openOnlineForm(
  ctx: CoreContext,
  input: { code: string; locale?: string },
): Promise<OnlineFormPage> {
  const start = await startSurvey(ctx, input);
  const data = start.values;
  return view(start, visibleFrom(visiblePages(start.codebook, data), start.page), data);
}

/** Takes the posted fields of one page and does what the pressed button asks. */
export async function answerOnlineForm(
  ctx: CoreContext,
  input: { code: string; locale?: string; page: number; action: OnlineFormAction; fields: PostedFields },
): Promise<OnlineFormPage | OnlineFormDone> {
  const switchTo = input.action.startsWith('language:') ? input.action.slice('language:'.length) : undefined;
  const start = await startSurvey(ctx, { code: input.code, locale: switchTo ?? input.locale });
  const texts = formTexts(start.locale);
  const last = start.codebook.pages.length - 1;
  const page = Math.min(Math.max(Math.trunc(input.page) || 0, 0), last);
  const { data, errors } = readPageFields(start.codebook, page, start.values, input.fields, texts);
  if (Object.keys(errors).length > 0) return view(start, page, data, { errors });

  const visible = visiblePages(start.codebook, data);
  if (input.action === 'submit') return submit(ctx, input.code, start, page, data);
  const target =
    input.action === 'next'
      ? (visible.find((i) => i > page) ?? page)
      : input.action === 'back'
        ? (visible.findLast((i) => i < page) ?? page)
        : page;
  await saveProgress(ctx, { code: input.code, values: data, page: target });
  return view(start, visibleFrom(visible, target), data, { saved: input.action === 'save' });
}

async function submit(
  ctx: CoreContext,
  code: string,
  start: StartSurveyResult,
  page: number,
  data: FormData,
): Promise<OnlineFormPage | OnlineFormDone> {
  const texts = formTexts(start.locale);
  const final = validateAnswers(start.codebook, data);
  if (!final.ok && final.errors.every((e) => e.item === '')) {
    return view(start, page, data, { pageErrors: [texts.t('form.error.nothing_answered')] });
  }
  try {
    await submitSurvey(ctx, { code, values: data });
  } catch (error) {
    // The page checks catch what a person can do; this is a tampered or outdated payload.
    if (!isAppError(error) || error.code !== 'VALIDATION_FAILED') throw error;
    const [item, message] = Object.entries(error.fields ?? {})[0] ?? ['', error.message];
    const at = pageOfItem(start.codebook, item);
    const rejected = texts.t('form.error.rejected', { message });
    return at === undefined
      ? view(start, page, data, { pageErrors: [rejected] })
      : view(start, at, data, { errors: { [item]: rejected } });
  }
  return { kind: 'done', locale: start.locale, municipalityName: start.municipalityName };
}
