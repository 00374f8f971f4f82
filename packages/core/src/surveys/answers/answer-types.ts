/** Validated answers: one value per answered item, keyed by item code (flat, also for matrix rows). */
export type AnswerValue = number | string | readonly number[];
export type AnswerValues = Readonly<Record<string, AnswerValue>>;

export interface AnswerError {
  /** Item code (or the offending key for unknown items, '' for the payload as a whole). */
  readonly item: string;
  /** German message for the respondent or the data-entry staff. */
  readonly message: string;
}

export type ValidateAnswersResult =
  | { readonly ok: true; readonly values: AnswerValues }
  | { readonly ok: false; readonly errors: readonly AnswerError[] };
