/**
 * Weighting of a wave's responses to its population margins by raking (iterative proportional fitting,
 * @asskomm/stats `rake`, as R's survey::rake), with clear German messages when that is not possible.
 *
 * Margins (table survey_margins): `variable` is an item code or a cross of item codes joined by "×"
 * (e.g. "SD_ALTER×SD_GESCHLECHT"), `level` the answer codes joined the same way ("3×2"). Each distinct
 * variable is one raking margin.
 *
 * Choices (documented for users in the results page):
 * - Complete cases: a response whose weighting characteristics are missing ("keine Angabe") or have no
 *   population count (e.g. "divers" when the register margins only know m/w) cannot be placed in a
 *   margin cell. It is left out of the weighted results (as R's rake requires), counted and reported.
 *   Unweighted results include every response.
 * - Totals: margins from different register extracts may differ slightly. Up to 5 % difference the other
 *   margins are scaled to the total of the first (a warning says so); beyond that the margins are refused.
 * - An empty cell (population > 0, no respondent) makes raking impossible: refused with the cell named.
 * - Starting weights are 1 (the sample is a simple or proportionally stratified random sample).
 */
import { type PopulationMargin, rake, type SurveyDesign, svyDesign } from '@asskomm/stats';
import type { SurveyResponse } from '../export/response-types.ts';
import type { ResolvedCodebook, ResolvedItem } from '../questionnaire/codebook-types.ts';
import type { MarginComparisonLevel, WeightingSummary } from './results-types.ts';

export interface MarginRow {
  readonly variable: string;
  readonly level: string;
  readonly count: number;
}

export interface WeightingOutcome {
  readonly summary: WeightingSummary;
  /** Design over the analysed responses (null with fewer than two). */
  readonly design: SurveyDesign | null;
  /** Index into the responses for each design row. */
  readonly rows: readonly number[];
}

/** Largest relative difference of margin totals that is scaled instead of refused. */
const MAX_TOTAL_DIFFERENCE = 0.05;
export const RAKE_CONTROL = { maxIter: 100, epsilon: 1e-10 } as const;
const CROSS = '×';

const SHORT_LABELS: Readonly<Record<string, string>> = {
  SD_ALTER: 'Altersgruppe',
  SD_GESCHLECHT: 'Geschlecht',
  SD_ORTSTEIL: 'Ortsteil',
};

/** Short German name of an item for tables ("Altersgruppe"), else its question text. */
export function variableLabel(codebook: ResolvedCodebook, variable: string): string {
  return variable
    .split(CROSS)
    .map((code) => SHORT_LABELS[code] ?? codebook.items.find((i) => i.code === code)?.text ?? code)
    .join(' × ');
}

interface ParsedMargin {
  readonly variable: string;
  readonly label: string;
  readonly items: readonly ResolvedItem[];
  /** Levels with a positive population count, in the stored order of codes. */
  readonly levels: readonly string[];
  readonly labels: readonly string[];
  readonly counts: readonly number[];
  readonly total: number;
}

class MarginError extends Error {}

function parseMargins(rows: readonly MarginRow[], codebook: ResolvedCodebook): ParsedMargin[] {
  const byVariable = new Map<string, MarginRow[]>();
  for (const row of rows) byVariable.set(row.variable, [...(byVariable.get(row.variable) ?? []), row]);
  const parsed: ParsedMargin[] = [];
  for (const [variable, list] of byVariable) {
    const codes = variable.split(CROSS).map((c) => c.trim());
    const items = codes.map((code) => {
      const item = codebook.items.find((i) => i.code === code);
      if (item?.type !== 'single') {
        throw new MarginError(
          `Das Merkmal „${code}“ der Randverteilung „${variable}“ ist keine Einfachauswahl-Frage dieses Fragebogens.`,
        );
      }
      return item;
    });
    const entries = list
      .map((row) => {
        const parts = row.level.split(CROSS).map((p) => p.trim());
        if (parts.length !== items.length) {
          throw new MarginError(
            `Die Ausprägung „${row.level}“ passt nicht zur Randverteilung „${variable}“ (${items.length} Merkmale erwartet).`,
          );
        }
        const values = parts.map((p, k) => {
          const item = items[k]!;
          const code = Number(p);
          const value = item.values.find((v) => v.code === code && !v.missing);
          if (!/^-?\d+$/.test(p) || !value) {
            throw new MarginError(
              `Die Ausprägung „${p}“ gibt es bei „${item.code}“ nicht (Randverteilung „${variable}“).`,
            );
          }
          return { code, label: value.label };
        });
        if (!(Number.isInteger(row.count) && row.count >= 0)) {
          throw new MarginError(`Die Anzahl für „${variable}“ = „${row.level}“ ist ungültig (${row.count}).`);
        }
        return {
          key: values.map((v) => v.code).join(CROSS),
          codes: values.map((v) => v.code),
          label: values.map((v) => v.label).join(' × '),
          count: row.count,
        };
      })
      .filter((e) => e.count > 0)
      .sort((a, b) => {
        for (let k = 0; k < a.codes.length; k++)
          if (a.codes[k] !== b.codes[k]) return a.codes[k]! - b.codes[k]!;
        return 0;
      });
    if (entries.length === 0)
      throw new MarginError(`Die Randverteilung „${variable}“ enthält keine positive Anzahl.`);
    parsed.push({
      variable,
      label: variableLabel(codebook, variable),
      items,
      levels: entries.map((e) => e.key),
      labels: entries.map((e) => e.label),
      counts: entries.map((e) => e.count),
      total: entries.reduce((s, e) => s + e.count, 0),
    });
  }
  return parsed;
}

/** The margin cell key of a response, or null when a characteristic is missing. */
function cellKey(margin: ParsedMargin, response: SurveyResponse): string | null {
  const parts: number[] = [];
  for (const item of margin.items) {
    const v = response.values[item.code];
    if (typeof v !== 'number' || item.missingCodes.includes(v)) return null;
    parts.push(v);
  }
  return parts.join(CROSS);
}

const format = (n: number) => n.toLocaleString('de-DE');

function unweighted(
  responses: readonly SurveyResponse[],
  status: WeightingSummary['status'],
  message: string | null,
  comparison: WeightingSummary['comparison'] = [],
  variables: WeightingSummary['variables'] = [],
): WeightingOutcome {
  const rows = responses.map((_, i) => i);
  const enough = rows.length >= 2;
  return {
    design: enough ? svyDesign({ n: rows.length }) : null,
    rows: enough ? rows : [],
    summary: {
      status: enough ? status : 'too-few-responses',
      applied: false,
      message: enough
        ? message
        : 'Es liegen noch zu wenige Antworten vor (mindestens zwei), um Ergebnisse zu berechnen.',
      warnings: [],
      variables,
      analysed: enough ? rows.length : 0,
      excluded: 0,
      excludedBy: [],
      kish: null,
      weightRange: null,
      comparison,
    },
  };
}

function comparisonOf(
  margins: readonly ParsedMargin[],
  responses: readonly SurveyResponse[],
  weighted: { rows: readonly number[]; weights: Float64Array } | null,
): WeightingSummary['comparison'] {
  return margins.map((m) => {
    const sample = new Map<string, number>();
    let sampleTotal = 0;
    for (const r of responses) {
      const key = cellKey(m, r);
      if (key === null || !m.levels.includes(key)) continue;
      sample.set(key, (sample.get(key) ?? 0) + 1);
      sampleTotal++;
    }
    const weightedSums = new Map<string, number>();
    let weightTotal = 0;
    if (weighted) {
      weighted.rows.forEach((ri, j) => {
        const key = cellKey(m, responses[ri]!)!;
        const w = weighted.weights[j]!;
        weightedSums.set(key, (weightedSums.get(key) ?? 0) + w);
        weightTotal += w;
      });
    }
    const levels: MarginComparisonLevel[] = m.levels.map((level, k) => ({
      level,
      label: m.labels[k]!,
      population: m.counts[k]!,
      populationShare: m.counts[k]! / m.total,
      sampleCount: sample.get(level) ?? 0,
      sampleShare: sampleTotal > 0 ? (sample.get(level) ?? 0) / sampleTotal : 0,
      weightedShare: weighted ? (weightedSums.get(level) ?? 0) / weightTotal : null,
    }));
    return { variable: m.variable, label: m.label, levels };
  });
}

/**
 * Weights the responses to the margins (or not, with `mode: 'none'`).
 * @returns the design over the analysed responses, their indices and a summary for the report
 */
export function weightResponses(
  responses: readonly SurveyResponse[],
  codebook: ResolvedCodebook,
  marginRows: readonly MarginRow[],
  mode: 'auto' | 'none' = 'auto',
): WeightingOutcome {
  if (marginRows.length === 0) {
    return unweighted(
      responses,
      mode === 'none' ? 'unweighted-requested' : 'no-margins',
      mode === 'none'
        ? 'Ungewichtete Ergebnisse: jede Antwort zählt gleich.'
        : 'Für diese Befragung sind keine Randverteilungen der Bevölkerung hinterlegt. Die Ergebnisse sind deshalb ungewichtet: Sie geben die Antwortenden wieder, nicht die Bevölkerung. Laden Sie unter „Gewichtung“ die Randverteilungen (z. B. Altersgruppe × Geschlecht und Ortsteil) hoch.',
    );
  }
  let margins: ParsedMargin[];
  try {
    margins = parseMargins(marginRows, codebook);
  } catch (error) {
    if (!(error instanceof MarginError)) throw error;
    return unweighted(
      responses,
      mode === 'none' ? 'unweighted-requested' : 'invalid-margins',
      `Die Randverteilungen sind nicht verwendbar: ${error.message} Die Ergebnisse sind deshalb ungewichtet.`,
    );
  }
  const variables = margins.map((m) => ({ variable: m.variable, label: m.label }));
  if (mode === 'none') {
    return unweighted(
      responses,
      'unweighted-requested',
      'Ungewichtete Ergebnisse: jede Antwort zählt gleich.',
      comparisonOf(margins, responses, null),
      variables,
    );
  }
  const invalid = (message: string) =>
    unweighted(
      responses,
      'invalid-margins',
      `${message} Die Ergebnisse sind deshalb ungewichtet: Sie geben die Antwortenden wieder, nicht die Bevölkerung.`,
      comparisonOf(margins, responses, null),
      variables,
    );

  // Totals: scale small differences to the first margin's total, refuse large ones.
  const warnings: string[] = [];
  const t0 = margins[0]!.total;
  const scaled = margins.map((m) => {
    if (m.total === t0) return m.counts;
    const difference = Math.abs(m.total - t0) / t0;
    if (difference > MAX_TOTAL_DIFFERENCE) return null;
    warnings.push(
      `Die Randverteilung „${m.label}“ summiert sich auf ${format(m.total)}, „${margins[0]!.label}“ auf ${format(t0)}. Sie wurde für die Gewichtung auf ${format(t0)} skaliert.`,
    );
    return m.counts.map((c) => (c * t0) / m.total);
  });
  const mismatch = scaled.indexOf(null);
  if (mismatch >= 0) {
    const m = margins[mismatch]!;
    return invalid(
      `Die Randverteilungen passen nicht zusammen: „${m.label}“ summiert sich auf ${format(m.total)}, „${margins[0]!.label}“ auf ${format(t0)} (mehr als 5 % Unterschied).`,
    );
  }

  // Complete cases: every weighting characteristic present and with a population count.
  const rows: number[] = [];
  const excludedCount = new Map<string, number>();
  const cells = margins.map(() => [] as number[]);
  responses.forEach((r, i) => {
    const codes: number[] = [];
    for (const m of margins) {
      const key = cellKey(m, r);
      const k = key === null ? -1 : m.levels.indexOf(key);
      if (k < 0) {
        excludedCount.set(m.variable, (excludedCount.get(m.variable) ?? 0) + 1);
        return;
      }
      codes.push(k);
    }
    rows.push(i);
    codes.forEach((k, m) => {
      cells[m]!.push(k);
    });
  });
  const excludedBy = margins
    .filter((m) => excludedCount.has(m.variable))
    .map((m) => ({ variable: m.variable, label: m.label, count: excludedCount.get(m.variable)! }));
  if (rows.length < 2) {
    return invalid('Zu wenige Antworten enthalten die Angaben, nach denen gewichtet wird.');
  }
  for (let m = 0; m < margins.length; m++) {
    const margin = margins[m]!;
    const present = new Set(cells[m]);
    const empty = margin.levels.findIndex((_, k) => !present.has(k));
    if (empty >= 0) {
      return invalid(
        `In der Gruppe „${margin.labels[empty]}“ (${margin.label}) gibt es keine Antwort, obwohl sie in der Bevölkerung vorkommt. So kann nicht gewichtet werden; fassen Sie in den Randverteilungen Gruppen zusammen.`,
      );
    }
  }

  const populationMargins: PopulationMargin[] = margins.map((m, idx) => ({
    name: m.variable,
    codes: cells[idx]!,
    levels: m.levels,
    population: Object.fromEntries(m.levels.map((level, k) => [level, scaled[idx]![k]!])),
  }));
  let design: SurveyDesign;
  try {
    design = rake(svyDesign({ n: rows.length }), populationMargins, RAKE_CONTROL);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return invalid(
      /converge/i.test(error.message)
        ? 'Die Gewichtung (Raking) konvergiert mit diesen Randverteilungen nicht.'
        : `Die Gewichtung ist mit diesen Randverteilungen nicht möglich (${error.message}).`,
    );
  }
  const w = design.weights;
  let sum = 0;
  let sum2 = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (let i = 0; i < w.length; i++) {
    const v = w[i]!;
    sum += v;
    sum2 += v * v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / w.length;
  const excluded = responses.length - rows.length;
  return {
    design,
    rows,
    summary: {
      status: 'raked',
      applied: true,
      message: null,
      warnings,
      variables,
      analysed: rows.length,
      excluded,
      excludedBy,
      kish: { effect: (w.length * sum2) / (sum * sum), nEff: (sum * sum) / sum2 },
      weightRange: { min: min / mean, max: max / mean },
      comparison: comparisonOf(margins, responses, { rows, weights: w }),
    },
  };
}
