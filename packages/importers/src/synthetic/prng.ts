/**
 * Seeded pseudo-random numbers for reproducible synthetic data (demo municipality, benchmarks).
 *
 * mulberry32 (Tommy Ettinger, 2017; public domain): a 32-bit state advanced by the Weyl constant
 * 0x6D2B79F5 and scrambled by two multiply-xorshift rounds. Period 2^32, passes gjrand/PractRand to
 * the sizes used here; not cryptographic. Chosen because it is four lines, fast in JavaScript
 * (Math.imul) and gives the same sequence on every platform, unlike Math.random.
 */
export type Rng = () => number;

/** Returns a function yielding uniform numbers in [0, 1), fully determined by `seed`. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
