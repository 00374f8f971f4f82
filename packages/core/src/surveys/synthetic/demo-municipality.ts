/**
 * "Musterstadt (Demodaten)": an invented Saxon small town for demonstrations and tests. AGS 14999999
 * is not assigned (Saxony's AGS begin with 14; 999 is no Kreis). All numbers are made up but plausible:
 * an older population as typical for Saxony, more women among the very old.
 */
export const DEMO_MUNICIPALITY = { name: 'Musterstadt (Demodaten)', ags: '14999999' } as const;

/** Districts with their residents aged 16+. */
export const DEMO_DISTRICTS: readonly { readonly name: string; readonly population: number }[] = [
  { name: 'Altstadt', population: 5200 },
  { name: 'Nordviertel', population: 6100 },
  { name: 'Südvorstadt', population: 4800 },
  { name: 'Am Bahnhof', population: 2600 },
  { name: 'Ortsteil Heide', population: 2800 },
];

export const DEMO_LOCAL_PLACES: readonly string[] = [
  'Bahnhofsvorplatz',
  'Stadtpark',
  'Marktplatz',
  'Unterführung Bahnhofstraße',
  'Busbahnhof',
  'Parkhaus Altstadt',
];

/** Share of the 16+ population per age group (SD_ALTER codes 1..7) and share of women in it. */
export const DEMO_AGE_STRUCTURE: readonly {
  readonly ageGroup: number;
  readonly share: number;
  readonly women: number;
}[] = [
  { ageGroup: 1, share: 0.08, women: 0.47 },
  { ageGroup: 2, share: 0.12, women: 0.46 },
  { ageGroup: 3, share: 0.14, women: 0.48 },
  { ageGroup: 4, share: 0.13, women: 0.49 },
  { ageGroup: 5, share: 0.18, women: 0.5 },
  { ageGroup: 6, share: 0.15, women: 0.53 },
  { ageGroup: 7, share: 0.2, women: 0.6 },
];
