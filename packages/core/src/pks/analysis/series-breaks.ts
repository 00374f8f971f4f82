import { PKS_SERIES_BREAKS, type SeriesBreak } from '@asskomm/importers';

/** A break in a PKS series as the pages and reports show it. */
export interface SeriesBreakNote {
  /** First Berichtsjahr on the new basis. */
  year: number;
  /** 'cases': the counts themselves break (law change); 'hz': only the rate (new population basis). */
  affects: 'cases' | 'hz';
  label: string;
  source: string;
}

function appliesTo(b: SeriesBreak, key: string): boolean {
  return b.keys === undefined || b.keys.includes(key);
}

/** Breaks of `key` that fall inside the series, i.e. after its first year and not after its last. */
export function breaksInSeries(key: string, years: readonly number[]): SeriesBreakNote[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return PKS_SERIES_BREAKS.filter((b) => appliesTo(b, key) && b.year > first && b.year <= last).map((b) => ({
    year: b.year,
    affects: b.affects,
    label: b.label,
    source: b.source,
  }));
}

/** Labels of breaks between `fromYear` (exclusive) and `toYear` (inclusive): a comparison across them is limited. */
export function breaksBetween(key: string, fromYear: number, toYear: number): string[] {
  return PKS_SERIES_BREAKS.filter((b) => appliesTo(b, key) && b.year > fromYear && b.year <= toYear).map(
    (b) => b.label,
  );
}
