/**
 * Result shapes of the survey analysis (GET /api/surveys/:id/results). Proportions are shares in 0…1,
 * means are on the code scale of the item (e.g. 1 = "sehr sicher" … 4 = "sehr unsicher").
 */

/** One weighted estimate with its 95 % interval and the unweighted n it rests on. */
export interface ResultEstimate {
  readonly estimate: number | null;
  readonly se: number | null;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  /** Unweighted number of respondents the estimate rests on (its base). */
  readonly n: number;
  /** n below the bracket threshold (minN): show in brackets "( )". */
  readonly small: boolean;
  /** n below the suppression threshold: the estimate is withheld (null). */
  readonly suppressed: boolean;
}

export interface CategoryResult {
  readonly code: number;
  readonly label: string;
  /** Unweighted number of respondents with this answer. */
  readonly count: number;
  readonly share: ResultEstimate;
}

export interface DomainItemResult {
  /** Code of the breakdown category (e.g. SD_ALTER 3). */
  readonly code: number;
  readonly label: string;
  /** Unweighted respondents in the domain with a valid (substantive) answer to the item. */
  readonly valid: number;
  readonly categories: readonly CategoryResult[];
  readonly mean: ResultEstimate | null;
}

export interface ItemResult {
  readonly code: string;
  readonly text: string;
  readonly type: 'single' | 'multi';
  readonly block: string;
  readonly page: string;
  readonly pageTitle: string;
  readonly group: string | null;
  readonly groupTitle: string | null;
  /** Ordinal scale with a mean (e.g. 4-point safety). */
  readonly scale: boolean;
  /** For scales: labels of the lowest and highest code, to read the mean. */
  readonly scaleEnds: { readonly low: string; readonly high: string } | null;
  /** Respondents with any answer (incl. "Weiß nicht"), among those analysed. */
  readonly answered: number;
  /** Respondents with a substantive answer: the base of the valid percentages. */
  readonly valid: number;
  /** Respondents analysed who skipped the question (or were not asked it). */
  readonly noAnswer: number;
  /** Substantive answers with valid percentages (multi: share of those who answered choosing each option). */
  readonly categories: readonly CategoryResult[];
  /** "Weiß nicht / keine Angabe", "Nutze ich nicht" …: share of all who answered the question. */
  readonly nonSubstantive: readonly CategoryResult[];
  readonly mean: ResultEstimate | null;
  /** With a breakdown (`by`): the same per category of the breakdown variable. */
  readonly domains?: readonly DomainItemResult[];
}

export type WeightingStatus =
  /** Raked to the wave's margins. */
  | 'raked'
  /** The wave has no margins: unweighted. */
  | 'no-margins'
  /** The margins cannot be used (unknown variables, totals, empty cells, no convergence): unweighted. */
  | 'invalid-margins'
  /** Unweighted results were asked for. */
  | 'unweighted-requested'
  /** Fewer than two responses: nothing to estimate. */
  | 'too-few-responses';

export interface MarginComparisonLevel {
  readonly level: string;
  readonly label: string;
  readonly population: number;
  readonly populationShare: number;
  /** Respondents in this cell (of all responses with a usable value for the variable). */
  readonly sampleCount: number;
  readonly sampleShare: number;
  /** Share after weighting (equals populationShare when raked), null when unweighted. */
  readonly weightedShare: number | null;
}

export interface WeightingSummary {
  readonly status: WeightingStatus;
  /** Whether the estimates are weighted. */
  readonly applied: boolean;
  /** Why the results are unweighted (German), null when raked. */
  readonly message: string | null;
  /** Notes that do not stop the weighting (e.g. margin totals adjusted). */
  readonly warnings: readonly string[];
  readonly variables: readonly { readonly variable: string; readonly label: string }[];
  /** Responses in the estimates. */
  readonly analysed: number;
  /** Responses left out because a weighting characteristic is missing or has no population count. */
  readonly excluded: number;
  readonly excludedBy: readonly {
    readonly variable: string;
    readonly label: string;
    readonly count: number;
  }[];
  /** Kish weighting effect 1 + CV²(w) and effective n = n / effect (null when unweighted). */
  readonly kish: { readonly effect: number; readonly nEff: number } | null;
  /** Smallest and largest weight relative to the mean weight (null when unweighted). */
  readonly weightRange: { readonly min: number; readonly max: number } | null;
  readonly comparison: readonly {
    readonly variable: string;
    readonly label: string;
    readonly levels: readonly MarginComparisonLevel[];
  }[];
}

export interface BreakdownInfo {
  readonly variable: string;
  readonly label: string;
  readonly levels: readonly { readonly code: number; readonly label: string; readonly n: number }[];
  /** Analysed respondents without a substantive answer to the breakdown variable (in no column). */
  readonly missing: number;
}

export interface SurveyResults {
  readonly responses: number;
  readonly weighting: WeightingSummary;
  readonly minN: number;
  readonly suppressBelow: number;
  readonly level: number;
  readonly by: BreakdownInfo | null;
  readonly items: readonly ItemResult[];
}

/** Breakdown variables offered in the UI (age group, sex, district). */
export const BREAKDOWN_VARIABLES = ['SD_ALTER', 'SD_GESCHLECHT', 'SD_ORTSTEIL'] as const;
export type BreakdownVariable = (typeof BREAKDOWN_VARIABLES)[number];

/** Bracket results resting on fewer than this many respondents (domain.md §5: n = 30, one person = 3.3 pp). */
export const DEFAULT_MIN_N = 30;
/** Withhold results resting on fewer than this many respondents. */
export const DEFAULT_SUPPRESS_BELOW = 10;
