import { describe, expect, it } from 'vitest';
import { liveHints } from '../src/features/funding/PlanEditor.tsx';

// The plan editor's live hints follow the RL KommPräv rules the server checks on submission.
const plan = (items: [string, number][], own: number, requested: number) => ({
  items: items.map(([category, amountCent]) => ({
    category: category as 'sachmittel',
    description: 'x',
    amountCent,
  })),
  financing: { ownCashCent: own, ownInKindCent: 0, thirdPartyCent: 0, requestedCent: requested },
});

describe('plan hints', () => {
  it('are silent for a plan at exactly 90/10', () => {
    expect(liveHints(plan([['sachmittel', 23_500_00]], 2_350_00, 21_150_00))).toEqual([]);
  });

  it('name the own share and the grant share with two decimals', () => {
    const hints = liveHints(plan([['sachmittel', 10_000_00]], 999_00, 9_001_00));
    expect(hints).toContain('Der Eigenanteil ist 9,99 %; mindestens 10 % der Ausgaben sind nötig.');
    expect(hints).toContain(
      'Die Zuwendung ist 90,01 % der förderfähigen Ausgaben; höchstens 90 % sind möglich.',
    );
  });

  it('name investive items and an unbalanced plan', () => {
    const hints = liveHints(
      plan(
        [
          ['sachmittel', 1_000_00],
          ['investiv', 500_00],
        ],
        150_00,
        1_000_00,
      ),
    );
    expect(hints).toContain('Investive Ausgaben (500,00 €) sind nicht förderfähig.');
    expect(hints.some((h) => h.includes('nicht ausgeglichen'))).toBe(true);
  });
});
