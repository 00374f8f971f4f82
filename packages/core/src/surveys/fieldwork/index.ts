// Fieldwork of a survey wave (issue 5): sample, access codes, letters, paper questionnaire.
export { accessCodesCsv, createAccessCodes, MAX_CODES_PER_REQUEST } from './create-access-codes.ts';
export {
  deleteExpiredPartialAnswers,
  deleteExpiredPartialAnswersNow,
} from './delete-expired-partials.ts';
export {
  type DrawSampleInput,
  type DrawSampleResult,
  drawSample,
  MAX_SEED,
} from './draw-sample.ts';
export { letterSender, type TLetterSender, ZLetterSender } from './letter-sender.ts';
export { renderWaveQuestionnairePdf } from './render-questionnaire-pdf.ts';
export { type NewAccessCode, newAccessCodes, storeAccessCodes } from './store-access-codes.ts';
