// The letters and the paper questionnaire come from @asskomm/report. That package has no root index yet
// (its "." export points at a file that does not exist), so its letters module is imported by path here,
// in this one place.
export {
  type LetterBatch,
  type LetterSender,
  renderLetters,
  renderPaperQuestionnaire,
  surveyLink,
} from '../../../../report/src/letters/index.ts';
