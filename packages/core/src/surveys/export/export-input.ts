import type { ResolvedCodebook } from '../questionnaire/codebook-types.ts';
import type { SurveyResponse } from './response-types.ts';

export interface ExportInput {
  /** Resolved codebook of the wave (usually German: labels appear in the files). */
  readonly codebook: ResolvedCodebook;
  readonly responses: readonly SurveyResponse[];
  /** Optional weights by responseId (from raking); adds the column `gewicht`. */
  readonly weights?: Readonly<Record<string, number>>;
  /**
   * Optional population-scale weights by responseId (the raking weights as they are: they sum to the
   * population); adds the column `gewicht_hochrechnung`, empty for responses that could not be weighted.
   */
  readonly populationWeights?: Readonly<Record<string, number>>;
  /** File name stem, default `befragung` (letters, digits, `-` and `_` only). */
  readonly baseName?: string;
}

/** The file name stem, reduced to safe characters. */
export function baseNameOf(input: ExportInput): string {
  const cleaned = (input.baseName ?? 'befragung').replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 80);
  return cleaned === '' ? 'befragung' : cleaned;
}
