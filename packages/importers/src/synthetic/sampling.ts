import type { Rng } from './prng';

/**
 * Exact samplers for counts.
 *
 * Poisson: inversion by sequential search (Devroye 1986, X.3) for mean < 30, and for larger means
 * PTRS, the transformed rejection of Hörmann (1993, "The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12, 39–45), which is
 * exact and needs ~1.1 uniforms per draw.
 */
export function poisson(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < 30) {
    let k = 0;
    let p = Math.exp(-mean);
    let s = p;
    const u = rng();
    while (u > s && k < 1000) {
      k++;
      p *= mean / k;
      s += p;
    }
    return k;
  }
  const slam = Math.sqrt(mean);
  const loglam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -mean + k * loglam - logFactorial(k)
    )
      return k;
  }
}

/** ln(k!): the product for k < 10, Stirling's series for ln Γ(k + 1) above (error < 1e-12). */
function logFactorial(k: number): number {
  if (k < 10) {
    let f = 1;
    for (let i = 2; i <= k; i++) f *= i;
    return Math.log(f);
  }
  const x = k + 1;
  return (
    (x - 0.5) * Math.log(x) -
    x +
    0.5 * Math.log(2 * Math.PI) +
    1 / (12 * x) -
    1 / (360 * x ** 3) +
    1 / (1260 * x ** 5)
  );
}

/**
 * Binomial(n, p) by counting successes: O(n), exact, fine for the few thousand trials of the
 * demo series. Used to thin a parent count into a sub-key count, which keeps sub ≤ parent and,
 * for a Poisson parent, gives a Poisson sub-count (thinning property).
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (p <= 0 || n <= 0) return 0;
  if (p >= 1) return n;
  let k = 0;
  for (let i = 0; i < n; i++) if (rng() < p) k++;
  return k;
}
