import { sumCent } from '@asskomm/contracts';

// Sums of a cost and financing plan, exact in integer cents (BigInt inside sumCent).

export interface CostItemLike {
  category: string;
  description: string;
  amountCent: number;
}
export interface FinancingLike {
  ownCashCent: number;
  ownInKindCent: number;
  thirdPartyCent: number;
  requestedCent: number;
}

export const investiveItems = (items: CostItemLike[]) => items.filter((i) => i.category === 'investiv');

export interface PlanSums {
  totalCostCent: number;
  eligibleCostCent: number;
  ownShareCent: number;
  financingCent: number;
}

export function planSums(items: CostItemLike[], financing: FinancingLike): PlanSums {
  return {
    totalCostCent: sumCent(items.map((i) => i.amountCent)),
    eligibleCostCent: sumCent(items.filter((i) => i.category !== 'investiv').map((i) => i.amountCent)),
    ownShareCent: sumCent([financing.ownCashCent, financing.ownInKindCent]),
    financingCent: sumCent([
      financing.ownCashCent,
      financing.ownInKindCent,
      financing.thirdPartyCent,
      financing.requestedCent,
    ]),
  };
}
