import { formatEuro } from '@asskomm/contracts';
import type { FundingViolation } from './violation';

/**
 * Bewilligungsbescheid (VV zu § 44 SäHO): the grant is approved at most in the amount applied for; a
 * higher approval would need a new application.
 */
export const APPROVAL_RULE = 'Bewilligung (VV zu § 44 SäHO): höchstens in Höhe der beantragten Zuwendung';

export function checkApprovalWithinRequest(
  approvedCent: number,
  requestedCent: number,
): FundingViolation | null {
  if (approvedCent <= requestedCent) return null;
  return {
    code: 'FUNDING_APPROVAL_OVER_REQUEST',
    rule: APPROVAL_RULE,
    message: `${APPROVAL_RULE}: bewilligt werden sollen ${formatEuro(approvedCent)}, beantragt sind ${formatEuro(requestedCent)}.`,
    values: { approvedCent, requestedCent },
  };
}
