// Quantile and probability functions against R (fixtures/distributions.json, made by make-cases.R).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  betaQuantile,
  binomialCdf,
  binomialDensity,
  gammaQuantile,
  normalQuantile,
  poissonCdf,
  tCdf,
  tQuantile,
} from '../src/index';

type Row = Record<string, number>;
const R = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'fixtures', 'distributions.json'), 'utf8'),
) as Record<string, Row[]>;

/** relative 1e-9 (absolute 1e-15 for values that are 0 in theory, like qt(0.5)) */
function close(actual: number, expected: number, what: string): void {
  const err = Math.abs(actual - expected);
  expect(err <= 1e-9 * Math.abs(expected) || err < 1e-15, `${what}: got ${actual}, R ${expected}`).toBe(true);
}

const rows = (name: string): Row[] => R[name] ?? [];

describe('distribution functions match R to 1e-9', () => {
  it('normalQuantile = qnorm', () => {
    for (const r of rows('qnorm')) close(normalQuantile(r.p as number), r.value as number, `qnorm(${r.p})`);
  });
  it('tQuantile = qt', () => {
    for (const r of rows('qt'))
      close(tQuantile(r.p as number, r.df as number), r.value as number, `qt(${r.p}, ${r.df})`);
  });
  it('tCdf = pt', () => {
    for (const r of rows('pt'))
      close(tCdf(r.t as number, r.df as number), r.value as number, `pt(${r.t}, ${r.df})`);
  });
  it('betaQuantile = qbeta', () => {
    for (const r of rows('qbeta')) {
      close(
        betaQuantile(r.p as number, r.a as number, r.b as number),
        r.value as number,
        `qbeta(${r.p}, ${r.a}, ${r.b})`,
      );
    }
  });
  it('gammaQuantile = qgamma', () => {
    for (const r of rows('qgamma')) {
      close(gammaQuantile(r.p as number, r.shape as number), r.value as number, `qgamma(${r.p}, ${r.shape})`);
    }
  });
  it('binomialCdf = pbinom (both tails), binomialDensity = dbinom', () => {
    for (const r of rows('pbinom')) {
      const [x, n, p] = [r.x as number, r.n as number, r.p as number];
      close(binomialCdf(x, n, p), r.value as number, `pbinom(${x}, ${n}, ${p})`);
      close(binomialCdf(x, n, p, false), r.upper as number, `pbinom(${x}, ${n}, ${p}, lower = FALSE)`);
    }
    for (const r of rows('dbinom')) {
      close(
        binomialDensity(r.x as number, r.n as number, r.p as number),
        r.value as number,
        `dbinom(${r.x})`,
      );
    }
  });
  it('poissonCdf = ppois (both tails)', () => {
    for (const r of rows('ppois')) {
      close(poissonCdf(r.x as number, r.lambda as number), r.value as number, `ppois(${r.x}, ${r.lambda})`);
      close(poissonCdf(r.x as number, r.lambda as number, false), r.upper as number, `ppois upper (${r.x})`);
    }
  });
  it('rejects invalid arguments with the function name first', () => {
    expect(() => tQuantile(1.5, 3)).toThrow(/^tQuantile requires a probability/);
    expect(() => betaQuantile(0.5, -1, 2)).toThrow(/^betaQuantile requires positive finite shapes/);
    expect(() => gammaQuantile(0.5, 0)).toThrow(/^gammaQuantile requires a positive finite shape/);
  });
});
