// The server-rendered online form of the citizens' survey (issue 10): pages built from the codebook.
export { type FormTexts, formLanguages, formTextKeys, formTexts } from './form-texts.ts';
export {
  answerOnlineForm,
  type OnlineFormAction,
  type OnlineFormDone,
  type OnlineFormPage,
  openOnlineForm,
} from './online-form.ts';
export {
  answerOf,
  type FieldErrors,
  type FormData,
  type PageQuestion,
  type PostedFields,
  pageQuestions,
  readPageFields,
  visiblePages,
} from './page-answers.ts';
