import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCodebook } from '../../../src/surveys/questionnaire/resolve-codebook.ts';
import { computeResults } from '../../../src/surveys/results/compute-results.ts';
import type { ItemResult, ResultEstimate } from '../../../src/surveys/results/results-types.ts';
import { fixtureMargins, fixtureWave } from './fixtures/write-fixture.ts';

/**
 * The results engine against R's survey package (fixtures/make-results.R on the same seeded demo wave):
 * raked weights, valid percentages with logit intervals, the share of "Weiß nicht", means, multiple
 * choice and domains (breakdowns), and unweighted results.
 */
interface Expected {
  id: string;
  estimate: number;
  se: number;
  ci_low: number;
  ci_high: number;
  n: number;
}
const oracle = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/results-expected.json'), 'utf8'),
) as {
  analysed: number;
  excluded: number;
  sum_weights: number;
  kish_effect: number;
  n_eff: number;
  weights: Record<string, number>;
  estimates: Expected[];
};

const wave = fixtureWave();
const codebook = resolveCodebook({ locale: 'de', ...wave.config });
const margins = fixtureMargins(wave);
const options = { suppressBelow: 0 };
const raked = computeResults({ codebook, responses: wave.responses, margins, options });
const unweighted = computeResults({
  codebook,
  responses: wave.responses,
  margins,
  options: { ...options, weighting: 'none' },
});
const byVariable = Object.fromEntries(
  ['SD_GESCHLECHT', 'SD_ALTER', 'SD_ORTSTEIL'].map((by) => [
    by,
    computeResults({ codebook, responses: wave.responses, margins, options: { ...options, by } }),
  ]),
);

const item = (items: readonly ItemResult[], code: string) => items.find((i) => i.code === code)!;

function lookup(id: string): ResultEstimate {
  const domain = /^raked (mean )?(\w+)(?:=(-?\d+))? \| (\w+)=(\d+)$/.exec(id);
  if (domain) {
    const [, isMean, code, value, by, level] = domain;
    const d = item(byVariable[by!]!.items, code!).domains!.find((x) => x.code === Number(level))!;
    return isMean ? d.mean! : d.categories.find((c) => c.code === Number(value))!.share;
  }
  const [mode, ...rest] = id.split(' ');
  const results = mode === 'raked' ? raked : unweighted;
  const text = rest.join(' ');
  if (text.startsWith('mean ')) return item(results.items, text.slice(5)).mean!;
  const option = /^(\w+) option (\d+)$/.exec(text);
  if (option)
    return item(results.items, option[1]!).categories.find((c) => c.code === Number(option[2]))!.share;
  const [, code, value] = /^(\w+)=(-?\d+)/.exec(text)!;
  const it = item(results.items, code!);
  const list = text.endsWith('of answered') ? it.nonSubstantive : it.categories;
  return list.find((c) => c.code === Number(value))!.share;
}

describe('survey results against R (survey package)', () => {
  it('rakes the complete cases to the margins like survey::rake', () => {
    const summary = raked.weighting;
    expect(summary.status).toBe('raked');
    expect(summary.analysed).toBe(oracle.analysed);
    expect(summary.excluded).toBe(oracle.excluded);
    expect(summary.kish!.effect).toBeCloseTo(oracle.kish_effect, 9);
    expect(summary.kish!.nEff).toBeCloseTo(oracle.n_eff, 6);
    const { design, rows } = raked.weightingOutcome;
    rows.forEach((ri, j) => {
      const id = wave.responses[ri]!.responseId;
      expect(design!.weights[j]! / oracle.weights[id]! - 1, id).toBeCloseTo(0, 9);
    });
  });

  it(`matches ${oracle.estimates.length} estimates: proportions, means, domains, unweighted`, () => {
    for (const e of oracle.estimates) {
      const r = lookup(e.id);
      expect(r, e.id).toBeDefined();
      expect(r.n, `${e.id} n`).toBe(e.n);
      expect(Math.abs(r.estimate! - e.estimate), `${e.id} estimate`).toBeLessThan(1e-6);
      expect(Math.abs(r.se! - e.se), `${e.id} se`).toBeLessThan(1e-6);
      expect(Math.abs(r.ciLow! - e.ci_low), `${e.id} ci low`).toBeLessThan(1e-6);
      expect(Math.abs(r.ciHigh! - e.ci_high), `${e.id} ci high`).toBeLessThan(1e-6);
    }
  });
});
