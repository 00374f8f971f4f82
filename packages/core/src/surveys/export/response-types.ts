/**
 * One anonymous response as stored and exported: no access code, no address, no time of day (issue 5,
 * anonymity by design). Values are keyed by item code; missing keys or null mean "not answered".
 */
export interface SurveyResponse {
  readonly responseId: string;
  readonly mode: 'online' | 'papier';
  /** Day of the response, YYYY-MM-DD (never a precise timestamp). */
  readonly date: string;
  readonly values: Readonly<Record<string, number | string | readonly number[] | null>>;
}

/** A file of an export bundle. */
export interface ExportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ExportResult {
  readonly files: readonly ExportFile[];
}
