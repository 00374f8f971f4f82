import { readCsvRecords, requireInt, requireNumber, requirePattern } from './read-csv-records';

/** One municipality from `sachsen_gemeinden_gv100ad_*.csv` (Destatis GV100AD, see data/reference/SOURCES.md §1). */
export interface GemeindeRecord {
  ags: string;
  ars: string;
  name: string;
  gemeindetyp: string;
  kreisSchluessel: string;
  gemeindeverbandSchluessel: string;
  gemeindeverbandName: string;
  areaKm2: number;
  population: number;
  populationMale: number;
  populationFemale: number;
  plz: string;
  populationDate: string;
}

/** One district from `sachsen_kreise_gv100ad_*.csv` (SOURCES.md §2). */
export interface KreisRecord {
  kreisSchluessel: string;
  name: string;
  kreisTyp: string;
  verwaltungssitz: string;
  municipalityCount: number;
  areaKm2: number;
  population: number;
  populationMale: number;
  populationFemale: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseGemeinden(text: string, file = 'sachsen_gemeinden_gv100ad.csv'): GemeindeRecord[] {
  const records = readCsvRecords(text, file, [
    'ags',
    'ars',
    'name',
    'gemeindetyp',
    'kreis_schluessel',
    'gemeindeverband_schluessel',
    'gemeindeverband_name',
    'flaeche_km2',
    'bevoelkerung_insgesamt',
    'bevoelkerung_maennlich',
    'bevoelkerung_weiblich',
    'plz',
    'bevoelkerung_stichtag',
  ]);
  const seen = new Set<string>();
  return records.map((r, i) => {
    const line = i + 2;
    const ags = requirePattern(r, 'ags', /^\d{8}$/, file, line, 'AGS muss 8 Ziffern haben');
    if (seen.has(ags)) requirePattern(r, 'ags', /^$/, file, line, 'AGS kommt doppelt vor');
    seen.add(ags);
    return {
      ags,
      ars: r.ars ?? '',
      name: requirePattern(r, 'name', /\S/, file, line, 'Name fehlt'),
      gemeindetyp: r.gemeindetyp ?? '',
      kreisSchluessel: requirePattern(
        r,
        'kreis_schluessel',
        /^\d{5}$/,
        file,
        line,
        'Kreisschlüssel muss 5 Ziffern haben',
      ),
      gemeindeverbandSchluessel: r.gemeindeverband_schluessel ?? '',
      gemeindeverbandName: r.gemeindeverband_name ?? '',
      areaKm2: requireNumber(r, 'flaeche_km2', file, line),
      population: requireInt(r, 'bevoelkerung_insgesamt', file, line),
      populationMale: requireInt(r, 'bevoelkerung_maennlich', file, line),
      populationFemale: requireInt(r, 'bevoelkerung_weiblich', file, line),
      plz: r.plz ?? '',
      populationDate: requirePattern(
        r,
        'bevoelkerung_stichtag',
        ISO_DATE,
        file,
        line,
        'Datum im Format JJJJ-MM-TT erwartet',
      ),
    };
  });
}

export function parseKreise(text: string, file = 'sachsen_kreise_gv100ad.csv'): KreisRecord[] {
  const records = readCsvRecords(text, file, [
    'kreis_schluessel',
    'name',
    'kreis_typ',
    'verwaltungssitz',
    'anzahl_gemeinden',
    'flaeche_km2',
    'bevoelkerung_insgesamt',
    'bevoelkerung_maennlich',
    'bevoelkerung_weiblich',
  ]);
  return records.map((r, i) => {
    const line = i + 2;
    return {
      kreisSchluessel: requirePattern(
        r,
        'kreis_schluessel',
        /^\d{5}$/,
        file,
        line,
        'Kreisschlüssel muss 5 Ziffern haben',
      ),
      name: requirePattern(r, 'name', /\S/, file, line, 'Name fehlt'),
      kreisTyp: r.kreis_typ ?? '',
      verwaltungssitz: r.verwaltungssitz ?? '',
      municipalityCount: requireInt(r, 'anzahl_gemeinden', file, line),
      areaKm2: requireNumber(r, 'flaeche_km2', file, line),
      population: requireInt(r, 'bevoelkerung_insgesamt', file, line),
      populationMale: requireInt(r, 'bevoelkerung_maennlich', file, line),
      populationFemale: requireInt(r, 'bevoelkerung_weiblich', file, line),
    };
  });
}
