import { MAIN_OFFENCE_KEYS } from '../pks/main-groups';
import type { PksFactRow } from '../pks/types';
import type { PopulationRow } from '../population/import-population';
import { orderProfiles, SAXONY_HZ_TOTAL } from './key-profile';
import { mulberry32, type Rng } from './prng';
import { binomial, poisson } from './sampling';

export interface MusterstadtOptions {
  seed?: number;
  /** Default '14999999'; its district is the first 5 digits ('14999', fictitious). */
  ags?: string;
  /** Berichtsjahre, default 2015–2025. */
  years?: readonly number[];
  /** Inhabitants on 31.12. before the first year (default 12,500), shrinking 0.4 % a year. */
  population?: number;
  /** Inhabitants of the fictitious district, Musterstadt included (default 180,000). */
  districtPopulation?: number;
}

export interface MusterstadtData {
  name: string;
  ags: string;
  districtAgs: string;
  districtName: string;
  /** Gemeinde rows (ags) and Kreis rows (districtAgs), main keys plus 222000, 224000, 436*00. */
  facts: PksFactRow[];
  /** Stock on 31.12. of each previous year (the PKS denominator), for both areas. */
  population: PopulationRow[];
}

const EXTRA_KEYS = ['222000', '224000', '436*00'];
const DEFAULT_YEARS = Array.from({ length: 11 }, (_, i) => 2015 + i);
/** Rauschgiftdelikte 2024 vs 2023 in Germany: −34.2 % after the KCanG (reference/domain.md §4.4). */
const CANNABIS_FACTOR = 0.658;
/** Small towns record less crime than the Saxon average (Saxony is dominated by its three cities). */
const SMALL_TOWN_LEVEL = 0.75;

/**
 * Synthetic but plausible PKS series for the demo municipality "Musterstadt (Demodaten)".
 * Per year the total is Poisson with mean population × HZ / 100,000 (Saxon HZ, times a small-town
 * level and a per-key trend of at most ±3 % a year); each sub-key is a binomial thinning of its
 * tightest containing key, which keeps every sub-key within its containers and, by the thinning
 * property, Poisson itself. The district is Musterstadt plus an independent "rest of district"
 * series; its suspect counts are sums and so an upper bound of a true district count (a suspect
 * active in two municipalities is counted once by the PKS). Fully determined by `seed`.
 */
export function generateMusterstadtPks(options: MusterstadtOptions = {}): MusterstadtData {
  const {
    seed = 2026,
    ags = '14999999',
    years = DEFAULT_YEARS,
    population = 12_500,
    districtPopulation = 180_000,
  } = options;
  const districtAgs = ags.slice(0, 5);
  const rng = mulberry32(seed);
  const keys = [...new Set([...MAIN_OFFENCE_KEYS, ...EXTRA_KEYS])];
  const trends = new Map(keys.map((k) => [k, (rng() - 0.5) * 0.06]));
  const town = series(rng, keys, years, population, trends);
  const rest = series(rng, keys, years, districtPopulation - population, trends);
  const facts: PksFactRow[] = [];
  const pop: PopulationRow[] = [];
  for (const [y, year] of years.entries()) {
    for (const key of keys) {
      const a = town.get(`${year}|${key}`) as Counts;
      const b = rest.get(`${year}|${key}`) as Counts;
      facts.push({ areaKind: 'gemeinde', ags, year, key, ...a });
      facts.push({
        areaKind: 'kreis',
        ags: districtAgs,
        year,
        key,
        cases: a.cases + b.cases,
        attempts: a.attempts + b.attempts,
        cleared: a.cleared + b.cleared,
        suspects: a.suspects + b.suspects,
      });
    }
    const shrink = 0.996 ** y;
    pop.push({
      areaKind: 'gemeinde',
      ags,
      date: `${year - 1}-12-31`,
      population: Math.round(population * shrink),
    });
    pop.push({
      areaKind: 'kreis',
      ags: districtAgs,
      date: `${year - 1}-12-31`,
      population: Math.round(districtPopulation * shrink),
    });
  }
  return {
    name: 'Musterstadt (Demodaten)',
    ags,
    districtAgs,
    districtName: 'Musterkreis (Demodaten)',
    facts,
    population: pop,
  };
}

interface Counts {
  cases: number;
  attempts: number;
  cleared: number;
  suspects: number;
}

function series(
  rng: Rng,
  keys: string[],
  years: readonly number[],
  population: number,
  trends: Map<string, number>,
): Map<string, Counts> {
  const profiles = orderProfiles(keys);
  const out = new Map<string, Counts>();
  for (const [y, year] of years.entries()) {
    const pop = population * 0.996 ** y;
    const factor = (key: string) =>
      Math.exp((trends.get(key) ?? 0) * (year - 2020)) *
      (key === '730000' && year >= 2024 ? CANNABIS_FACTOR : 1);
    const counts: Counts[] = [];
    profiles.forEach((p, i) => {
      let cases: number;
      let suspectCap = Number.POSITIVE_INFINITY;
      if (p.parents.length === 0) {
        cases = poisson(rng, (pop * SAXONY_HZ_TOTAL * SMALL_TOWN_LEVEL * factor(p.key)) / 1e5);
      } else {
        // Thin the container that allows the fewest cases; then respect every other container.
        let best = -1;
        let bestExpected = Number.POSITIVE_INFINITY;
        for (const j of p.parents) {
          const q = profiles[j]!;
          const expected =
            q.share > 0 ? ((counts[j]!.cases * p.share) / q.share) * (factor(p.key) / factor(q.key)) : 0;
          if (expected < bestExpected) {
            bestExpected = expected;
            best = j;
          }
        }
        const parent = counts[best]!;
        cases = binomial(rng, parent.cases, parent.cases > 0 ? Math.min(1, bestExpected / parent.cases) : 0);
        for (const j of p.parents) {
          cases = Math.min(cases, counts[j]!.cases);
          suspectCap = Math.min(suspectCap, counts[j]!.suspects);
        }
      }
      const c: Counts = {
        cases,
        attempts: binomial(rng, cases, p.attemptsPerCase),
        cleared: binomial(rng, cases, p.clearedPerCase),
        suspects: Math.min(suspectCap, poisson(rng, cases * p.suspectsPerCase)),
      };
      counts[i] = c;
      out.set(`${year}|${p.key}`, c);
    });
  }
  return out;
}
