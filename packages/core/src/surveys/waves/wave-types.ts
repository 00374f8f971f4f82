/**
 * Shapes and input schemas of survey waves (the API contract of /api/surveys). The schemas live in core
 * so that the server validates with exactly what the core functions accept.
 */
import type { WaveStatus } from '@asskomm/db';
import type { ResolvedCodebook, SurveyConfig } from '../questionnaire/codebook-types.ts';
import type { SurveyJson } from '../questionnaire/survey-json-types.ts';

export {
  type TWaveCreate,
  type TWaveUpdate,
  WAVE_STATUS_LABELS,
  WAVE_TRANSITIONS,
  ZWaveCreate,
  ZWaveUpdate,
} from '@asskomm/contracts';
export type { WaveStatus };

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
  /** Whether the batch's letter PDFs can still be downloaded. */
  lettersAvailable: boolean;
  /** When the batch's letters were declared lost (its unused codes deleted). */
  voidedAt: string | null;
  codesVoided: number;
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
