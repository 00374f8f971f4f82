/**
 * Shared front and back end of the survey estimators.
 * @internal
 */
import { logitInterval } from '../logit-interval';
import { normalQuantile } from '../normal-quantile';
import type { EstimateOptions, SurveyDesign, SurveyEstimate } from '../survey-design';
import { wilsonInterval } from '../wilson-interval';
import { type Accumulation, accumulate, linearisedVariance } from './linearisation';

export function checkInputs(
  fn: string,
  design: SurveyDesign,
  y: ArrayLike<number>,
  options: EstimateOptions,
): void {
  if (design?.kind !== 'survey-design') throw new TypeError(`${fn} requires a design from svyDesign`);
  if (y.length !== design.n)
    throw new RangeError(`${fn} requires one value per row (${design.n}), got ${y.length}`);
  if (options.domain && options.domain.design !== design) {
    throw new RangeError(`${fn} requires a domain of the same design (build it with svyDomain(design, …))`);
  }
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`${fn} requires a level in (0, 1), got ${level}`);
}

export function run(
  design: SurveyDesign,
  y: ArrayLike<number>,
  options: EstimateOptions,
  values: Float64Array | null,
): Accumulation {
  return accumulate(design, y, options.domain ? options.domain.rows : null, values);
}

/** Variance of the mean (ratio) from the sums: linearised values w (z − ȳ)/W. */
export function meanVariance(design: SurveyDesign, a: Accumulation): number {
  const mean = a.sumWZ / a.sumW;
  const unitX = a.unitWZ;
  for (let p = 0; p < unitX.length; p++)
    unitX[p] = ((unitX[p] as number) - mean * (a.unitW[p] as number)) / a.sumW;
  const cellX = a.cellWZ.map((cz, m) => {
    const cw = a.cellW[m] as Float64Array;
    for (let k = 0; k < cz.length; k++) cz[k] = ((cz[k] as number) - mean * (cw[k] as number)) / a.sumW;
    return cz;
  });
  return linearisedVariance(design, unitX, cellX);
}

/** Variance of the total from the sums: linearised values w z. */
export function totalVariance(design: SurveyDesign, a: Accumulation): number {
  return linearisedVariance(design, a.unitWZ, a.cellWZ);
}

/**
 * The estimate of a statistic from the sums over its rows: the last step of svyMean, svyTotal and
 * svyProportion (and of svyBy, which makes the sums of many domains in one pass).
 */
export function estimateFromSums(
  statistic: SurveyEstimate['statistic'],
  design: SurveyDesign,
  a: Accumulation,
  options: EstimateOptions & { readonly ciMethod?: 'logit' | 'wilson' },
): SurveyEstimate {
  if (statistic === 'total') {
    const variance = a.n > 0 ? totalVariance(design, a) : Number.NaN;
    return finish('total', design, a, a.n > 0 ? a.sumWZ : Number.NaN, variance, options, 'normal');
  }
  const estimate = a.sumWZ / a.sumW;
  const variance = a.n > 0 ? meanVariance(design, a) : Number.NaN;
  if (statistic === 'mean') return finish('mean', design, a, estimate, variance, options, 'normal');
  return finish('proportion', design, a, estimate, variance, options, options.ciMethod ?? 'logit');
}

export function finish(
  statistic: SurveyEstimate['statistic'],
  design: SurveyDesign,
  a: Accumulation,
  estimate: number,
  variance: number,
  options: EstimateOptions,
  ciMethod: SurveyEstimate['ciMethod'],
): SurveyEstimate {
  const level = options.level ?? 0.95;
  const minN = options.minN ?? 30;
  const degf = options.domain ? options.domain.degf : design.degf;
  const se = Math.sqrt(variance);
  const n = a.n;
  const W = a.sumW;
  // R's deff = TRUE: variance of a simple random sample of the same size, without replacement from N = W
  const s2 = n > 1 ? ((a.m2 / W) * n) / (n - 1) : Number.NaN;
  let vsrs = Number.NaN;
  if (W >= n) vsrs = statistic === 'total' ? (s2 * W * (W - n)) / n : (s2 * (W - n)) / (W * n);
  const deff = variance / vsrs;
  let ciLow: number;
  let ciHigh: number;
  if (ciMethod === 'normal') {
    const z = normalQuantile(1 - (1 - level) / 2);
    ciLow = estimate - z * se;
    ciHigh = estimate + z * se;
  } else if (ciMethod === 'logit') {
    [ciLow, ciHigh] = logitInterval(estimate, se, degf, level);
  } else {
    [ciLow, ciHigh] = wilsonInterval(estimate, se, degf, level, a.sumW2 > 0 ? (W * W) / a.sumW2 : Number.NaN);
  }
  const small = n < minN;
  const suppressed = small && options.suppress === true;
  return Object.freeze({
    statistic,
    estimate: suppressed ? Number.NaN : estimate,
    se: suppressed ? Number.NaN : se,
    ciLow: suppressed ? Number.NaN : ciLow,
    ciHigh: suppressed ? Number.NaN : ciHigh,
    level,
    ciMethod,
    n,
    sumWeights: W,
    deff: suppressed ? Number.NaN : deff,
    kishEffect: a.sumW2 > 0 ? (n * a.sumW2) / (W * W) : Number.NaN,
    nEff: a.sumW2 > 0 ? (W * W) / a.sumW2 : Number.NaN,
    degf,
    small,
    suppressed,
  });
}
