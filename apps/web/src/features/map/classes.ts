import type { MunicipalityListItem } from '@asskomm/contracts';
import { formatDecimal, formatInteger } from '../../lib/format.ts';

export type MapField = 'dichte' | 'einwohner' | 'flaeche';

export interface FieldInfo {
  id: MapField;
  label: string;
  unit: string;
  value: (item: MunicipalityListItem) => number | null;
  format: (value: number | null) => string;
  /** Sort of the list that shows the same values as a table. */
  listSort: '-density' | '-population' | 'area';
}

export const mapFields: FieldInfo[] = [
  {
    id: 'dichte',
    label: 'Bevölkerungsdichte',
    unit: 'Einwohner je km²',
    value: (item) => item.density,
    format: (value) => formatInteger(value),
    listSort: '-density',
  },
  {
    id: 'einwohner',
    label: 'Einwohner',
    unit: 'Personen',
    value: (item) => item.population,
    format: (value) => formatInteger(value),
    listSort: '-population',
  },
  {
    id: 'flaeche',
    label: 'Fläche',
    unit: 'km²',
    value: (item) => item.areaKm2,
    format: (value) => formatDecimal(value),
    listSort: 'area',
  },
];

export function fieldInfo(id: string | null): FieldInfo {
  return mapFields.find((field) => field.id === id) ?? mapFields[0]!;
}

/** Sequential blues (ColorBrewer "Blues", 5 classes), light = low. */
export const classColors = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
export const missingColor = '#bfc3cf';

export interface ValueClass {
  /** Lower bound (inclusive); null for the first class. */
  from: number | null;
  /** Upper bound (exclusive); null for the last class. */
  to: number | null;
  color: string;
  label: string;
  count: number;
}

/** Rounds to two significant digits, so class limits are easy to read. */
function nice(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = magnitude >= 10 ? magnitude / 10 : Math.min(1, magnitude);
  return Math.round(value / step) * step;
}

function quantile(sorted: number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower]!;
  const b = sorted[upper]!;
  return a + (b - a) * (position - lower);
}

/** Five classes of about equal size (quintiles) with rounded limits. */
export function valueClasses(values: number[], format: (value: number) => string): ValueClass[] {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (const p of [0.2, 0.4, 0.6, 0.8]) {
    const limit = nice(quantile(sorted, p));
    if (limit > sorted[0]! && limit <= sorted[sorted.length - 1]! && !breaks.includes(limit))
      breaks.push(limit);
  }
  const bounds: (number | null)[] = [null, ...breaks, null];
  const classes: ValueClass[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i] ?? null;
    const to = bounds[i + 1] ?? null;
    const label =
      from === null && to === null
        ? 'alle Werte'
        : from === null
          ? `unter ${format(to!)}`
          : to === null
            ? `${format(from)} und mehr`
            : `${format(from)} bis unter ${format(to)}`;
    const count = sorted.filter(
      (value) => (from === null || value >= from) && (to === null || value < to),
    ).length;
    // Spread the palette when there are fewer than five classes.
    const colorIndex = bounds.length - 1 === 1 ? 2 : Math.round((i * 4) / (bounds.length - 2));
    classes.push({ from, to, color: classColors[colorIndex]!, label, count });
  }
  return classes;
}
