import { formatEuro, formatShare } from '@asskomm/contracts';
import { type CostItemLike, type FinancingLike, planSums } from './plan-sums';
import type { FundingViolation } from './violation';

/**
 * RL KommPräv, Art und Höhe der Zuwendung: a non-repayable grant as a share of the eligible expenses
 * (Anteilsfinanzierung), at most 90 %. Checked in integer arithmetic: grant × 10 ≤ eligible × 9.
 */
export const GRANT_SHARE_RULE =
  'RL KommPräv, Höhe der Zuwendung: höchstens 90 % der zuwendungsfähigen Ausgaben';
export const MAX_GRANT_PERCENT = 90;

/** The largest grant the plan allows: ⌊eligible × 90 / 100⌋ cents. */
export function maxGrantCent(eligibleCostCent: number): number {
  return Number((BigInt(eligibleCostCent) * BigInt(MAX_GRANT_PERCENT)) / 100n);
}

export function checkGrantShare(items: CostItemLike[], financing: FinancingLike): FundingViolation | null {
  const { eligibleCostCent } = planSums(items, financing);
  const grant = financing.requestedCent;
  if (BigInt(grant) * 100n <= BigInt(eligibleCostCent) * BigInt(MAX_GRANT_PERCENT)) return null;
  return {
    code: 'FUNDING_GRANT_TOO_HIGH',
    rule: GRANT_SHARE_RULE,
    message: `${GRANT_SHARE_RULE}: beantragt ${formatEuro(grant)} von ${formatEuro(eligibleCostCent)} zuwendungsfähigen Ausgaben (${formatShare(grant, eligibleCostCent)}); höchstens ${formatEuro(maxGrantCent(eligibleCostCent))}.`,
    values: { requestedCent: grant, eligibleCostCent, maxGrantCent: maxGrantCent(eligibleCostCent) },
  };
}
