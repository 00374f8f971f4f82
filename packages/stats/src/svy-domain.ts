import type { SurveyDesign, SurveyDomain } from './survey-design';

/** Degrees of freedom of the design restricted to `rows`: PSUs present − strata present. @internal */
export function domainDegf(design: SurveyDesign, rows: Int32Array): number {
  const seenPsu = new Uint8Array(design.nPsu);
  const seenStratum = new Uint8Array(design.nStrata);
  let psus = 0;
  let strata = 0;
  for (let j = 0; j < rows.length; j++) {
    const p = design.psu[rows[j] as number] as number;
    if (seenPsu[p]) continue;
    seenPsu[p] = 1;
    psus++;
    const h = design.psuStratum[p] as number;
    if (!seenStratum[h]) {
      seenStratum[h] = 1;
      strata++;
    }
  }
  return psus - strata;
}

/**
 * Domain (subgroup) of a design, for estimates restricted to it like R's `subset(design, condition)`: the
 * domain keeps the full design (strata, PSUs, fpc, calibration), rows outside count as zero, so the
 * variance reflects the random size of the domain (Lumley 2010, Complex Surveys §2.3).
 *
 * Method: collects the indices of the rows in the domain and its degrees of freedom (PSUs with domain rows
 * − their strata, as R's `degf` of the subset).
 * Reference: https://r-survey.r-forge.r-project.org/survey/html/subset.survey.design.html
 *
 * Runs in O(n) time.
 *
 * @param design the design
 * @param member per row: truthy when the row belongs to the domain (NaN, null, undefined count as not)
 * @param label name for reports, e.g. "Ortsteil = Nord"
 * @returns the domain
 * @throws {RangeError} if member does not have one entry per row
 * @example
 * const women = svyDomain(design, sex.map((s) => s === 'w'), 'Frauen');
 */
export function svyDomain(
  design: SurveyDesign,
  member: ArrayLike<boolean | number | null | undefined>,
  label = '',
): SurveyDomain {
  if (member.length !== design.n) {
    throw new RangeError(`svyDomain requires one entry per row (${design.n}), got ${member.length}`);
  }
  let count = 0;
  for (let i = 0; i < design.n; i++) if (member[i]) count++;
  const rows = new Int32Array(count);
  let j = 0;
  for (let i = 0; i < design.n; i++) if (member[i]) rows[j++] = i;
  return Object.freeze({ kind: 'survey-domain', design, rows, degf: domainDegf(design, rows), label });
}
