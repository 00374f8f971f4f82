// The public survey form's services (issue 5): start with a code, save and resume, submit once.
export { answersRejected } from './answer-errors.ts';
export { assertOpen, type CodeState, codeHashOf, lookupCode } from './resolve-code.ts';
export { INBOX_BATCH, moveInboxToResponses, moveInboxWhenFull } from './response-inbox.ts';
export { saveProgress } from './save-progress.ts';
export { type StartSurveyResult, startSurvey } from './start-survey.ts';
export { submitSurvey } from './submit-survey.ts';
