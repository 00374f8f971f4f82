/**
 * Regularised incomplete beta and gamma functions returning both tails, plus a safeguarded Newton
 * solver for their inverses. Shared by the public distribution functions.
 * @internal
 */
import { dbinomRaw, dpoisRaw } from './loader';

const EPS = 1e-16;
const FPMIN = 1e-300;
const MAX_ITER = 200_000;

export interface Tails {
  lower: number;
  upper: number;
}

/** Continued fraction for the incomplete beta (modified Lentz), Numerical Recipes `betacf`. */
function betaContinuedFraction(a: number, b: number, x: number, y: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  // 1 − (a+b)x/(a+1), written with y = 1 − x so that nothing cancels when x is close to 1
  let d = x > 0.5 ? (1 - b + qab * y) / qap : 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  return h;
}

/** x^a (1−x)^b / B(a, b), via Loader's saddle-point binomial density (no cancellation for large a, b). */
export function betaFront(x: number, y: number, a: number, b: number): number {
  return (dbinomRaw(a, a + b, x, y) * a * b) / (a + b);
}

/**
 * Regularised incomplete beta I_x(a, b) and its complement; `y` must equal 1 − x and is passed so that
 * callers who know 1 − x more precisely than x keep that precision.
 */
export function betaTails(x: number, y: number, a: number, b: number): Tails {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (y <= 0) return { lower: 1, upper: 0 };
  const front = betaFront(x, y, a, b);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * betaContinuedFraction(a, b, x, y)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (front * betaContinuedFraction(b, a, y, x)) / b;
  return { lower: 1 - upper, upper };
}

/** Beta density x^(a−1) (1−x)^(b−1) / B(a, b). */
export function betaDensity(x: number, y: number, a: number, b: number): number {
  if (x <= 0 || y <= 0) {
    if (x <= 0) return a < 1 ? Number.POSITIVE_INFINITY : a === 1 ? b : 0;
    return b < 1 ? Number.POSITIVE_INFINITY : b === 1 ? a : 0;
  }
  return betaFront(x, y, a, b) / (x * y);
}

/** Regularised incomplete gamma P(a, x) and Q(a, x) = 1 − P(a, x). */
export function gammaTails(x: number, a: number): Tails {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (!Number.isFinite(x)) return { lower: 1, upper: 0 };
  if (x < a + 1) {
    // series: P = x^a e^-x / Γ(a+1) · Σ x^n / ((a+1)…(a+n))
    let sum = 1;
    let term = 1;
    for (let n = 1; n <= MAX_ITER; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * EPS) break;
    }
    const lower = dpoisRaw(a, x) * sum;
    return { lower, upper: 1 - lower };
  }
  // continued fraction for Q (modified Lentz), Numerical Recipes `gcf`
  let bb = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / bb;
  let h = d;
  for (let i = 1; i <= MAX_ITER; i++) {
    const an = -i * (i - a);
    bb += 2;
    d = an * d + bb;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = bb + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  const upper = a * dpoisRaw(a, x) * h;
  return { lower: 1 - upper, upper };
}

/** Gamma density x^(a−1) e^(−x) / Γ(a). */
export function gammaDensity(x: number, a: number): number {
  if (x <= 0) return a < 1 ? Number.POSITIVE_INFINITY : a === 1 ? 1 : 0;
  return (a * dpoisRaw(a, x)) / x;
}

/**
 * Solves tail(x) = target for a continuous distribution on (lo, hi) by Newton–Raphson steps kept inside
 * a bracket that shrinks at every evaluation (bisection when a step leaves it). `upper` chooses which tail
 * the target refers to, so that small upper-tail probabilities keep full relative precision.
 */
export function invertCdf(
  target: number,
  upper: boolean,
  start: number,
  lo: number,
  hi: number,
  tails: (x: number) => Tails,
  density: (x: number) => number,
): number {
  let x = Math.min(Math.max(start, lo), hi);
  if (!(x > lo && x < hi)) x = Number.isFinite(hi) ? (lo + hi) / 2 : lo + 1;
  let low = lo;
  let high = hi;
  for (let iter = 0; iter < 2000; iter++) {
    const t = tails(x);
    // g(x) is increasing in x in both cases
    const g = upper ? target - t.upper : t.lower - target;
    if (g === 0) return x;
    if (g > 0) high = x;
    else low = x;
    const f = density(x);
    let next = x - g / f;
    if (!(next > low && next < high) || !Number.isFinite(next)) {
      next = Number.isFinite(high) ? (low + high) / 2 : Math.max(2 * x, x + 1);
    }
    if (Math.abs(next - x) <= 4e-16 * Math.abs(x) || next === x) return next;
    if (Number.isFinite(high) && high - low <= 4e-16 * Math.max(Math.abs(low), Math.abs(high))) return next;
    x = next;
  }
  return x;
}
