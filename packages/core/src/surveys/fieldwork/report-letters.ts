// The letters and the paper questionnaire come from @asskomm/report (Typst templates).
export {
  type LetterBatch,
  type LetterSender,
  renderLetters,
  renderPaperQuestionnaire,
  surveyLink,
} from '@asskomm/report';
