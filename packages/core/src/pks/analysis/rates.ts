import { poissonRate, rateRatio } from '@asskomm/stats';

/** Häufigkeitszahl (cases per 100,000 inhabitants) with its exact Poisson 95 % confidence interval. */
export interface HzEstimate {
  hz: number;
  ciLow: number;
  ciHigh: number;
}

/** A rate ratio with the exact 95 % confidence interval and two-sided p-value (R's `poisson.test`). */
export interface RateRatioEstimate {
  rateRatio: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
}

export const HZ_PER = 100_000;
export const CONFIDENCE_LEVEL = 0.95;
/** Significance level matching the 95 % intervals. */
export const ALPHA = 1 - CONFIDENCE_LEVEL;

/**
 * HZ = cases × 100,000 / population, with the exact (Garwood) interval of R's
 * `poisson.test(cases, population)$conf.int × 100000`. Null without a usable population.
 */
export function hzWithCi(cases: number, population: number | null | undefined): HzEstimate | null {
  if (population == null || !(population > 0)) return null;
  const r = poissonRate(cases, population, { per: HZ_PER, level: CONFIDENCE_LEVEL });
  return { hz: r.rate, ciLow: r.ciLow, ciHigh: r.ciHigh };
}

/**
 * Rate ratio of two independent Poisson counts, (x1/t1) / (x2/t2), exactly as R's
 * `poisson.test(c(x1, x2), c(t1, t2))`. Used for changes over time (two different years) and for
 * areas that do not overlap. Null when a population is missing or both counts are 0.
 */
export function compareIndependent(
  x1: number,
  t1: number | null,
  x2: number,
  t2: number | null,
): RateRatioEstimate | null {
  if (t1 == null || t2 == null || !(t1 > 0) || !(t2 > 0) || x1 + x2 === 0) return null;
  const r = rateRatio(x1, t1, x2, t2, { level: CONFIDENCE_LEVEL });
  return { rateRatio: r.estimate, ciLow: r.ciLow, ciHigh: r.ciHigh, pValue: r.pValue };
}

/**
 * Rate ratio of an area against a larger area that CONTAINS it (a municipality against its district,
 * a district against Saxony): (x/t) / (X/T). The two counts overlap, so the two-sample test cannot be
 * applied to (x, X) directly. Instead the exact test compares the area with the REST of the larger
 * area, r = (x/t) / ((X−x)/(T−t)), which is two independent counts, and maps r and its interval to
 * the ratio against the whole by the increasing function f(r) = r / (p·r + 1 − p), p = t/T
 * (f(1) = 1, so the p-value is the same). In R:
 * `pt <- poisson.test(c(x, X - x), c(t, T - t)); f(pt$estimate); f(pt$conf.int); pt$p.value`.
 * Null when populations are missing, the area is not smaller than the whole (a kreisfreie Stadt
 * against its own district), or the rest has no cases and the area none either.
 */
export function compareWithContaining(
  x: number,
  t: number | null,
  X: number,
  T: number | null,
): RateRatioEstimate | null {
  if (t == null || T == null || !(t > 0) || !(T > t) || X < x) return null;
  const rest = compareIndependent(x, t, X - x, T - t);
  if (!rest) return null;
  const p = t / T;
  const f = (r: number) => (Number.isFinite(r) ? r / (p * r + 1 - p) : 1 / p);
  return {
    rateRatio: x / t / (X / T),
    ciLow: f(rest.ciLow),
    ciHigh: f(rest.ciHigh),
    pValue: rest.pValue,
  };
}

/** Whether a rate ratio differs from 1 beyond random variation: p < 0.05 and the 95 % CI excludes 1. */
export function isNotable(r: RateRatioEstimate): boolean {
  return r.pValue < ALPHA && (r.ciLow > 1 || r.ciHigh < 1);
}
