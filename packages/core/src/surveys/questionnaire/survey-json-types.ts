/**
 * The subset of the SurveyJS (survey-core 3) JSON schema that the questionnaire uses.
 * Reference: https://surveyjs.io/form-library/documentation/design-survey/create-a-simple-survey
 */
export interface SurveyJsonChoice {
  readonly value: number;
  readonly text: string;
  /** Choosing this checkbox choice clears all others ("Keine davon"). */
  readonly isExclusive?: true;
}

export interface SurveyJsonRow {
  readonly value: string;
  readonly text: string;
  readonly visibleIf?: string;
}

interface BaseElement {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
}

export interface SurveyJsonRadiogroup extends BaseElement {
  readonly type: 'radiogroup';
  readonly choices: readonly SurveyJsonChoice[];
  readonly colCount: number;
}

export interface SurveyJsonDropdown extends BaseElement {
  readonly type: 'dropdown';
  readonly choices: readonly SurveyJsonChoice[];
}

export interface SurveyJsonMatrix extends BaseElement {
  readonly type: 'matrix';
  readonly columns: readonly SurveyJsonChoice[];
  readonly rows: readonly SurveyJsonRow[];
  /** Hide the question (and so its page) when no row is visible. */
  readonly hideIfRowsEmpty?: true;
}

export interface SurveyJsonCheckbox extends BaseElement {
  readonly type: 'checkbox';
  readonly choices: readonly SurveyJsonChoice[];
  readonly colCount: number;
  readonly maxSelectedChoices?: number;
}

export interface SurveyJsonComment extends BaseElement {
  readonly type: 'comment';
  readonly maxLength: number;
  readonly rows: number;
}

export type SurveyJsonElement =
  | SurveyJsonRadiogroup
  | SurveyJsonDropdown
  | SurveyJsonMatrix
  | SurveyJsonCheckbox
  | SurveyJsonComment;

export interface SurveyJsonPage {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly elements: readonly SurveyJsonElement[];
}

export interface SurveyJson {
  readonly locale: string;
  readonly title: string;
  readonly description: string;
  readonly completedHtml: string;
  readonly showProgressBar: true;
  readonly progressBarLocation: 'top';
  readonly progressBarType: 'pages';
  readonly showQuestionNumbers: 'on';
  readonly checkErrorsMode: 'onNextPage';
  /** Answers to follow-ups that become hidden are cleared at once, so submitted data stay consistent. */
  readonly clearInvisibleValues: 'onHidden';
  readonly pages: readonly SurveyJsonPage[];
}
