// Survey analysis (issue 5): results, monitoring, paper data entry, exports and the demo wave. These
// functions read and write the database; the pure building blocks are in ../index.ts.

export {
  enterPaperResponse,
  PAPER_ENTRY_STATUSES,
  type PaperEntryResult,
  validatePaperValues,
} from '../data-entry/enter-paper-response.ts';
export { DEMO_WAVE_TITLE, seedDemoSurveyWave } from '../demo/seed-demo-survey-wave.ts';
export {
  computeMonitoring,
  type DayMonitoring,
  type DistrictMonitoring,
  getSurveyMonitoring,
  type MonitoringInput,
  type SurveyMonitoring,
  todayInGermany,
} from '../monitoring/get-survey-monitoring.ts';
export {
  type ComputedResults,
  type ComputeResultsInput,
  type ComputeResultsOptions,
  computeResults,
  SCALE_VALUE_SETS,
} from './compute-results.ts';
export {
  contentTypeOf,
  exportDownload,
  exportWave,
  exportZip,
  FREE_TEXT_MODES,
  type FreeTextMode,
  type WaveExport,
} from './export-wave.ts';
export {
  getSurveyResults,
  roundNumbers,
  type SurveyResultsResponse,
  type WaveSummary,
  waveSummary,
} from './get-survey-results.ts';
export { type CodebookEntry, getWaveCodebook, type WaveCodebook } from './get-wave-codebook.ts';
export { type FreeTextItem, type FreeTexts, listFreeTexts } from './list-free-texts.ts';
export { type AnalysisWave, type AnyActor, loadAnalysisWave, waveCodebook } from './load-analysis-wave.ts';
export { loadMargins, loadResponses } from './load-responses.ts';
export * from './results-types.ts';
export {
  type MarginRow,
  RAKE_CONTROL,
  variableLabel,
  type WeightingOutcome,
  weightResponses,
} from './weight-responses.ts';
