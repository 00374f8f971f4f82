/**
 * Zwischennachweis: for a grant of a funding year, the interim report is due on 30 April of the
 * following year (issue 13; the LPR's practice under the ANBest-K).
 */
export const INTERIM_REPORT_RULE = 'Zwischennachweis bis 30. April des Folgejahres';

export function interimReportDueOn(fundingYear: number): string {
  return `${fundingYear + 1}-04-30`;
}

/** Overdue when the day is after the due date and no report was filed. */
export function isInterimReportOverdue(fundingYear: number, today: string, filedOn: string | null): boolean {
  return filedOn === null && today > interimReportDueOn(fundingYear);
}
