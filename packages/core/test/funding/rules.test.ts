import { describe, expect, it } from 'vitest';
import {
  applicationWindow,
  checkApplicationWindow,
  checkApprovalWithinRequest,
  checkBalancedPlan,
  checkCallWithinApproval,
  checkGrantShare,
  checkNoInvestiveItems,
  checkOwnShare,
  checkPriorConsultation,
  checkProofWithinApproval,
  interimReportDueOn,
  isInterimReportOverdue,
  maxGrantCent,
  priorConsultation,
  repaymentDueCent,
} from '../../src/funding/rules/index';

// Each RL KommPräv rule on its own: allowed at the edge, refused one step past it with a German
// message that names the rule and the values.

const item = (amountCent: number, category = 'oeffentlichkeitsarbeit', description = 'Plakate') => ({
  category,
  description,
  amountCent,
});
const financing = (requestedCent: number, ownCashCent = 0, ownInKindCent = 0, thirdPartyCent = 0) => ({
  requestedCent,
  ownCashCent,
  ownInKindCent,
  thirdPartyCent,
});

describe('application window (Ziffer VI Nr. 2)', () => {
  it('opens on 31 August and closes on 15 October of the year before the funding year', () => {
    expect(applicationWindow(2027)).toEqual({ opens: '2026-08-31', closes: '2026-10-15' });
    expect(checkApplicationWindow('2026-08-31', 2027)).toBeNull();
    expect(checkApplicationWindow('2026-10-15', 2027)).toBeNull();
  });
  it('refuses the day before and the day after, naming rule, dates and year', () => {
    const early = checkApplicationWindow('2026-08-30', 2027)!;
    expect(early.code).toBe('FUNDING_OUTSIDE_WINDOW');
    expect(early.message).toContain('Ziffer VI Nr. 2');
    expect(early.message).toContain('31.08.2026');
    expect(early.message).toContain('15.10.2026');
    expect(early.message).toContain('30.08.2026');
    expect(early.message).toContain('Förderjahr 2027');
    expect(checkApplicationWindow('2026-10-16', 2027)?.code).toBe('FUNDING_OUTSIDE_WINDOW');
    // The right dates, but for the wrong year (applying in the funding year itself).
    expect(checkApplicationWindow('2027-09-01', 2027)?.code).toBe('FUNDING_OUTSIDE_WINDOW');
  });
});

describe('prior consultation by the LPR', () => {
  it('counts a consultation on or before the submission day', () => {
    expect(checkPriorConsultation('2026-09-10', [{ heldOn: '2026-09-10' }])).toBeNull();
    expect(
      priorConsultation('2026-09-10', [{ heldOn: '2025-01-01' }, { heldOn: '2026-03-01' }])?.heldOn,
    ).toBe('2026-03-01');
  });
  it('refuses without one, and says when a later one exists', () => {
    const none = checkPriorConsultation('2026-09-10', [])!;
    expect(none.code).toBe('FUNDING_CONSULTATION_MISSING');
    expect(none.message).toMatch(/Beratung durch die Geschäftsstelle des LPR.*10\.09\.2026/);
    const later = checkPriorConsultation('2026-09-10', [{ heldOn: '2026-09-20' }])!;
    expect(later.message).toContain('20.09.2026');
  });
});

describe('no investive items', () => {
  it('refuses any item of category investiv, naming it and its amount', () => {
    expect(checkNoInvestiveItems([item(100_00)])).toBeNull();
    const v = checkNoInvestiveItems([item(100_00), item(2_500_00, 'investiv', 'Überwachungskamera')])!;
    expect(v.code).toBe('FUNDING_INVESTIVE_ITEM');
    expect(v.message).toContain('investive Ausgaben sind nicht zuwendungsfähig');
    expect(v.message).toContain('„Überwachungskamera“ (2.500,00 €)');
    expect(v.values).toMatchObject({ investiveItems: 1, investiveCent: 250_000 });
  });
});

describe('balanced plan', () => {
  it('needs financing equal to the expenses, to the cent', () => {
    expect(checkBalancedPlan([item(1000_00)], financing(900_00, 100_00))).toBeNull();
    const v = checkBalancedPlan([item(1000_00)], financing(900_00, 99_99))!;
    expect(v.code).toBe('FUNDING_PLAN_UNBALANCED');
    expect(v.message).toContain('Ausgaben 1.000,00 €, Finanzierung 999,99 € (Differenz 0,01 €)');
    expect(checkBalancedPlan([], financing(0))?.message).toContain('noch keine Ausgaben');
  });
});

describe('grant at most 90 %', () => {
  it('allows exactly 90 % and refuses one cent more', () => {
    expect(checkGrantShare([item(23_500_00)], financing(21_150_00, 2_350_00))).toBeNull();
    const v = checkGrantShare([item(23_500_00)], financing(21_150_01, 2_349_99))!;
    expect(v.code).toBe('FUNDING_GRANT_TOO_HIGH');
    expect(v.message).toContain('beantragt 21.150,01 € von 23.500,00 €');
    expect(v.message).toContain('höchstens 21.150,00 €');
    expect(maxGrantCent(23_500_00)).toBe(21_150_00);
    expect(maxGrantCent(1_01)).toBe(90); // rounds down: 90.9 cents → 90
  });
});

describe('own share at least 10 % (cash or in kind)', () => {
  it('counts cash and own work together', () => {
    expect(checkOwnShare([item(10_000_00)], financing(9_000_00, 400_00, 600_00))).toBeNull();
  });
  it('refuses 9.99 %, naming share, expenses and the minimum', () => {
    const v = checkOwnShare([item(10_000_00)], financing(9_001_00, 999_00))!;
    expect(v.code).toBe('FUNDING_OWN_SHARE_TOO_LOW');
    expect(v.message).toContain('Eigenanteil 999,00 € bei Ausgaben von 10.000,00 € (9,99 %)');
    expect(v.message).toContain('mindestens 1.000,00 €');
    expect(v.values).toMatchObject({ ownShareCent: 99_900, minOwnShareCent: 100_000 });
  });
});

describe('approval within the request', () => {
  it('allows equal or less, refuses more', () => {
    expect(checkApprovalWithinRequest(21_150_00, 21_150_00)).toBeNull();
    const v = checkApprovalWithinRequest(21_150_01, 21_150_00)!;
    expect(v.code).toBe('FUNDING_APPROVAL_OVER_REQUEST');
    expect(v.message).toContain('bewilligt werden sollen 21.150,01 €, beantragt sind 21.150,00 €');
  });
});

describe('calls for funds within the approval', () => {
  it('adds up earlier calls', () => {
    expect(checkCallWithinApproval(50_00, [25_00, 25_00], 100_00)).toBeNull();
    const v = checkCallWithinApproval(50_01, [25_00, 25_00], 100_00)!;
    expect(v.code).toBe('FUNDING_CALL_OVER_APPROVAL');
    expect(v.message).toContain('bereits abgerufen 50,00 €, dieser Abruf 50,01 €; höchstens noch 50,00 €');
  });
});

describe('proof of use within the approval', () => {
  it('sums the receipts list', () => {
    expect(checkProofWithinApproval([10_000_00, 11_150_00], 21_150_00)).toBeNull();
    const v = checkProofWithinApproval([10_000_00, 11_150_01], 21_150_00)!;
    expect(v.code).toBe('FUNDING_PROOF_OVER_APPROVAL');
    expect(v.message).toContain(
      '(2 Belege) summiert sich auf 21.150,01 €, bewilligt sind 21.150,00 € (0,01 € zu viel)',
    );
  });
});

describe('interim report and repayment', () => {
  it('is due on 30 April of the following year', () => {
    expect(interimReportDueOn(2021)).toBe('2022-04-30');
    expect(isInterimReportOverdue(2021, '2022-04-30', null)).toBe(false);
    expect(isInterimReportOverdue(2021, '2022-05-01', null)).toBe(true);
    expect(isInterimReportOverdue(2021, '2022-05-01', '2022-04-29')).toBe(false);
  });
  it('claims back what was paid out and not spent, never a negative amount', () => {
    expect(repaymentDueCent([10_000_00, 11_150_00], 20_000_00)).toBe(1_150_00);
    expect(repaymentDueCent([10_000_00], 12_000_00)).toBe(0);
  });
});
