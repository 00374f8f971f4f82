/**
 * The part of a SurveyJS JSON document that the paper questionnaire reads. It is structural, so the
 * report package does not depend on core: pass the JSON built by core's buildSurveyJson. Texts may be
 * plain strings or SurveyJS localisation objects ({ default, de, en, … }).
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

export type PaperChoice =
  | number
  | string
  | { readonly value: number | string; readonly text?: LocalizedText; readonly isExclusive?: boolean };

export type PaperRow =
  | string
  | { readonly value: string; readonly text?: LocalizedText; readonly visibleIf?: string };

export interface PaperSurveyElement {
  readonly type: string;
  readonly name: string;
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly choices?: readonly PaperChoice[];
  readonly columns?: readonly PaperChoice[];
  readonly rows?: readonly PaperRow[] | number;
  readonly maxSelectedChoices?: number;
  readonly maxLength?: number;
}

export interface PaperSurveyPage {
  readonly name: string;
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly elements: readonly PaperSurveyElement[];
}

export interface PaperSurveyJson {
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly pages: readonly PaperSurveyPage[];
}

export interface PaperQuestionnaireOptions {
  /** Printed small in the footer so that data entry can tell versions apart (e.g. the version hash). */
  readonly version?: string;
  /** Return address printed at the end (e.g. "Stadt Musterstadt, Ordnungsamt, Markt 1, 01234 Musterstadt"). */
  readonly returnAddress?: string;
}
