// Survey letters and the printed questionnaire (issue 5).
export { compileTypstPdf, LIBERATION_FONT_DIR } from './compile-typst-pdf.ts';
export { formatGermanDate } from './format-german-date.ts';
export type { LetterBatch, LetterRecipient, LetterSender } from './letter-types.ts';
export { PAPER_STRINGS, type PaperStrings, paperStrings } from './paper-strings.ts';
export type {
  LocalizedText,
  PaperChoice,
  PaperQuestionnaireOptions,
  PaperRow,
  PaperSurveyElement,
  PaperSurveyJson,
  PaperSurveyPage,
} from './paper-survey-types.ts';
export { qrCodeSvg } from './qr-code-svg.ts';
export { renderLetters, surveyLink } from './render-letters.ts';
export { renderPaperQuestionnaire } from './render-paper-questionnaire.ts';
export { senderProblems } from './sender-problems.ts';
