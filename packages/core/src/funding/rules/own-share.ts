import { formatEuro, formatShare } from '@asskomm/contracts';
import { type CostItemLike, type FinancingLike, planSums } from './plan-sums';
import type { FundingViolation } from './violation';

/**
 * RL KommPräv, Eigenanteil: the municipality bears at least 10 % of the expenses itself, in money or in
 * kind (own work, municipal staff, material). Checked in integer arithmetic: own × 10 ≥ total.
 */
export const OWN_SHARE_RULE =
  'RL KommPräv, Eigenanteil: mindestens 10 % der Ausgaben (Geld oder Eigenleistung)';
export const MIN_OWN_SHARE_PERCENT = 10;

export function checkOwnShare(items: CostItemLike[], financing: FinancingLike): FundingViolation | null {
  const { totalCostCent, ownShareCent } = planSums(items, financing);
  if (BigInt(ownShareCent) * 100n >= BigInt(totalCostCent) * BigInt(MIN_OWN_SHARE_PERCENT)) return null;
  const needed = Number((BigInt(totalCostCent) * BigInt(MIN_OWN_SHARE_PERCENT) + 99n) / 100n);
  return {
    code: 'FUNDING_OWN_SHARE_TOO_LOW',
    rule: OWN_SHARE_RULE,
    message: `${OWN_SHARE_RULE}: Eigenanteil ${formatEuro(ownShareCent)} bei Ausgaben von ${formatEuro(totalCostCent)} (${formatShare(ownShareCent, totalCostCent)}); nötig sind mindestens ${formatEuro(needed)}.`,
    values: { ownShareCent, totalCostCent, minOwnShareCent: needed },
  };
}
