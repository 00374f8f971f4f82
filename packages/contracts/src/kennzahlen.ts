import { z } from 'zod';

/**
 * "Zahlen, Daten, Fakten": the alliance's key figures, computed from the platform's records at request time.
 * What counts (all with `demodaten=ja` also counting records of demo municipalities and demo cohorts):
 * - kommunen_beraten: municipalities with at least one recorded LPR consultation (Beratung);
 * - kooperationsvereinbarungen: municipalities with a signed cooperation agreement, recorded in the network
 *   module or as the agreement date in the municipality's profile (several agreements count once);
 * - praeventionsraete: municipal prevention councils (KPR), recorded in the network module or named in the
 *   municipality's profile, one per municipality;
 * - foerdermittel_bewilligt_cent: sum of approved grants (RL KommPräv) in cents, from the funding module;
 *   null while the platform has no funding module;
 * - kommunen_gecoacht: municipalities coached (distinct), in total and per coaching year;
 * - fachkraefte_qualifiziert: participants of a Beccaria cohort who attended all four modules, not withdrawn;
 * - sicherheitsanalysen: survey waves with status "ausgewertet" (the basis of a Lagebericht).
 * Years: date of consultation, signing, founding (else recording), coaching year, the last module attended,
 * end of fieldwork (else its start, else creation).
 */
export const KENNZAHL_KEYS = [
  'kommunen_beraten',
  'kooperationsvereinbarungen',
  'praeventionsraete',
  'foerdermittel_bewilligt_cent',
  'kommunen_gecoacht',
  'fachkraefte_qualifiziert',
  'sicherheitsanalysen',
] as const;
export type KennzahlKey = (typeof KENNZAHL_KEYS)[number];

export const KENNZAHL_LABELS: Readonly<Record<KennzahlKey, string>> = {
  kommunen_beraten: 'Kommunen beraten',
  kooperationsvereinbarungen: 'Kooperationsvereinbarungen',
  praeventionsraete: 'Kommunale Präventionsräte',
  foerdermittel_bewilligt_cent: 'Fördermittel bewilligt',
  kommunen_gecoacht: 'Kommunen gecoacht',
  fachkraefte_qualifiziert: 'Fachkräfte qualifiziert',
  sicherheitsanalysen: 'Sicherheitsanalysen',
};

const count = z.number().int().min(0);

export const ZKennzahlenYear = z.object({
  jahr: z.number().int(),
  kommunen_beraten: count,
  kooperationsvereinbarungen: count,
  praeventionsraete: count,
  foerdermittel_bewilligt_cent: count.nullable(),
  kommunen_gecoacht: count,
  fachkraefte_qualifiziert: count,
  sicherheitsanalysen: count,
});
export type KennzahlenYear = z.infer<typeof ZKennzahlenYear>;

export const ZKennzahlen = z.object({
  /** As-of date (Europe/Berlin) of the figures. */
  stand: z.iso.date(),
  demodaten: z.boolean(),
  kommunen_beraten: count,
  kooperationsvereinbarungen: count,
  praeventionsraete: count,
  foerdermittel_bewilligt_cent: count.nullable(),
  kommunen_gecoacht: z.object({
    gesamt: count,
    je_jahr: z.array(z.object({ jahr: z.number().int(), anzahl: count })),
  }),
  fachkraefte_qualifiziert: count,
  sicherheitsanalysen: count,
  /** The same figures per year (new in that year; municipalities counted once per year). */
  je_jahr: z.array(ZKennzahlenYear),
});
export type Kennzahlen = z.infer<typeof ZKennzahlen>;

export const ZKennzahlenQuery = z.strictObject({
  demodaten: z.enum(['ja', 'nein'], { error: 'demodaten: ja oder nein' }).default('nein'),
});

/** One record behind a figure (staff drill-down): never names of people. */
export const ZKennzahlRecord = z.object({
  /** Stable key of the record within its figure (e.g. beratung-12). */
  id: z.string(),
  ags: z.string().nullable(),
  municipalityName: z.string().nullable(),
  jahr: z.number().int().nullable(),
  datum: z.string().nullable(),
  beschreibung: z.string(),
  cent: z.number().int().nullable().optional(),
});
export type KennzahlRecord = z.infer<typeof ZKennzahlRecord>;
export const ZKennzahlRecords = z.object({ figure: z.enum(KENNZAHL_KEYS), items: z.array(ZKennzahlRecord) });
export type KennzahlRecords = z.infer<typeof ZKennzahlRecords>;
export const ZKennzahlParams = z.strictObject({
  figure: z.enum(KENNZAHL_KEYS, { error: `eine von: ${KENNZAHL_KEYS.join(', ')}` }),
});
