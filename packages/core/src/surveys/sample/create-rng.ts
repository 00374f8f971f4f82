/**
 * Seeded pseudo-random numbers for reproducible samples and synthetic data (not for secrets: access codes
 * use node:crypto).
 *
 * - Seed: a text is hashed to 32 bits with FNV-1a (Fowler/Noll/Vo, http://www.isthe.com/chongo/tech/comp/fnv/).
 * - Generator: Mulberry32 by Tommy Ettinger (public domain): 32-bit state, period 2^32, fast and
 *   plenty for drawing samples of a few thousand from registers of up to millions.
 *   https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 * - Integers in [0, n): rejection sampling, so every value is exactly equally likely (no modulo bias).
 *
 * The same seed gives the same sequence on every platform (only 32-bit integer arithmetic via Math.imul).
 */
export interface Rng {
  /** Next unsigned 32-bit integer. */
  nextUint32(): number;
  /** Uniform float in [0, 1). */
  nextFloat(): number;
  /** Uniform integer in [0, n), 1 ≤ n ≤ 2^32. */
  nextInt(n: number): number;
}

/** FNV-1a, 32 bit, over the UTF-8 bytes of the seed text. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32 generator from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A generator seeded from a text (e.g. "welle-2026-musterstadt") or a number. */
export function createRng(seed: string | number): Rng {
  const next = mulberry32(typeof seed === 'number' ? seed : fnv1a32(seed));
  return {
    nextUint32: next,
    nextFloat: () => next() / 4294967296,
    nextInt(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > 4294967296)
        throw new Error(`nextInt: ungültige Obergrenze ${n}`);
      const limit = 4294967296 - (4294967296 % n);
      for (;;) {
        const x = next();
        if (x < limit) return x % n;
      }
    },
  };
}

/**
 * Simple random sample of k items without replacement: partial Fisher–Yates shuffle (Durstenfeld;
 * Knuth, TAOCP vol. 2, 3.4.2, Algorithm P), O(n) copy + O(k) swaps. Returns the items in draw order.
 */
export function sampleWithoutReplacement<T>(items: readonly T[], k: number, rng: Rng): T[] {
  if (!Number.isInteger(k) || k < 0 || k > items.length) {
    throw new Error(`Stichprobe von ${k} aus ${items.length} nicht möglich`);
  }
  const pool = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + rng.nextInt(pool.length - i);
    const tmp = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = tmp;
  }
  return pool.slice(0, k);
}
