/**
 * National and Saxon reference values for the survey indicators, with their sources
 * (shared/reference/domain.md §2.6). Only values found in a source are listed; none is estimated.
 */
export interface ReferenceValue {
  indicator: string;
  group: 'gesamt' | 'frauen' | 'maenner' | '75+';
  /** Share 0…1. */
  value: number;
  label: string;
  source: string;
}

const DVS_2012 =
  'Deutscher Viktimisierungssurvey (DVS) 2012, Bundeskriminalamt/MPI; Auswertung „Gut leben in Deutschland“ (Facette „Allgemein“, ziemlich + sehr unsicher)';
const SKID_2020 =
  'Sicherheit und Kriminalität in Deutschland (SKiD) 2020, BKA und Landeskriminalämter; 45.351 verwertbare Antworten';
const DVS_2017 = 'Deutscher Viktimisierungssurvey (DVS) 2017, Vermeidungsverhalten (oft/immer)';

export const REFERENCE_VALUES: readonly ReferenceValue[] = [
  { indicator: 'SF01', group: 'gesamt', value: 0.171, label: 'Deutschland (DVS 2012)', source: DVS_2012 },
  { indicator: 'SF01', group: 'gesamt', value: 0.221, label: 'Sachsen (DVS 2012)', source: DVS_2012 },
  { indicator: 'SF01', group: 'frauen', value: 0.258, label: 'Frauen (DVS 2012)', source: DVS_2012 },
  { indicator: 'SF01', group: 'maenner', value: 0.08, label: 'Männer (DVS 2012)', source: DVS_2012 },
  { indicator: 'SF01', group: '75+', value: 0.357, label: '75 Jahre und älter (DVS 2012)', source: DVS_2012 },
  {
    indicator: 'SF01',
    group: 'gesamt',
    value: 0.25,
    label: 'Deutschland (SKiD 2020, „knapp ¾ sicher“)',
    source: `${SKID_2020}; knapp drei Viertel fühlen sich nachts allein in der Wohngegend sicher (Wert gerundet, als Obergrenze gelesen)`,
  },
  { indicator: 'KON_03', group: 'frauen', value: 0.39, label: 'Frauen (DVS 2017)', source: DVS_2017 },
  { indicator: 'KON_03', group: 'maenner', value: 0.21, label: 'Männer (DVS 2017)', source: DVS_2017 },
  { indicator: 'KON_04', group: 'frauen', value: 0.45, label: 'Frauen (DVS 2017)', source: DVS_2017 },
  { indicator: 'KON_04', group: 'maenner', value: 0.13, label: 'Männer (DVS 2017)', source: DVS_2017 },
];

export function referencesFor(indicatorItem: string): readonly ReferenceValue[] {
  return REFERENCE_VALUES.filter((r) => r.indicator === indicatorItem);
}
