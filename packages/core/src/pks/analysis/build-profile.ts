import { compareIndependent, compareWithContaining, hzWithCi, type RateRatioEstimate } from './rates';
import { breaksBetween, breaksInSeries, type SeriesBreakNote } from './series-breaks';
import { type AreaPhrases, type Assessment, describeChange, describeComparison } from './wording';

/** Counts of one area, key and Berichtsjahr, with the denominator (stock on 31.12. of the year before). */
export interface YearFacts {
  year: number;
  cases: number;
  attempts: number | null;
  cleared: number | null;
  suspects: number | null;
  /** Stock on 31.12.(year − 1); null when none is loaded. */
  population: number | null;
  /** The population was computed back from a published HZ (cases × 100,000 / HZ). */
  populationDerived: boolean;
  /** The cases are a sum of sub-keys (lower bound), see MainOffenceGroup.fallbackSumKeys. */
  lowerBound?: boolean;
}

export type ChangeResult = RateRatioEstimate &
  Assessment & {
    /** The years the comparison rests on (one for the previous year, five for the mean). */
    baseYears: number[];
    breaks: string[];
  };

export type ComparisonResult = RateRatioEstimate &
  Assessment & {
    referenceHz: number;
    referenceCases: number;
    referencePopulation: number;
  };

export interface ProfilePoint extends YearFacts {
  hz: number | null;
  hzCiLow: number | null;
  hzCiHigh: number | null;
  /** Aufklärungsquote in % (cleared / cases × 100; may exceed 100). */
  clearanceRate: number | null;
  changeVsPrevious: ChangeResult | null;
  changeVsFiveYearMean: ChangeResult | null;
  vsDistrict: ComparisonResult | null;
  vsSaxony: ComparisonResult | null;
}

export interface AnalysedSeries {
  key: string;
  label: string;
  /** Set when the series is a sum of these keys (a lower bound of `key`). */
  sumOf?: string[];
  breaks: SeriesBreakNote[];
  points: ProfilePoint[];
}

export interface ReferenceArea extends AreaPhrases {
  points: readonly YearFacts[];
  /** The analysed area is part of this one (a municipality of its district, a district of Saxony). */
  contains: boolean;
}

export interface SeriesInput {
  key: string;
  label: string;
  sumOf?: readonly string[];
  points: readonly YearFacts[];
}

/** Years the mean comparison pools: the five before `year`, all of them needed. */
export const MEAN_YEARS = 5;

function change(
  key: string,
  current: YearFacts,
  base: readonly YearFacts[],
  basis: 'vorjahr' | 'fuenfjahresmittel',
): ChangeResult | null {
  if (current.population == null || base.some((b) => b.population == null)) return null;
  if (base.some((b) => Boolean(b.lowerBound) !== Boolean(current.lowerBound))) return null;
  const x2 = base.reduce((s, b) => s + b.cases, 0);
  const t2 = base.reduce((s, b) => s + (b.population as number), 0);
  const r = compareIndependent(current.cases, current.population, x2, t2);
  if (!r) return null;
  const firstBase = Math.min(...base.map((b) => b.year));
  const breaks = breaksBetween(key, firstBase, current.year);
  const minCases = Math.min(current.cases, ...base.map((b) => b.cases));
  return {
    ...r,
    ...describeChange(r, { basis, year: current.year, baseYear: firstBase, minCases, breaks }),
    baseYears: base.map((b) => b.year),
    breaks,
  };
}

function comparison(current: YearFacts, ref: ReferenceArea | undefined): ComparisonResult | null {
  if (!ref) return null;
  const other = ref.points.find((p) => p.year === current.year);
  if (!other || other.population == null || current.population == null) return null;
  if (Boolean(other.lowerBound) !== Boolean(current.lowerBound)) return null;
  const r = ref.contains
    ? compareWithContaining(current.cases, current.population, other.cases, other.population)
    : compareIndependent(current.cases, current.population, other.cases, other.population);
  if (!r) return null;
  return {
    ...r,
    ...describeComparison(r, {
      where: ref.where,
      to: ref.to,
      minCases: Math.min(current.cases, other.cases),
    }),
    referenceHz: (other.cases / other.population) * 100_000,
    referenceCases: other.cases,
    referencePopulation: other.population,
  };
}

/**
 * Everything the profile shows for one area and key, year by year: cases, HZ with exact 95 % CI,
 * clearance rate, the change against the previous year and against the pooled rate of the five
 * previous years (exact rate ratios), and the comparison with the district and with Saxony. Pure:
 * the caller loads the series (core/pks/profile) and passes them in.
 */
export function analyseSeries(
  input: SeriesInput,
  refs: { district?: ReferenceArea; saxony?: ReferenceArea } = {},
): AnalysedSeries {
  const sorted = [...input.points].sort((a, b) => a.year - b.year);
  const byYear = new Map(sorted.map((p) => [p.year, p]));
  const points = sorted.map((p, i): ProfilePoint => {
    const hz = hzWithCi(p.cases, p.population);
    // The last earlier year present: a series with gaps (e.g. 2020 and 2022 only) still compares,
    // and baseYears / the wording name the year ("zu 2020").
    const previous = i > 0 ? sorted[i - 1] : undefined;
    const five = Array.from({ length: MEAN_YEARS }, (_, i) => byYear.get(p.year - MEAN_YEARS + i));
    return {
      ...p,
      hz: hz?.hz ?? null,
      hzCiLow: hz?.ciLow ?? null,
      hzCiHigh: hz?.ciHigh ?? null,
      clearanceRate: p.cleared != null && p.cases > 0 ? (p.cleared / p.cases) * 100 : null,
      changeVsPrevious: previous ? change(input.key, p, [previous], 'vorjahr') : null,
      changeVsFiveYearMean: five.every((f) => f !== undefined)
        ? change(input.key, p, five as YearFacts[], 'fuenfjahresmittel')
        : null,
      vsDistrict: comparison(p, refs.district),
      vsSaxony: comparison(p, refs.saxony),
    };
  });
  return {
    key: input.key,
    label: input.label,
    ...(input.sumOf ? { sumOf: [...input.sumOf] } : {}),
    breaks: breaksInSeries(
      input.key,
      sorted.map((p) => p.year),
    ),
    points,
  };
}
