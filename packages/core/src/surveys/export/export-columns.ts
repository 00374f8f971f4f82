/**
 * The column layout shared by all export formats: metadata (response_id, modus, datum, optional gewicht
 * and gewicht_hochrechnung),
 * then one column per item in questionnaire order. A checkbox item becomes one 0/1 column per answer
 * option, `<CODE>_<value>` (multiple-dichotomy coding, as SPSS MULT RESPONSE and R expect); a respondent
 * who skipped the question has no value (empty) in all of its columns.
 */
import type { ResolvedCodebook, ResolvedItem } from '../questionnaire/codebook-types.ts';
import type { SurveyResponse } from './response-types.ts';

export type CellValue = number | string | null;

export interface ValueLabel {
  readonly code: number;
  readonly label: string;
  readonly missing: boolean;
}

export interface ExportColumn {
  readonly name: string;
  /** Variable label (German question text). */
  readonly label: string;
  readonly kind: 'id' | 'mode' | 'date' | 'weight' | 'single' | 'dichotomy' | 'text';
  /** Value labels of numeric columns (single, dichotomy). */
  readonly values: readonly ValueLabel[];
  readonly missingCodes: readonly number[];
  /** Scale level for SPSS/R (`ordinal` for rating scales and age groups). */
  readonly level: 'nominal' | 'ordinal' | 'scale';
  readonly item?: ResolvedItem;
  readonly value: (response: SurveyResponse, weight: number | undefined) => CellValue;
}

/** Value sets whose codes are ordered (rating scales, durations, age groups). */
const ORDINAL_SETS = new Set([
  'wohndauer',
  'zufrieden5',
  'problem4',
  'sicher4',
  'sicher5_ort',
  'beunruhigt4',
  'risiko5',
  'haeufigkeit5',
  'vertrauen5',
  'altersgruppe',
]);

export const DICHOTOMY_LABELS: readonly ValueLabel[] = [
  { code: 0, label: 'Nicht genannt', missing: false },
  { code: 1, label: 'Genannt', missing: false },
];

export const MODE_LABELS = { online: 'Online', papier: 'Papier' } as const;

function itemLabel(item: ResolvedItem, codebook: ResolvedCodebook): string {
  if (item.group === undefined) return item.text;
  const group = codebook.groups[item.group];
  return group === undefined ? item.text : `${group.title} – ${item.text}`;
}

/** Name of the population-scale weight column (recognised by `asskomm analyse`). */
export const POPULATION_WEIGHT_COLUMN = 'gewicht_hochrechnung';

/**
 * Columns for a codebook; `withWeight` adds `gewicht` after the metadata, `populationWeights` (by
 * responseId) adds `gewicht_hochrechnung`, empty for responses without one.
 */
export function exportColumns(
  codebook: ResolvedCodebook,
  withWeight: boolean,
  populationWeights?: Readonly<Record<string, number>>,
): ExportColumn[] {
  const columns: ExportColumn[] = [
    {
      name: 'response_id',
      label: 'Antwort-ID (zufällig)',
      kind: 'id',
      values: [],
      missingCodes: [],
      level: 'nominal',
      value: (r) => r.responseId,
    },
    {
      name: 'modus',
      label: 'Erhebungsweg',
      kind: 'mode',
      values: [],
      missingCodes: [],
      level: 'nominal',
      value: (r) => r.mode,
    },
    {
      name: 'datum',
      label: 'Eingangsdatum',
      kind: 'date',
      values: [],
      missingCodes: [],
      level: 'scale',
      value: (r) => r.date,
    },
  ];
  if (withWeight) {
    columns.push({
      name: 'gewicht',
      label: 'Gewicht (Anpassung an die Bevölkerungsstruktur)',
      kind: 'weight',
      values: [],
      missingCodes: [],
      level: 'scale',
      value: (_r, w) => w ?? null,
    });
  }
  if (populationWeights) {
    columns.push({
      name: POPULATION_WEIGHT_COLUMN,
      label: 'Hochrechnungsgewicht (vertretene Einwohner, leer = nicht gewichtbar)',
      kind: 'weight',
      values: [],
      missingCodes: [],
      level: 'scale',
      value: (r) =>
        Object.hasOwn(populationWeights, r.responseId) ? (populationWeights[r.responseId] as number) : null,
    });
  }
  for (const item of codebook.items) {
    const label = itemLabel(item, codebook);
    if (item.type === 'single') {
      columns.push({
        name: item.code,
        label,
        kind: 'single',
        values: item.values.map((v) => ({ code: v.code, label: v.label, missing: v.missing })),
        missingCodes: item.missingCodes,
        level: ORDINAL_SETS.has(item.valueSet ?? '') ? 'ordinal' : 'nominal',
        item,
        value: (r) => {
          const v = r.values[item.code];
          return typeof v === 'number' ? v : null;
        },
      });
    } else if (item.type === 'multi') {
      for (const option of item.values) {
        columns.push({
          name: `${item.code}_${option.code}`,
          label: `${item.text} – ${option.label}`,
          kind: 'dichotomy',
          values: DICHOTOMY_LABELS,
          missingCodes: [],
          level: 'nominal',
          item,
          value: (r) => {
            const v = r.values[item.code];
            return Array.isArray(v) ? (v.includes(option.code) ? 1 : 0) : null;
          },
        });
      }
    } else {
      columns.push({
        name: item.code,
        label,
        kind: 'text',
        values: [],
        missingCodes: [],
        level: 'nominal',
        item,
        value: (r) => {
          const v = r.values[item.code];
          return typeof v === 'string' ? v : null;
        },
      });
    }
  }
  return columns;
}

/** Checks the weights (one finite, positive weight per response) and returns a lookup. */
export function weightLookup(
  responses: readonly SurveyResponse[],
  weights: Readonly<Record<string, number>> | undefined,
): ((id: string) => number | undefined) | undefined {
  if (weights === undefined) return undefined;
  for (const r of responses) {
    const w = Object.hasOwn(weights, r.responseId) ? weights[r.responseId] : undefined;
    if (w === undefined || !Number.isFinite(w) || w <= 0) {
      throw new Error(`Für die Antwort „${r.responseId}“ fehlt ein gültiges Gewicht`);
    }
  }
  return (id) => weights[id];
}
