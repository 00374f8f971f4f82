import { normalQuantile } from './normal-quantile';

export interface IndependentDifference {
  difference: number;
  se: number;
  ciLow: number;
  ciHigh: number;
}

/**
 * Difference a − b of two estimates from independent samples (e.g. two survey waves) with the normal
 * interval on the combined standard error √(se_a² + se_b²), as R's
 * `d <- a - b; se <- sqrt(sa^2 + sb^2); d + c(-1, 1) * qnorm(1 - (1 - level) / 2) * se`.
 */
export function independentDifference(
  a: number,
  seA: number,
  b: number,
  seB: number,
  level = 0.95,
): IndependentDifference {
  const difference = a - b;
  const se = Math.sqrt(seA * seA + seB * seB);
  const z = normalQuantile(1 - (1 - level) / 2);
  return { difference, se, ciLow: difference - z * se, ciHigh: difference + z * se };
}
