import { sumCent } from '@asskomm/contracts';

/**
 * Erstattung (VV zu § 44 SäHO, § 49a VwVfG): money paid out but not spent on the purpose goes back. The
 * amount due is what was called (paid out) minus what the proof of use shows as spent from the grant;
 * never negative.
 */
export const REPAYMENT_RULE = 'Erstattung nicht verwendeter Zuwendung (VV zu § 44 SäHO)';

export function repaymentDueCent(paidOutCent: number[], spentCent: number): number {
  const paid = sumCent(paidOutCent);
  return paid > spentCent ? paid - spentCent : 0;
}
