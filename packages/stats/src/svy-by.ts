import { checkInputs, estimateFromSums } from './internal/estimate';
import { type Accumulation, accumulate, accumulateWithDomains } from './internal/linearisation';
import type { EstimateOptions, SurveyDesign, SurveyDomain, SurveyEstimate } from './survey-design';

/** What svyBy estimates: a mean, a total, or the proportion of answers in `values`. */
export type SvyByStatistic =
  | { readonly statistic: 'mean' | 'total' }
  | {
      readonly statistic: 'proportion';
      readonly values: readonly number[];
      readonly ciMethod?: 'logit' | 'wilson';
    };

export interface SvyByResult {
  /** the estimate for the whole sample */
  readonly overall: SurveyEstimate;
  /** one estimate per domain, in the order of `domains` */
  readonly domains: readonly SurveyEstimate[];
}

/**
 * A mean, total or proportion for the whole sample and for each of several domains, as R's
 * `svymean(~y, design)` together with `svyby(~y, ~by, design, svymean)`: the results of svyMean / svyTotal /
 * svyProportion called once without and once per domain (`{ domain }`), the domains' bit for bit, the
 * sample's up to the rounding of sums added in another order.
 *
 * Method: as the single estimators (Taylor linearisation with R's calibration projections, the domain's
 * degrees of freedom). When the domains are disjoint (as from svyDomainsBy), one pass adds each row to its
 * domain's sums only, and the sample's sums are combined from the domains' (Σw(z − z̄)² by Chan, Golub &
 * LeVeque's update): half the work of a pass for the sample and one per domain, which is what an analysis
 * of a large sample spends its time on. Overlapping domains get one pass each.
 * Reference: Lumley (2010) Complex Surveys §2.4, 3.3; Chan, Golub & LeVeque (1983) Algorithms for
 * computing the sample variance, The American Statistician 37(3);
 * https://r-survey.r-forge.r-project.org/survey/html/svyby.html
 *
 * Runs in O(n·(M + 1) + (D + 1)·P·C) time for n rows, M calibration margins, D domains, P PSUs and C cells.
 *
 * @param design the design from svyDesign (possibly calibrated)
 * @param y one value per row; NaN marks a missing answer (−1 in an Int32Array of factor codes)
 * @param domains domains of this design, e.g. from svyDomainsBy
 * @param what the statistic; for a proportion the answer codes that count as "yes" and the interval
 * @param options level (0.95), minN (30), suppress (false), as for the single estimators
 * @returns the estimate for the sample and one per domain
 * @throws {RangeError} as the single estimators: y of the wrong length, a domain of another design, a
 *   level out of (0, 1), a proportion without values
 * @example
 * svyBy(design, fear, svyDomainsBy(design, sex.codes, sex.levels), { statistic: 'mean' }).domains[1].estimate;
 */
export function svyBy(
  design: SurveyDesign,
  y: ArrayLike<number>,
  domains: readonly SurveyDomain[],
  what: SvyByStatistic,
  options: Omit<EstimateOptions, 'domain'> = {},
): SvyByResult {
  checkInputs('svyBy', design, y, options);
  for (const domain of domains) checkInputs('svyBy', design, y, { ...options, domain });
  let values: Float64Array | null = null;
  if (what.statistic === 'proportion') {
    if (what.values.length === 0) throw new RangeError('svyBy requires at least one value for a proportion');
    values = Float64Array.from(what.values);
  }
  const sums = disjointSums(design, y, domains, values);
  const estimateOptions = what.statistic === 'proportion' ? { ...options, ciMethod: what.ciMethod } : options;
  return {
    overall: estimateFromSums(what.statistic, design, sums[0] as Accumulation, estimateOptions),
    domains: domains.map((domain, k) =>
      estimateFromSums(what.statistic, design, sums[k + 1] as Accumulation, { ...estimateOptions, domain }),
    ),
  };
}

/** Row → domain index of the last domain lists (null: some row is in two domains), by their first domain. */
const domainMaps = new WeakMap<
  SurveyDomain,
  { domains: readonly SurveyDomain[]; domainOf: Int32Array | null }
>();

/**
 * Per row, the index of its domain (−1 for none), or null when domains overlap. Domains are immutable,
 * so the map is kept for the same list of domains (an analysis estimates many variables over them).
 */
function domainIndex(n: number, domains: readonly SurveyDomain[]): Int32Array | null {
  const first = domains[0];
  if (!first) return new Int32Array(n).fill(-1);
  const known = domainMaps.get(first);
  if (known && known.domains.length === domains.length && known.domains.every((d, k) => d === domains[k])) {
    return known.domainOf;
  }
  let domainOf: Int32Array | null = new Int32Array(n).fill(-1);
  mark: for (let k = 0; k < domains.length; k++) {
    const rows = (domains[k] as SurveyDomain).rows;
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j] as number;
      if (domainOf[i] !== -1) {
        domainOf = null;
        break mark;
      }
      domainOf[i] = k;
    }
  }
  domainMaps.set(first, { domains: [...domains], domainOf });
  return domainOf;
}

/** Sums for the sample, then each domain: one pass when no row is in two domains, else one per domain. */
function disjointSums(
  design: SurveyDesign,
  y: ArrayLike<number>,
  domains: readonly SurveyDomain[],
  values: Float64Array | null,
): Accumulation[] {
  const domainOf = domainIndex(design.n, domains);
  if (domainOf === null) {
    return [
      accumulate(design, y, null, values),
      ...domains.map((d) => accumulate(design, y, d.rows, values)),
    ];
  }
  return accumulateWithDomains(design, y, values, domainOf, domains.length);
}
