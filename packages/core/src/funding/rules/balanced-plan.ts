import { formatEuro } from '@asskomm/contracts';
import { type CostItemLike, type FinancingLike, planSums } from './plan-sums';
import type { FundingViolation } from './violation';

/**
 * Ausgaben- und Finanzierungsplan (part of the application, Muster 1a, § 44 SäHO): the financing (own
 * share, third-party funds, grant) covers exactly the planned expenses, and the plan has at least one item.
 */
export const BALANCED_PLAN_RULE =
  'Ausgaben- und Finanzierungsplan (§ 44 SäHO): Ausgaben und Finanzierung müssen ausgeglichen sein';

export function checkBalancedPlan(items: CostItemLike[], financing: FinancingLike): FundingViolation | null {
  const sums = planSums(items, financing);
  if (items.length > 0 && sums.totalCostCent === sums.financingCent) return null;
  return {
    code: 'FUNDING_PLAN_UNBALANCED',
    rule: BALANCED_PLAN_RULE,
    message:
      items.length === 0
        ? `${BALANCED_PLAN_RULE}: Der Plan enthält noch keine Ausgaben.`
        : `${BALANCED_PLAN_RULE}: Ausgaben ${formatEuro(sums.totalCostCent)}, Finanzierung ${formatEuro(sums.financingCent)} (Differenz ${formatEuro(sums.totalCostCent - sums.financingCent)}).`,
    values: { totalCostCent: sums.totalCostCent, financingCent: sums.financingCent },
  };
}
