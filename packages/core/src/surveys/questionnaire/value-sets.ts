/**
 * Value sets (answer scales) of the standard questionnaire. Codes: substantive answers 1..n in the order of
 * the source scale; missing codes are negative:
 *   -1  "Weiß nicht / keine Angabe" (only where the item bank offers it, or for own wordings and
 *       sensitive questions, see DESIGN.md "The citizen's form")
 *   -2  not applicable ("Nutze ich nicht", "Ich gehe abends nicht aus")
 * Checkbox sets use 0 for the exclusive "none" answer and 97 for "other places".
 * Sources: /work/shared/reference/domain.md section 2 (cited per set).
 */
import type { ValueSetDefinition } from './codebook-types.ts';

const weissNicht = { code: -1, key: 'weiss_nicht', missing: true } as const;
const keineAngabe = { code: -1, key: 'keine_angabe', missing: true } as const;

export const STANDARD_VALUE_SETS: readonly ValueSetDefinition[] = [
  {
    // Own categories (KFN/LKA SH 2015 start with Wohndauer, domain.md 2.3; categories not published).
    id: 'wohndauer',
    values: [
      { code: 1, key: 'wohndauer_unter_1' },
      { code: 2, key: 'wohndauer_1_5' },
      { code: 3, key: 'wohndauer_5_10' },
      { code: 4, key: 'wohndauer_10_20' },
      { code: 5, key: 'wohndauer_20_plus' },
    ],
  },
  {
    // GESIS pretest (AUDITS) satisfaction scale with "Weiß nicht", domain.md 2.2.
    id: 'zufrieden5',
    values: [
      { code: 1, key: 'sehr_zufrieden' },
      { code: 2, key: 'zufrieden' },
      { code: 3, key: 'teils_teils' },
      { code: 4, key: 'unzufrieden' },
      { code: 5, key: 'sehr_unzufrieden' },
      weissNicht,
    ],
  },
  {
    // Neighbourhood problems, 4 points (own scale; DHPol "perceived problems", domain.md 2.4).
    id: 'problem4',
    values: [
      { code: 1, key: 'kein_problem' },
      { code: 2, key: 'kleines_problem' },
      { code: 3, key: 'ziemliches_problem' },
      { code: 4, key: 'grosses_problem' },
      weissNicht,
    ],
  },
  {
    // Standard item, Görlitz/Hoyerswerda labels (domain.md 2.1); codes as ESS aesfdrk (1 very safe … 4 very unsafe).
    id: 'sicher4',
    values: [
      { code: 1, key: 'sehr_sicher' },
      { code: 2, key: 'ziemlich_sicher' },
      { code: 3, key: 'ziemlich_unsicher' },
      { code: 4, key: 'sehr_unsicher' },
    ],
  },
  {
    // AUDITS place items, GESIS cognitive pretest 2015 (domain.md 2.2), incl. "Nutze ich nicht".
    id: 'sicher5_ort',
    values: [
      { code: 1, key: 'sehr_sicher' },
      { code: 2, key: 'eher_sicher' },
      { code: 3, key: 'teils_teils' },
      { code: 4, key: 'eher_unsicher' },
      { code: 5, key: 'sehr_unsicher' },
      { code: -2, key: 'nutze_ich_nicht', missing: true },
    ],
  },
  {
    // Affective fear, DVS 2012 "beunruhigt" gar nicht / etwas / ziemlich / sehr stark (domain.md 2.3).
    id: 'beunruhigt4',
    values: [
      { code: 1, key: 'gar_nicht' },
      { code: 2, key: 'etwas' },
      { code: 3, key: 'ziemlich' },
      { code: 4, key: 'sehr_stark' },
    ],
  },
  {
    // Cognitive fear, Lahr 2014 scale sehr niedrig … sehr hoch (domain.md 2.3).
    id: 'risiko5',
    values: [
      { code: 1, key: 'sehr_niedrig' },
      { code: 2, key: 'niedrig' },
      { code: 3, key: 'teils_teils' },
      { code: 4, key: 'hoch' },
      { code: 5, key: 'sehr_hoch' },
    ],
  },
  {
    // Conative, Görlitz: last evening out (domain.md 2.3); "does not go out" is not applicable.
    id: 'ja_nein_ausgehen',
    values: [
      { code: 1, key: 'ja' },
      { code: 2, key: 'nein' },
      { code: -2, key: 'gehe_abends_nicht_aus', missing: true },
    ],
  },
  {
    // Avoidance frequency, DVS 2017/SKiD "often/always" scale (domain.md 2.3); labels own.
    id: 'haeufigkeit5',
    values: [
      { code: 1, key: 'nie' },
      { code: 2, key: 'selten' },
      { code: 3, key: 'manchmal' },
      { code: 4, key: 'oft' },
      { code: 5, key: 'immer' },
    ],
  },
  {
    // Victimisation last 12 months (own wording; SKiD texts not available, domain.md 6).
    id: 'ja_nein',
    values: [{ code: 1, key: 'ja' }, { code: 2, key: 'nein' }, weissNicht],
  },
  {
    // Reported to the police (Anzeigequote, domain.md 2.5); "teilweise" for several incidents.
    id: 'angezeigt',
    values: [
      { code: 1, key: 'angezeigt_ja' },
      { code: 2, key: 'angezeigt_teilweise' },
      { code: 3, key: 'angezeigt_nein' },
      keineAngabe,
    ],
  },
  {
    // Trust (own wording; no standard item found for the Ordnungsamt, domain.md 2.5).
    id: 'vertrauen5',
    values: [
      { code: 1, key: 'vertrauen_sehr_gross' },
      { code: 2, key: 'vertrauen_gross' },
      { code: 3, key: 'vertrauen_mittel' },
      { code: 4, key: 'vertrauen_gering' },
      { code: 5, key: 'vertrauen_keins' },
      weissNicht,
    ],
  },
  {
    // Angsträume: municipality's local places (domain.md 6: no published wording).
    id: 'orte_lokal',
    dynamic: 'localPlaces',
    extra: [
      { code: 97, key: 'andere_orte' },
      { code: 0, key: 'keine_unsicheren_orte', exclusive: true },
    ],
  },
  {
    // Wished-for measures (domain.md 6 names Beleuchtung, Polizeipräsenz, Videoüberwachung; rest own).
    id: 'massnahmen',
    values: [
      { code: 1, key: 'mas_beleuchtung' },
      { code: 2, key: 'mas_polizei' },
      { code: 3, key: 'mas_ordnungsdienst' },
      { code: 4, key: 'mas_video' },
      { code: 5, key: 'mas_sauberkeit' },
      { code: 6, key: 'mas_gestaltung' },
      { code: 7, key: 'mas_jugend' },
      { code: 8, key: 'mas_nachbarschaft' },
      { code: 9, key: 'mas_beratung' },
      { code: 10, key: 'mas_verkehr' },
      { code: 0, key: 'keine_davon', exclusive: true },
    ],
  },
  {
    // Age groups; 16+ as the sample (domain.md 5); 75+ as DVS 2012 reference group (domain.md 2.6).
    id: 'altersgruppe',
    values: [
      { code: 1, key: 'alter_16_24' },
      { code: 2, key: 'alter_25_34' },
      { code: 3, key: 'alter_35_44' },
      { code: 4, key: 'alter_45_54' },
      { code: 5, key: 'alter_55_64' },
      { code: 6, key: 'alter_65_74' },
      { code: 7, key: 'alter_75_plus' },
      keineAngabe,
    ],
  },
  {
    // Sex as in the population register (m/w/d); codes 1 männlich, 2 weiblich, 3 divers.
    id: 'geschlecht',
    values: [
      { code: 1, key: 'maennlich' },
      { code: 2, key: 'weiblich' },
      { code: 3, key: 'divers' },
      keineAngabe,
    ],
  },
  {
    id: 'ortsteil',
    dynamic: 'districts',
    extra: [{ code: -1, key: 'ortsteil_weiss_nicht', missing: true }],
  },
];

/** Age groups of `SD_ALTER` with their bounds (inclusive; `max` null = open), for margins and sampling. */
export const AGE_GROUPS: readonly {
  readonly code: number;
  readonly min: number;
  readonly max: number | null;
}[] = [
  { code: 1, min: 16, max: 24 },
  { code: 2, min: 25, max: 34 },
  { code: 3, min: 35, max: 44 },
  { code: 4, min: 45, max: 54 },
  { code: 5, min: 55, max: 64 },
  { code: 6, min: 65, max: 74 },
  { code: 7, min: 75, max: null },
];

/** `SD_GESCHLECHT` code for a register sex code (m/w/d); `x` (ohne Angabe) has no answer code. */
export const SEX_CODES: Readonly<Record<'m' | 'w' | 'd', number>> = { m: 1, w: 2, d: 3 };
