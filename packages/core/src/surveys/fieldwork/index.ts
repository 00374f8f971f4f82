// Fieldwork of a survey wave (issue 5): sample, access codes, letters, paper questionnaire.
export { accessCodesCsv, createAccessCodes, MAX_CODES_PER_REQUEST } from './create-access-codes.ts';
export {
  deleteExpiredPartialAnswers,
  deleteExpiredPartialAnswersNow,
} from './delete-expired-partials.ts';
export {
  type DrawSampleInput,
  type DrawSampleOptions,
  type DrawSampleResult,
  drawSample,
  MAX_SEED,
  prepareDraw,
} from './draw-sample.ts';
export {
  deleteExpiredLetterBatches,
  getLetterBatchPdf,
  LETTERS_KEEP_DAYS_IN_FIELD,
  voidLetterBatch,
} from './letter-batches.ts';
export { getLetterPreview, type LetterPreview } from './letter-preview.ts';
export { letterSender, storedSender, type TLetterSender, ZLetterSender } from './letter-sender.ts';
export { LETTER_KINDS, type LetterKind, lettersDir } from './letter-store.ts';
export { renderWaveQuestionnairePdf } from './render-questionnaire-pdf.ts';
export { type NewAccessCode, newAccessCodes, storeAccessCodes } from './store-access-codes.ts';
