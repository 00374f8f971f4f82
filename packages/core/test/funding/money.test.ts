import { formatEuro, parseEuro, sumCent } from '@asskomm/contracts';
import { describe, expect, it } from 'vitest';
import { checkGrantShare, checkOwnShare, planSums } from '../../src/funding/rules/index';

/** A small seeded generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('money in integer cents', () => {
  it('sums 10,000 random items exactly, as BigInt does', () => {
    for (const seed of [1, 2, 3]) {
      const next = random(seed);
      // Amounts from 1 cent to 10 million euros, with odd cents that floats in euros would round.
      const items = Array.from({ length: 10_000 }, () => Math.floor(next() * 1_000_000_000) + 1);
      const expected = items.reduce((s, a) => s + BigInt(a), 0n);
      expect(BigInt(sumCent(items))).toBe(expected);
      // The same sum as euro floats would drift; the cent sum does not.
      const plan = planSums(
        items.map((amountCent) => ({ category: 'sachmittel', description: 'x', amountCent })),
        { ownCashCent: 0, ownInKindCent: 0, thirdPartyCent: 0, requestedCent: 0 },
      );
      expect(BigInt(plan.totalCostCent)).toBe(expected);
    }
  });

  it('knows 0.1 + 0.2 as 10 + 20 cents', () => {
    expect(sumCent([10, 20])).toBe(30);
    expect(formatEuro(sumCent([10, 20]))).toBe('0,30 €');
  });

  it('refuses fractions of a cent and sums beyond exact integers', () => {
    expect(() => sumCent([1.5])).toThrow(/Centbetrag/);
    expect(() => sumCent([Number.MAX_SAFE_INTEGER, 1])).toThrow(/zu groß/);
  });

  it('formats for display only, German style', () => {
    expect(formatEuro(2_115_000)).toBe('21.150,00 €');
    expect(formatEuro(5)).toBe('0,05 €');
    expect(formatEuro(123_456_789_01)).toBe('123.456.789,01 €');
    expect(formatEuro(-150)).toBe('−1,50 €');
  });

  it('parses what people type, without floats', () => {
    expect(parseEuro('21.150,00 €')).toBe(2_115_000);
    expect(parseEuro('21150')).toBe(2_115_000);
    expect(parseEuro('0,3')).toBe(30);
    expect(parseEuro('1,234')).toBeNull();
    expect(parseEuro('abc')).toBeNull();
  });

  it('checks the 90/10 rules exactly on random plans', () => {
    const next = random(42);
    for (let i = 0; i < 2_000; i++) {
      const total = Math.floor(next() * 10_000_000) + 1;
      const own = Math.floor(next() * total);
      const grant = total - own;
      const items = [{ category: 'sachmittel', description: 'x', amountCent: total }];
      const f = { ownCashCent: own, ownInKindCent: 0, thirdPartyCent: 0, requestedCent: grant };
      expect(checkGrantShare(items, f) === null).toBe(BigInt(grant) * 10n <= BigInt(total) * 9n);
      expect(checkOwnShare(items, f) === null).toBe(BigInt(own) * 10n >= BigInt(total));
    }
  });
});
