/**
 * R's binom.test / poisson.test count `sum(d(i) <= threshold)` over a range on one side of the mode, where
 * the density is monotone: increasing on [0, floor(m)], decreasing on [ceil(m), …]. The set is then a
 * prefix (increasing) or a suffix (decreasing) of the range, so its size is found by bisection; short
 * ranges are scanned exactly as R does.
 * @internal
 */
export function countAtMost(
  from: number,
  to: number,
  density: (i: number) => number,
  threshold: number,
  increasing: boolean,
): number {
  if (to < from) return 0;
  if (to - from < 4096) {
    let y = 0;
    for (let i = from; i <= to; i++) if (density(i) <= threshold) y++;
    return y;
  }
  // find the boundary: first index where the predicate changes
  let lo = from;
  let hi = to + 1;
  if (increasing) {
    // predicate true on [from, b), false on [b, to]; find b
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (density(mid) <= threshold) lo = mid + 1;
      else hi = mid;
    }
    return lo - from;
  }
  // predicate false on [from, b), true on [b, to]
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (density(mid) <= threshold) hi = mid;
    else lo = mid + 1;
  }
  return to + 1 - lo;
}
