/**
 * Attribution texts the platform must show wherever it shows the data, verbatim from
 * data/reference/SOURCES.md (the licences are dl-de/by-2-0 or the equivalent Destatis note).
 */
export interface Attribution {
  id: string;
  title: string;
  text: string;
  url: string | null;
}

const GV100AD =
  'Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2025 (Bevölkerung 31.12.2024, Basis Zensus 2022), im Auftrag der Herausgebergemeinschaft Statistische Ämter des Bundes und der Länder, 2025; Auszug Sachsen, umformatiert (Daten verändert).';

export const ATTRIBUTIONS: Record<string, Attribution> = {
  gemeinden: {
    id: 'gemeinden',
    title: 'Gemeinden Sachsens (GV100AD)',
    text: GV100AD,
    url: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html',
  },
  kreise: {
    id: 'kreise',
    title: 'Landkreise und kreisfreie Städte Sachsens (GV100AD)',
    text: GV100AD.replace(/\.$/, '; eigene Berechnung (Summen über Gemeinden).'),
    url: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html',
  },
  grenzen: {
    id: 'grenzen',
    title: 'Gemeinde- und Kreisgrenzen (BKG VG5000)',
    text: '© GeoBasis-DE / BKG 2022 (Daten verändert) – VG5000, Stand 01.01.2021; Gemeindezuschnitt an Gebietsstand 30.11.2025 angepasst – Datenlizenz Deutschland – Namensnennung – Version 2.0',
    url: 'https://www.bkg.bund.de',
  },
  'pks-kreise': {
    id: 'pks-kreise',
    title: 'Polizeiliche Kriminalstatistik, Kreise (BKA KR-F-01-T01)',
    text: 'Quelle: Bundeskriminalamt, Polizeiliche Kriminalstatistik (PKS), Berichtsjahre 2020 und 2022, Tabelle KR-F-01-T01 (Kreise, Fälle, HZ), Version lt. BKA-Veröffentlichung; Auszug Sachsen (Daten verändert); dl-de/by-2-0',
    url: 'https://www.bka.de/DE/AktuelleInformationen/StatistikenLagebilder/PolizeilicheKriminalstatistik/pks_node.html',
  },
  'pks-schluessel': {
    id: 'pks-schluessel',
    title: 'PKS-Straftatenschlüssel (BKA Zeitreihe ZR-F-01-T01)',
    text: 'Quelle: Bundeskriminalamt, Polizeiliche Kriminalstatistik (PKS) 2023, Zeitreihe ZR-F-01-T01 Fälle ab 1987 (Bund); umformatiert (Daten verändert); dl-de/by-2-0',
    url: 'https://www.bka.de/DE/AktuelleInformationen/StatistikenLagebilder/PolizeilicheKriminalstatistik/pks_node.html',
  },
  lizenz: {
    id: 'lizenz',
    title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    text: 'Die offenen Daten stehen unter der Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0).',
    url: 'https://www.govdata.de/dl-de/by-2-0',
  },
};
