import { formatEuro, sumCent } from '@asskomm/contracts';
import type { FundingViolation } from './violation';

/**
 * Mittelabruf (ANBest-K): funds are called in parts as they are needed; all calls together stay within
 * the approved grant.
 */
export const CALL_RULE = 'Mittelabruf (ANBest-K): alle Abrufe zusammen höchstens in Höhe der Bewilligung';

export function checkCallWithinApproval(
  amountCent: number,
  calledBeforeCent: number[],
  approvedCent: number,
): FundingViolation | null {
  const before = sumCent(calledBeforeCent);
  const total = sumCent([before, amountCent]);
  if (total <= approvedCent) return null;
  return {
    code: 'FUNDING_CALL_OVER_APPROVAL',
    rule: CALL_RULE,
    message: `${CALL_RULE}: bewilligt ${formatEuro(approvedCent)}, bereits abgerufen ${formatEuro(before)}, dieser Abruf ${formatEuro(amountCent)}; höchstens noch ${formatEuro(Math.max(0, approvedCent - before))}.`,
    values: { amountCent, calledBeforeCent: before, approvedCent },
  };
}
