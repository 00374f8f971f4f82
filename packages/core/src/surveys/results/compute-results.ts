/**
 * The survey analysis as a pure function: weighting (see weight-responses.ts), then for every closed
 * item a weighted frequency table, means for rating scales, optional breakdowns and small-cell flags.
 *
 * Conventions (domain.md §5, DESIGN.md "Statistics"):
 * - Valid percentages: the shares of the substantive answers are computed among respondents with a
 *   substantive answer. "Weiß nicht / keine Angabe", "Nutze ich nicht" and the like are shown separately,
 *   as their share of everyone who answered the question, and are excluded from the valid percentages and
 *   the mean: they say nothing about the position on the scale. Skipped questions are a domain restriction
 *   (R's na.rm = TRUE), never a re-weighting.
 * - Proportions: logit interval with t quantile on the design degrees of freedom (R's svyciprop); means:
 *   normal interval (R's confint(svymean)). Variances are Taylor-linearised with the raking projections.
 * - Multiple choice (Angsträume, Maßnahmen): share of those who answered the question choosing an option;
 *   the shares do not sum to 100 %.
 * - Small cells: every estimate carries the unweighted n it rests on; below `minN` (default 30) it is
 *   flagged for brackets, below `suppressBelow` (default 10) it is withheld.
 * - Breakdowns by age group, sex or district are domains (R's subset / svyby): respondents without an
 *   answer to the breakdown variable belong to no column.
 */
import {
  type EstimateOptions,
  flagSmallCells,
  type SurveyDesign,
  type SurveyDomain,
  type SurveyEstimate,
  svyDomainsBy,
  svyMean,
  svyProportion,
} from '@asskomm/stats';
import { AppError } from '../../errors.ts';
import type { SurveyResponse } from '../export/response-types.ts';
import type { ResolvedCodebook, ResolvedItem } from '../questionnaire/codebook-types.ts';
import {
  type BreakdownInfo,
  type CategoryResult,
  DEFAULT_MIN_N,
  DEFAULT_SUPPRESS_BELOW,
  type DomainItemResult,
  type ItemResult,
  type ResultEstimate,
  type SurveyResults,
} from './results-types.ts';
import { type MarginRow, variableLabel, type WeightingOutcome, weightResponses } from './weight-responses.ts';

/** Rating scales whose codes are ordered and evenly spaced enough for a mean. */
export const SCALE_VALUE_SETS: ReadonlySet<string> = new Set([
  'zufrieden5',
  'problem4',
  'sicher4',
  'sicher5_ort',
  'beunruhigt4',
  'risiko5',
  'haeufigkeit5',
  'vertrauen5',
]);

export interface ComputeResultsOptions {
  /** Breakdown variable: a single-choice item code (the UI offers SD_ALTER, SD_GESCHLECHT, SD_ORTSTEIL). */
  readonly by?: string | null;
  readonly minN?: number;
  readonly suppressBelow?: number;
  /** 'none' for unweighted results even when margins exist. */
  readonly weighting?: 'auto' | 'none';
  /** Only these items (default: every closed item). */
  readonly items?: readonly string[];
  readonly level?: number;
}

export interface ComputeResultsInput {
  readonly codebook: ResolvedCodebook;
  readonly responses: readonly SurveyResponse[];
  readonly margins: readonly MarginRow[];
  readonly options?: ComputeResultsOptions;
}

export interface ComputedResults extends SurveyResults {
  /** The weighting with the design, for exports (weights per analysed response). */
  readonly weightingOutcome: WeightingOutcome;
}

const EMPTY: ResultEstimate = {
  estimate: null,
  se: null,
  ciLow: null,
  ciHigh: null,
  n: 0,
  small: true,
  suppressed: true,
};

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

interface Context {
  readonly design: SurveyDesign;
  readonly minN: number;
  readonly suppressBelow: number;
  readonly level: number;
}

function toResult(ctx: Context, e: SurveyEstimate): ResultEstimate {
  const [flagged] = flagSmallCells([e], ctx.minN, false);
  const [checked] = flagSmallCells([e], ctx.suppressBelow, true);
  const suppressed = checked!.suppressed;
  return {
    estimate: suppressed ? null : finite(e.estimate),
    se: suppressed ? null : finite(e.se),
    ciLow: suppressed ? null : finite(e.ciLow),
    ciHigh: suppressed ? null : finite(e.ciHigh),
    n: e.n,
    small: flagged!.small,
    suppressed,
  };
}

function proportion(
  ctx: Context,
  y: Float64Array,
  code: number,
  base: number,
  domain?: SurveyDomain,
): ResultEstimate {
  if (base === 0) return EMPTY;
  const options: EstimateOptions = { level: ctx.level, ...(domain ? { domain } : {}) };
  return toResult(ctx, svyProportion(ctx.design, y, [code], options));
}

function mean(ctx: Context, y: Float64Array, base: number, domain?: SurveyDomain): ResultEstimate {
  if (base === 0) return EMPTY;
  return toResult(ctx, svyMean(ctx.design, y, { level: ctx.level, ...(domain ? { domain } : {}) }));
}

interface ItemColumns {
  /** Per substantive category: y for its valid proportion (NaN = not in the base). */
  readonly categories: readonly { code: number; label: string; y: Float64Array }[];
  readonly nonSubstantive: readonly { code: number; label: string }[];
  /** Substantive code per row (NaN otherwise), for single items. */
  readonly valid: Float64Array | null;
  /** Any answered code per row (NaN otherwise), for the non-substantive shares. */
  readonly answered: Float64Array | null;
  /** Per row: 1 substantive answer, 2 non-substantive answer, 0 none. */
  readonly state: Uint8Array;
}

function columnsOf(item: ResolvedItem, values: readonly SurveyResponse['values'][]): ItemColumns {
  const n = values.length;
  const state = new Uint8Array(n);
  if (item.type === 'multi') {
    const categories = item.values.map((v) => ({ code: v.code, label: v.label, y: new Float64Array(n) }));
    for (let i = 0; i < n; i++) {
      const raw = values[i]![item.code];
      const chosen = Array.isArray(raw) && raw.length > 0 ? (raw as readonly number[]) : null;
      state[i] = chosen ? 1 : 0;
      for (const c of categories) c.y[i] = chosen ? (chosen.includes(c.code) ? 1 : 0) : Number.NaN;
    }
    // Each option's y is its indicator; the proportion of code 1 is the share choosing it.
    return { categories, nonSubstantive: [], valid: null, answered: null, state };
  }
  const substantive = item.values.filter((v) => !v.missing);
  const missing = item.values.filter((v) => v.missing);
  const valid = new Float64Array(n);
  const answered = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const raw = values[i]![item.code];
    const known = typeof raw === 'number' && item.values.some((v) => v.code === raw) ? raw : null;
    const isMissingCode = known !== null && item.missingCodes.includes(known);
    valid[i] = known !== null && !isMissingCode ? known : Number.NaN;
    answered[i] = known !== null ? known : Number.NaN;
    state[i] = known === null ? 0 : isMissingCode ? 2 : 1;
  }
  return {
    categories: substantive.map((v) => ({ code: v.code, label: v.label, y: valid })),
    nonSubstantive: missing.map((v) => ({ code: v.code, label: v.label })),
    valid,
    answered,
    state,
  };
}

function countWhere(y: Float64Array, code: number, rows?: Int32Array): number {
  let c = 0;
  if (rows) {
    for (let j = 0; j < rows.length; j++) if (y[rows[j]!] === code) c++;
  } else for (let i = 0; i < y.length; i++) if (y[i] === code) c++;
  return c;
}

function countState(state: Uint8Array, s: number, rows?: Int32Array): number {
  let c = 0;
  if (rows) {
    for (let j = 0; j < rows.length; j++) if (state[rows[j]!] === s) c++;
  } else for (let i = 0; i < state.length; i++) if (state[i] === s) c++;
  return c;
}

function analyseItem(
  ctx: Context,
  item: ResolvedItem,
  values: readonly SurveyResponse['values'][],
  codebook: ResolvedCodebook,
  breakdown: {
    item: ResolvedItem;
    domains: SurveyDomain[];
    levels: { code: number; label: string }[];
  } | null,
): ItemResult {
  const cols = columnsOf(item, values);
  const multi = item.type === 'multi';
  const validCount = countState(cols.state, 1);
  const missingCount = countState(cols.state, 2);
  const answeredCount = validCount + missingCount;
  // Multi: y is an indicator (1/0), so the share of code 1 is the share choosing the option.
  const categoryCode = (code: number) => (multi ? 1 : code);
  const categories: CategoryResult[] = cols.categories.map((c) => ({
    code: c.code,
    label: c.label,
    count: countWhere(c.y, categoryCode(c.code)),
    share: proportion(ctx, c.y, categoryCode(c.code), validCount),
  }));
  const nonSubstantive: CategoryResult[] = cols.nonSubstantive.map((c) => ({
    code: c.code,
    label: c.label,
    count: countWhere(cols.answered!, c.code),
    share: proportion(ctx, cols.answered!, c.code, answeredCount),
  }));
  const scale = item.type === 'single' && SCALE_VALUE_SETS.has(item.valueSet ?? '');
  const substantive = item.values.filter((v) => !v.missing);
  const result: ItemResult = {
    code: item.code,
    text: item.text,
    type: multi ? 'multi' : 'single',
    block: item.block,
    page: item.page,
    pageTitle: codebook.pages.find((p) => p.id === item.page)?.title ?? item.page,
    group: item.group ?? null,
    groupTitle: item.group ? (codebook.groups[item.group]?.title ?? null) : null,
    scale,
    scaleEnds: scale
      ? { low: substantive[0]!.label, high: substantive[substantive.length - 1]!.label }
      : null,
    answered: answeredCount,
    valid: validCount,
    noAnswer: values.length - answeredCount,
    categories,
    nonSubstantive,
    mean: scale ? mean(ctx, cols.valid!, validCount) : null,
  };
  if (!breakdown || breakdown.item.code === item.code) return result;
  const domains: DomainItemResult[] = breakdown.domains.map((domain, k) => {
    const base = countState(cols.state, 1, domain.rows);
    return {
      code: breakdown.levels[k]!.code,
      label: breakdown.levels[k]!.label,
      valid: base,
      categories: cols.categories.map((c) => ({
        code: c.code,
        label: c.label,
        count: countWhere(c.y, categoryCode(c.code), domain.rows),
        share: proportion(ctx, c.y, categoryCode(c.code), base, domain),
      })),
      mean: scale ? mean(ctx, cols.valid!, base, domain) : null,
    };
  });
  return { ...result, domains };
}

/** Weighted results of a wave: frequency tables, means, breakdowns (see the file comment). */
export function computeResults(input: ComputeResultsInput): ComputedResults {
  const { codebook, responses, margins, options = {} } = input;
  const minN = options.minN ?? DEFAULT_MIN_N;
  const suppressBelow = options.suppressBelow ?? DEFAULT_SUPPRESS_BELOW;
  const level = options.level ?? 0.95;
  if (!(Number.isInteger(minN) && minN >= 0) || !(Number.isInteger(suppressBelow) && suppressBelow >= 0)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: { minN: 'Die Mindestfallzahl muss eine ganze Zahl ab 0 sein.' },
    });
  }
  const byItem = options.by ? codebook.items.find((i) => i.code === options.by) : undefined;
  if (options.by && byItem?.type !== 'single') {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Nach „${options.by}“ kann nicht aufgegliedert werden.`,
      fields: { by: 'Unbekanntes Merkmal für die Aufgliederung.' },
    });
  }
  const outcome = weightResponses(responses, codebook, margins, options.weighting ?? 'auto');
  const closed = codebook.items.filter(
    (i) => (i.type === 'single' || i.type === 'multi') && (!options.items || options.items.includes(i.code)),
  );
  const base = { responses: responses.length, weighting: outcome.summary, minN, suppressBelow, level };
  if (!outcome.design) return { ...base, by: null, items: [], weightingOutcome: outcome };

  const design = outcome.design;
  const values = outcome.rows.map((i) => responses[i]!.values);
  const ctx: Context = { design, minN, suppressBelow, level };

  let breakdown: Parameters<typeof analyseItem>[4] = null;
  let by: BreakdownInfo | null = null;
  if (byItem) {
    const levels = byItem.values.filter((v) => !v.missing).map((v) => ({ code: v.code, label: v.label }));
    const codes = new Int32Array(values.length);
    values.forEach((v, i) => {
      const raw = v[byItem.code];
      codes[i] = typeof raw === 'number' ? levels.findIndex((l) => l.code === raw) : -1;
    });
    const domains = svyDomainsBy(
      design,
      codes,
      levels.map((l) => l.label),
      byItem.code,
    );
    breakdown = { item: byItem, domains, levels };
    by = {
      variable: byItem.code,
      label: variableLabel(codebook, byItem.code),
      levels: levels.map((l, k) => ({ ...l, n: domains[k]!.rows.length })),
      missing: codes.filter((c) => c < 0).length,
    };
  }
  const items = closed.map((item) => analyseItem(ctx, item, values, codebook, breakdown));
  return { ...base, by, items, weightingOutcome: outcome };
}
