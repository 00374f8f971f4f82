import { formatEuro, sumCent } from '@asskomm/contracts';
import type { FundingViolation } from './violation';

/**
 * Verwendungsnachweis (VV zu § 44 SäHO, ANBest-K): the receipts list shows the expenses paid from the
 * grant; their sum cannot exceed the approved grant.
 */
export const PROOF_RULE =
  'Verwendungsnachweis (VV zu § 44 SäHO): Ausgaben aus der Zuwendung höchstens in Höhe der Bewilligung';

export function checkProofWithinApproval(
  receiptsCent: number[],
  approvedCent: number,
): FundingViolation | null {
  const spent = sumCent(receiptsCent);
  if (spent <= approvedCent) return null;
  return {
    code: 'FUNDING_PROOF_OVER_APPROVAL',
    rule: PROOF_RULE,
    message: `${PROOF_RULE}: Die Belegliste (${receiptsCent.length} Belege) summiert sich auf ${formatEuro(spent)}, bewilligt sind ${formatEuro(approvedCent)} (${formatEuro(spent - approvedCent)} zu viel).`,
    values: { spentCent: spent, approvedCent, receipts: receiptsCent.length },
  };
}
