import { type FundingViolation, germanDate } from './violation';

/**
 * RL KommPräv Ziffer VI Nr. 2 (Antragsfrist): the application for a funding year is filed from 31 August
 * until 15 October of the year before (received by the granting authority, the LPR's office). Applied
 * strictly since the funding year 2024. Dates are calendar days in Europe/Berlin (YYYY-MM-DD).
 */
export const APPLICATION_WINDOW_RULE = 'RL KommPräv Ziffer VI Nr. 2 (Antragsfrist)';

export function applicationWindow(fundingYear: number): { opens: string; closes: string } {
  return { opens: `${fundingYear - 1}-08-31`, closes: `${fundingYear - 1}-10-15` };
}

export function checkApplicationWindow(submittedOn: string, fundingYear: number): FundingViolation | null {
  const { opens, closes } = applicationWindow(fundingYear);
  // ISO dates compare correctly as strings.
  if (submittedOn >= opens && submittedOn <= closes) return null;
  return {
    code: 'FUNDING_OUTSIDE_WINDOW',
    rule: APPLICATION_WINDOW_RULE,
    message: `${APPLICATION_WINDOW_RULE}: Anträge für das Förderjahr ${fundingYear} sind vom ${germanDate(opens)} bis zum ${germanDate(closes)} einzureichen; dieser Antrag wurde am ${germanDate(submittedOn)} eingereicht.`,
    values: { submittedOn, fundingYear, opens, closes },
  };
}
