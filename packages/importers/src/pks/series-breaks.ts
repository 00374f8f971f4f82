/**
 * Known breaks in PKS series that charts must mark (issue 4), with sources (reference/domain.md §4).
 * `keys` undefined = all keys.
 */
export interface SeriesBreak {
  /** First Berichtsjahr on the new basis. */
  year: number;
  keys?: readonly string[];
  /** Which figure breaks: the counts themselves or only the rate (new population basis). */
  affects: 'cases' | 'hz';
  label: string;
  source: string;
}

export const PKS_SERIES_BREAKS: readonly SeriesBreak[] = [
  {
    year: 2013,
    affects: 'hz',
    label: 'Häufigkeitszahlen ab 2013 auf Bevölkerungsbasis Zensus 2011',
    source: 'BKA-Zeitreihen "HZ vor Zensus bis 2013" / "HZ nach Zensus ab 2013" (domain.md §4.2)',
  },
  {
    year: 2024,
    affects: 'hz',
    label: 'Häufigkeitszahlen auf Bevölkerungsbasis Zensus 2022 (BKA-Kreistabelle 2024)',
    source: 'domain.md §4.2 (BKA-Kreistabelle 2024 mit Zensus-2022-Bevölkerung)',
  },
  {
    year: 2024,
    keys: ['730000', '891000'],
    affects: 'cases',
    label: 'Cannabisgesetz (KCanG) seit 1. April 2024: Rauschgiftdelikte bundesweit −34,2 %',
    source: 'domain.md §4.4 (PKS 2024)',
  },
];
