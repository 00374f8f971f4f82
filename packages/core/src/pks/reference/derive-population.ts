/**
 * The BKA district tables print the HZ (cases per 100,000 on the stock of 31.12. of the previous
 * year) but not the population. When no official figure for that date is loaded, the population is
 * computed back: a printed integer HZ h of c cases means c·100,000/P rounds to h, so P lies in
 * [c·100,000/(h + 0.5), c·100,000/(h − 0.5)]. Intersecting these intervals over all keys of the
 * district pins P down to a few inhabitants (for the total key alone ±0.01 %); the midpoint is used.
 * If the intervals do not intersect (a source that truncates instead of rounding), the key with the
 * most cases decides. Such populations are stored with `derived = true` and labelled as derived.
 */
export interface HzObservation {
  cases: number;
  hz: number | null | undefined;
}

export interface DerivedPopulation {
  population: number;
  /** Half-width of the interval in inhabitants (0 when only the fallback was possible). */
  uncertainty: number;
  /** Number of (cases, HZ) pairs used. */
  observations: number;
}

export function derivePopulationFromHz(rows: readonly HzObservation[]): DerivedPopulation | null {
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  let best: HzObservation | null = null;
  let used = 0;
  for (const r of rows) {
    if (r.hz == null || !(r.hz >= 1) || !(r.cases > 0)) continue;
    used++;
    low = Math.max(low, (r.cases * 1e5) / (r.hz + 0.5));
    high = Math.min(high, (r.cases * 1e5) / (r.hz - 0.5));
    if (!best || r.cases > best.cases) best = r;
  }
  if (!best) return null;
  if (low <= high && Number.isFinite(high)) {
    return {
      population: Math.round((low + high) / 2),
      uncertainty: Math.ceil((high - low) / 2),
      observations: used,
    };
  }
  return {
    population: Math.round((best.cases * 1e5) / (best.hz as number)),
    uncertainty: 0,
    observations: used,
  };
}
