// Survey module (issue 5): pure building blocks, no database and no HTTP.

export {
  ACCESS_CODE_ALPHABET,
  ACCESS_CODE_ENTROPY_BITS,
  ACCESS_CODE_LENGTH,
  formatAccessCode,
  normalizeAccessCode,
} from '@asskomm/contracts';
export type {
  AnswerError,
  AnswerValue,
  AnswerValues,
  ValidateAnswersResult,
} from './answers/answer-types.ts';
export { codePointLength, type FreeTextResult, normalizeFreeText } from './answers/normalize-free-text.ts';
export { surveyDataFromValues } from './answers/survey-data-from-values.ts';
export { type ValidateAnswersOptions, validateAnswers } from './answers/validate-answers.ts';
export { generateAccessCodes, MAX_ACCESS_CODES } from './codes/generate-access-codes.ts';
export { hashAccessCode, MIN_SECRET_BYTES } from './codes/hash-access-code.ts';
export { type ExportColumn, exportColumns } from './export/export-columns.ts';
export type { ExportInput } from './export/export-input.ts';
export { EXPORT_FORMATS, type ExportFormat, exportResponses } from './export/export-responses.ts';
export type { ExportFile, ExportResult, SurveyResponse } from './export/response-types.ts';
export { exportCsv } from './export/write-csv.ts';
export { exportR } from './export/write-r.ts';
export { exportSpss } from './export/write-spss.ts';
export { exportXlsx } from './export/write-xlsx.ts';
export { maskPersonalData } from './privacy/mask-personal-data.ts';
export {
  type BuildSurveyJsonOptions,
  buildSurveyJson,
  surveyJsonFromCodebook,
} from './questionnaire/build-survey-json.ts';
export type {
  BlockDefinition,
  BlockId,
  Codebook,
  CodebookItem,
  ItemType,
  ResolvedCodebook,
  ResolvedGroup,
  ResolvedItem,
  ResolvedPage,
  ResolvedValue,
  ShowIfCondition,
  SurveyConfig,
  Translations,
  ValueLabelDefinition,
  ValueSetDefinition,
} from './questionnaire/codebook-types.ts';
export { DEFAULT_MAX_TEXT_LENGTH } from './questionnaire/codebook-types.ts';
export { availableLocales, getTranslations, loadTranslations } from './questionnaire/load-translations.ts';
export { questionnaireVersionHash } from './questionnaire/questionnaire-version-hash.ts';
export { type ResolveCodebookOptions, resolveCodebook } from './questionnaire/resolve-codebook.ts';
export { DEFAULT_OPTIONAL_BLOCKS, STANDARD_CODEBOOK } from './questionnaire/standard-codebook.ts';
export { parseSurveyConfig, surveyConfigSchema } from './questionnaire/survey-config-schema.ts';
export type { SurveyJson, SurveyJsonElement, SurveyJsonPage } from './questionnaire/survey-json-types.ts';
export { requiredTextKeys } from './questionnaire/text-keys.ts';
export { validateCodebook } from './questionnaire/validate-codebook.ts';
export { AGE_GROUPS, SEX_CODES } from './questionnaire/value-sets.ts';
export { allocateFixed, allocateProportional, type StratumAllocation } from './sample/allocate-sample.ts';
export { createRng, fnv1a32, mulberry32, type Rng, sampleWithoutReplacement } from './sample/create-rng.ts';
export {
  type DrawSampleOptions,
  drawStratifiedSample,
  type SampleResult,
} from './sample/draw-stratified-sample.ts';
export { isEligible, MIN_AGE } from './sample/is-eligible.ts';
export {
  formatRegisterIssue,
  type ParseRegisterResult,
  parseRegisterCsv,
} from './sample/parse-register-csv.ts';
export type { RegisterAddress, RegisterIssue, RegisterPerson, RegisterSex } from './sample/register-types.ts';
export { DEMO_DISTRICTS, DEMO_LOCAL_PLACES, DEMO_MUNICIPALITY } from './synthetic/demo-municipality.ts';
export { type DemoWave, type DemoWaveOptions, generateDemoWave } from './synthetic/generate-demo-wave.ts';
