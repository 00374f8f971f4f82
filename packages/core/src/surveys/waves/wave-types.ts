/**
 * Shapes and input schemas of survey waves (the API contract of /api/surveys). The schemas live in core
 * so that the server validates with exactly what the core functions accept.
 */
import type { WaveStatus } from '@asskomm/db';
import { z } from 'zod';
import type { ResolvedCodebook, SurveyConfig } from '../questionnaire/codebook-types.ts';
import { surveyConfigSchema } from '../questionnaire/survey-config-schema.ts';
import type { SurveyJson } from '../questionnaire/survey-json-types.ts';

export { WAVE_STATUS_LABELS, WAVE_TRANSITIONS } from '@asskomm/contracts';
export type { WaveStatus };

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT erwartet.' });
const title = z
  .string({ error: 'Bitte einen Titel angeben.' })
  .trim()
  .min(1, { error: 'Bitte einen Titel angeben.' })
  .max(200, { error: 'Der Titel darf höchstens 200 Zeichen lang sein.' });
const sampleSize = z
  .number({ error: 'Die Stichprobengröße muss eine Zahl sein.' })
  .int({ error: 'Die Stichprobengröße muss eine ganze Zahl sein.' })
  .min(1, { error: 'Die Stichprobengröße muss mindestens 1 sein.' })
  .max(100_000, { error: 'Die Stichprobengröße darf höchstens 100.000 sein.' });

export const ZWaveCreate = z.strictObject({
  ags: z.string().regex(/^\d{8}$/, { error: 'Die AGS hat 8 Ziffern.' }),
  title,
  fieldStart: isoDate.nullable().optional(),
  fieldEnd: isoDate.nullable().optional(),
  sampleSize: sampleSize.nullable().optional(),
  config: surveyConfigSchema.optional(),
});
export type TWaveCreate = z.infer<typeof ZWaveCreate>;

export const ZWaveUpdate = z.strictObject({
  title: title.optional(),
  fieldStart: isoDate.nullable().optional(),
  fieldEnd: isoDate.nullable().optional(),
  sampleSize: sampleSize.nullable().optional(),
  config: surveyConfigSchema.optional(),
});
export type TWaveUpdate = z.infer<typeof ZWaveUpdate>;

export interface WaveCounts {
  codes: { total: number; used: number };
  responses: number;
}

export interface WaveListItem extends WaveCounts {
  id: number;
  ags: string;
  municipalityName: string;
  title: string;
  status: WaveStatus;
  fieldStart: string | null;
  fieldEnd: string | null;
  sampleSize: number | null;
  isDemo: boolean;
}

export interface WaveMargin {
  variable: string;
  level: string;
  count: number;
}

export interface SampleRunInfo {
  id: number;
  seed: number;
  registerRows: number;
  eligibleRows: number;
  sampleSize: number;
  allocation: unknown;
  createdAt: string;
}

export interface WaveDetail extends WaveListItem {
  config: { districts: string[]; localPlaces: string[]; enabledOptionalBlocks: string[] };
  questionnaireVersion: string | null;
  margins: WaveMargin[];
  sampleRuns: SampleRunInfo[];
}

/**
 * What `survey_waves.questionnaire` holds once fieldwork starts: the resolved codebook and the SurveyJS
 * JSON per shipped locale, so that the online form, the paper questionnaire, answer validation, data
 * entry and the exports all use exactly this version. `questionnaire_version` is its hash.
 */
export interface FrozenQuestionnaire {
  readonly format: 1;
  readonly codebookId: string;
  readonly municipalityName: string;
  readonly config: SurveyConfig;
  readonly defaultLocale: string;
  /** The default locale's codebook once more, for readers that need only the variables. */
  readonly codebook: ResolvedCodebook;
  readonly locales: Readonly<
    Record<string, { readonly codebook: ResolvedCodebook; readonly survey: SurveyJson }>
  >;
}
