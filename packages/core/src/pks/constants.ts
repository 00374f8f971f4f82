import { PKS_UPLOAD_MAX_BYTES } from '@asskomm/contracts';

/** Names of the data sets PKS rows belong to; importing the same source and year again replaces it. */
export const PKS_SOURCES = {
  /** Both the BKA original table and the tidy district CSV: the same data set. */
  bkaKreise: 'BKA KR-F-01-T01',
  gemeinde: 'Gemeinde-Vorlage',
  bevoelkerung: 'Bevölkerungsdatei',
  demo: 'Demodaten (synthetisch)',
  gv100ad: 'GV100AD (Destatis), Bevölkerung 31.12.2024',
  derivedFromHz: 'aus der BKA-Häufigkeitszahl abgeleitet',
} as const;

/** Saxony as an area: the sum of its districts (the demo district excluded). */
export const SAXONY_AGS = '14';
export const SAXONY_NAME = 'Sachsen';

/** Largest upload the server accepts; the web form checks the same limit (contracts). */
export const PKS_UPLOAD_LIMIT_BYTES = PKS_UPLOAD_MAX_BYTES;

/** Up to this many rows go in with one unnest INSERT; more go through COPY. */
export const UNNEST_MAX_ROWS = 5_000;

/** Attribution ids (core/reference/attributions.ts) of the PKS data. */
export const PKS_ATTRIBUTION_IDS = ['pks-kreise', 'pks-schluessel'] as const;
