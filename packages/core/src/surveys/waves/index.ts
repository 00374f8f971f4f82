// Survey waves (issue 5): create, change, status, margins. Database services; the API of /api/surveys.
export { addDays, berlinDate, placeName } from './berlin-date.ts';
export { assertFieldPeriod, createWave, DEFAULT_WAVE_CONFIG } from './create-wave.ts';
export {
  asFrozen,
  buildFrozenQuestionnaire,
  cachedFrozenQuestionnaire,
  DEFAULT_LOCALE,
  frozenQuestionnaireByVersion,
  frozenVersion,
  questionnaireLocale,
  waveQuestionnaire,
} from './frozen-questionnaire.ts';
export { getWave, sortMargins } from './get-wave.ts';
export { listWaves } from './list-waves.ts';
export { type LoadedWave, loadWave, type WaveRow, waveCounts } from './load-wave.ts';
export {
  AGE_SEX_VARIABLE,
  DISTRICT_VARIABLE,
  formatMarginIssue,
  type MarginIssue,
  marginLevels,
  parseMarginsCsv,
  validateMarginRows,
} from './margin-rules.ts';
export {
  getMarginsTemplate,
  type MarginsTemplate,
  marginsTemplate,
  marginsTemplateCsv,
} from './margins-template.ts';
export { type MarginsInput, putMargins } from './put-margins.ts';
export { setWaveStatus } from './set-wave-status.ts';
export { rewriteSurveyTables, SURVEY_LINK_TABLES, unlinkWaveRows } from './unlink-closed-wave.ts';
export { updateWave } from './update-wave.ts';
export {
  type FrozenQuestionnaire,
  type SampleRunInfo,
  type TWaveCreate,
  type TWaveUpdate,
  WAVE_STATUS_LABELS,
  WAVE_TRANSITIONS,
  type WaveCounts,
  type WaveDetail,
  type WaveListItem,
  type WaveMargin,
  type WaveStatus,
  ZWaveCreate,
  ZWaveUpdate,
} from './wave-types.ts';
