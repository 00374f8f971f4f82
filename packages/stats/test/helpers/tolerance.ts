import { expect } from 'vitest';

/** |actual − expected| ≤ rel · |expected|, with a message naming the quantity. */
export function expectRel(actual: number, expected: number, rel: number, what: string): void {
  const err = Math.abs(actual - expected);
  const ok = err <= rel * Math.abs(expected) || (expected === 0 && err === 0);
  expect(
    ok,
    `${what}: got ${actual}, R ${expected}, relative error ${err / Math.abs(expected)} > ${rel}`,
  ).toBe(true);
}

/**
 * Standard errors: relative 1e-4, except where R's SE is numerically zero (below 1e-9 of the estimate, e.g. a
 * variable the design is calibrated on); then ours must be numerically zero too.
 */
export function expectSe(actual: number, expected: number, estimate: number, what: string): void {
  const zero = 1e-9 * Math.max(Math.abs(estimate), 1e-300);
  if (Math.abs(expected) < zero) {
    expect(Math.abs(actual) < zero, `${what}: R's SE ${expected} is numerically 0, got ${actual}`).toBe(true);
    return;
  }
  expectRel(actual, expected, 1e-4, what);
}

/** Design effects: relative 1e-4; a numerically zero R deff (variance of a calibrated variable) must be numerically zero here. */
export function expectDeff(actual: number, expected: number, what: string): void {
  if (Math.abs(expected) < 1e-12) {
    expect(Math.abs(actual) < 1e-12, `${what}: R's deff ${expected} is numerically 0, got ${actual}`).toBe(
      true,
    );
    return;
  }
  expectRel(actual, expected, 1e-4, what);
}
