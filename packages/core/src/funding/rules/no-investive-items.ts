import { formatEuro } from '@asskomm/contracts';
import { type CostItemLike, investiveItems } from './plan-sums';
import type { FundingViolation } from './violation';

/**
 * RL KommPräv, zuwendungsfähige Ausgaben: investive expenses (purchases of lasting assets, building works)
 * are not eligible. The plan marks them with the category "investiv"; any such item refuses the plan.
 */
export const NO_INVESTIVE_RULE =
  'RL KommPräv, zuwendungsfähige Ausgaben: investive Ausgaben sind nicht zuwendungsfähig';

export function checkNoInvestiveItems(items: CostItemLike[]): FundingViolation | null {
  const found = investiveItems(items);
  if (found.length === 0) return null;
  const list = found.map((i) => `„${i.description}“ (${formatEuro(i.amountCent)})`).join(', ');
  return {
    code: 'FUNDING_INVESTIVE_ITEM',
    rule: NO_INVESTIVE_RULE,
    message: `${NO_INVESTIVE_RULE}. Bitte ${found.length === 1 ? 'diese Position' : 'diese Positionen'} entfernen: ${list}.`,
    values: { investiveItems: found.length, investiveCent: found.reduce((s, i) => s + i.amountCent, 0) },
  };
}
