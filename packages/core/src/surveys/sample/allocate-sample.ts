/**
 * Allocation of a stratified sample to districts.
 *
 * Proportional allocation n_h = n · N_h / N, rounded with the largest-remainder (Hamilton) method: every
 * district gets the integer part, the leftover units go to the largest fractional parts (ties: larger
 * district first, then name). The sizes add up to n exactly and never exceed N_h. Computed in integers,
 * so there is no floating-point rounding.
 */
import { AppError } from '../../errors.ts';

export interface StratumAllocation {
  readonly district: string;
  /** Eligible persons in the district (N_h). */
  readonly population: number;
  /** Persons to draw (n_h). */
  readonly sampleSize: number;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Proportional allocation of `total` over the districts' populations (largest remainder). */
export function allocateProportional(
  populations: ReadonlyMap<string, number>,
  total: number,
): StratumAllocation[] {
  const districts = [...populations.entries()].sort(([a], [b]) => byName(a, b));
  const N = districts.reduce((sum, [, n]) => sum + n, 0);
  if (!Number.isInteger(total) || total < 0) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: 'Die Stichprobengröße muss eine ganze Zahl ≥ 0 sein.',
    });
  }
  if (total > N) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Die Stichprobe (${total}) ist größer als die Zahl der berechtigten Personen (${N}).`,
    });
  }
  if (N === 0) return districts.map(([district]) => ({ district, population: 0, sampleSize: 0 }));
  const quotas = districts.map(([district, population]) => {
    const product = total * population; // exact: both are integers well below 2^53
    return { district, population, floor: Math.floor(product / N), remainder: product % N };
  });
  let left = total - quotas.reduce((sum, q) => sum + q.floor, 0);
  const order = [...quotas].sort(
    (a, b) => b.remainder - a.remainder || b.population - a.population || byName(a.district, b.district),
  );
  const extra = new Set<string>();
  for (const q of order) {
    if (left === 0) break;
    extra.add(q.district);
    left--;
  }
  return quotas.map((q) => ({
    district: q.district,
    population: q.population,
    sampleSize: q.floor + (extra.has(q.district) ? 1 : 0),
  }));
}

/** Set sizes per district (districts not named get 0). Refuses unknown districts and sizes above N_h. */
export function allocateFixed(
  populations: ReadonlyMap<string, number>,
  sizes: Readonly<Record<string, number>>,
): StratumAllocation[] {
  for (const [district, size] of Object.entries(sizes)) {
    const population = populations.get(district);
    if (population === undefined) {
      throw new AppError('VALIDATION_FAILED', {
        userMessage: `Ortsteil „${district}“ kommt im Melderegisterauszug nicht vor.`,
      });
    }
    if (!Number.isInteger(size) || size < 0 || size > population) {
      throw new AppError('VALIDATION_FAILED', {
        userMessage: `Für „${district}“ sind ${size} Personen verlangt, es gibt aber nur ${population} berechtigte.`,
      });
    }
  }
  return [...populations.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([district, population]) => ({ district, population, sampleSize: sizes[district] ?? 0 }));
}
