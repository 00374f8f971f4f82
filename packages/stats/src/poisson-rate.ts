import type { Alternative } from './binomial-test';
import { gammaQuantile } from './gamma-quantile';
import { countAtMost } from './internal/count-tail';
import { dpoisRaw } from './internal/loader';
import { poissonCdf } from './poisson-cdf';

/** An event rate with its exact confidence interval. */
export interface PoissonRate {
  readonly count: number;
  readonly exposure: number;
  /** rate per `per` units of exposure (e.g. Häufigkeitszahl: cases per 100,000 inhabitants) */
  readonly rate: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly level: number;
  readonly per: number;
  /** p-value of the test against `nullRate` (NaN when no null rate was given) */
  readonly pValue: number;
}

/**
 * Event rate per `per` units of exposure with the exact Poisson confidence interval and, optionally, the
 * exact test against a null rate (R's one-sample `poisson.test`).
 *
 * Method: the interval inverts the Poisson tails through gamma quantiles, [Γ⁻¹(α/2; x), Γ⁻¹(1−α/2; x+1)]
 * / exposure (Garwood 1936, Biometrika 28, 437–442); the two-sided p-value sums the probabilities of counts
 * no more likely than the observed one with R's relative tolerance 1 + 1e-7.
 * Reference: https://stat.ethz.ch/R-manual/R-devel/library/stats/html/poisson.test.html
 *
 * Runs in O(√x) time for the interval; the two-sided p-value adds O(log(x + λ)) density evaluations
 * (bisection for the boundary of R's count; ranges shorter than 4096 are scanned like R).
 *
 * @param count number of events, a non-negative integer
 * @param exposure person-time or population, > 0
 * @param options `per` (default 100000), `level` (default 0.95), `alternative` (default "two.sided"),
 *   `nullRate` (per `per` units; default none)
 * @returns the rate, its confidence interval and (with a null rate) the p-value
 * @throws {RangeError} if the count is not a non-negative integer, the exposure is not positive, or the level is out of (0, 1)
 * @example
 * poissonRate(42, 58_000).rate; // => 72.41379310344827 (cases per 100,000)
 */
export function poissonRate(
  count: number,
  exposure: number,
  options: { per?: number; level?: number; alternative?: Alternative; nullRate?: number } = {},
): PoissonRate {
  const per = options.per ?? 100_000;
  const level = options.level ?? 0.95;
  const alternative = options.alternative ?? 'two.sided';
  if (!(Number.isInteger(count) && count >= 0)) {
    throw new RangeError(`poissonRate requires a non-negative integer count, got ${count}`);
  }
  if (!(exposure > 0 && Number.isFinite(exposure))) {
    throw new RangeError(`poissonRate requires a positive exposure, got ${exposure}`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError(`poissonRate requires a level in (0, 1), got ${level}`);
  if (!(per > 0)) throw new RangeError(`poissonRate requires per > 0, got ${per}`);
  const x = count;
  const lowerBound = (alpha: number) => (x === 0 ? 0 : gammaQuantile(alpha, x));
  const upperBound = (alpha: number) => gammaQuantile(1 - alpha, x + 1);
  let lo: number;
  let hi: number;
  if (alternative === 'less') {
    lo = 0;
    hi = upperBound(1 - level);
  } else if (alternative === 'greater') {
    lo = lowerBound(1 - level);
    hi = Number.POSITIVE_INFINITY;
  } else {
    const alpha = (1 - level) / 2;
    lo = lowerBound(alpha);
    hi = upperBound(alpha);
  }
  let pValue = Number.NaN;
  if (options.nullRate !== undefined) {
    if (!(options.nullRate >= 0))
      throw new RangeError(`poissonRate requires nullRate >= 0, got ${options.nullRate}`);
    const m = (options.nullRate / per) * exposure;
    pValue = poissonPValue(x, m, alternative);
  }
  return {
    count,
    exposure,
    rate: (x / exposure) * per,
    ciLow: (lo / exposure) * per,
    ciHigh: (hi / exposure) * per,
    level,
    per,
    pValue,
  };
}

/** P-value of the exact Poisson test of x events against mean m, exactly as R's poisson.test. */
function poissonPValue(x: number, m: number, alternative: Alternative): number {
  if (alternative === 'less') return poissonCdf(x, m);
  if (alternative === 'greater') return poissonCdf(x - 1, m, false);
  if (m === 0) return x === 0 ? 1 : 0;
  const relErr = 1 + 1e-7;
  const d = dpoisRaw(x, m);
  if (x === m) return 1;
  if (x < m) {
    let N = Math.ceil(2 * m - x);
    while (dpoisRaw(N, m) > d) N *= 2;
    const y = countAtMost(Math.ceil(m), N, (i) => dpoisRaw(i, m), d * relErr, false);
    return poissonCdf(x, m) + poissonCdf(N - y, m, false);
  }
  const y = countAtMost(0, Math.floor(m), (i) => dpoisRaw(i, m), d * relErr, true);
  return poissonCdf(y - 1, m) + poissonCdf(x - 1, m, false);
}
