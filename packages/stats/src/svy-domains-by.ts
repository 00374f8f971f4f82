import type { SurveyDesign, SurveyDomain } from './survey-design';
import { domainDegf } from './svy-domain';

/**
 * One domain per level of a categorical variable (R's `svyby(…, ~var, …)` domains, each like
 * `subset(design, var == level)`); rows with a missing code (−1) belong to none.
 *
 * Method: a counting pass and a filling pass over the codes (a counting sort of the row indices).
 * Reference: https://r-survey.r-forge.r-project.org/survey/html/svyby.html
 *
 * Runs in O(n + L) time for L levels.
 *
 * @param design the design
 * @param codes per row: level index 0 … levels.length − 1, or −1 for missing
 * @param levels level labels; domain k is labelled `${name} = ${levels[k]}`
 * @param name variable name for the labels
 * @returns one domain per level, in level order
 * @throws {RangeError} if codes does not have one entry per row or a code is out of range
 * @example
 * const byDistrict = svyDomainsBy(design, district.codes, district.levels, 'Ortsteil');
 */
export function svyDomainsBy(
  design: SurveyDesign,
  codes: ArrayLike<number>,
  levels: readonly string[],
  name = '',
): SurveyDomain[] {
  if (codes.length !== design.n) {
    throw new RangeError(`svyDomainsBy requires one code per row (${design.n}), got ${codes.length}`);
  }
  const L = levels.length;
  const counts = new Int32Array(L);
  for (let i = 0; i < design.n; i++) {
    const c = codes[i] as number;
    if (c === -1 || Number.isNaN(c)) continue;
    if (!(c >= 0 && c < L && Number.isInteger(c))) {
      throw new RangeError(`svyDomainsBy requires codes in 0…${L - 1} or -1: row ${i + 1} has ${c}`);
    }
    counts[c] = (counts[c] as number) + 1;
  }
  const rows = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(L);
  for (let i = 0; i < design.n; i++) {
    const c = codes[i] as number;
    if (c === -1 || Number.isNaN(c)) continue;
    (rows[c] as Int32Array)[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  }
  return rows.map((r, k) =>
    Object.freeze({
      kind: 'survey-domain' as const,
      design,
      rows: r,
      degf: domainDegf(design, r),
      label: name ? `${name} = ${levels[k]}` : (levels[k] as string),
    }),
  );
}
