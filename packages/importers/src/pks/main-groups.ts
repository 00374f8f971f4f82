/**
 * The offence groups of the crime profile pages (issue 4: Straßenkriminalität, Gewaltkriminalität,
 * Diebstahl, Wohnungseinbruch, Sachbeschädigung incl. Graffiti, Rauschgift, Körperverletzung) with
 * their keys. Checked against the shared files: every key is in the catalogue
 * (pks_straftatenschluessel_bka_zeitreihe_2023.csv), and all except 220000 are in both BKA
 * district tables (KR-F-01-T01 2020 and 2022).
 */
export interface MainOffenceGroup {
  id: string;
  label: string;
  key: string;
  /** A group shown indented under another ("darunter"). */
  parentId?: string;
  /**
   * When the key is missing in a source: keys whose CASES may be added up instead (a case is
   * recorded under exactly one key, so disjoint keys add up; suspects do NOT add up).
   */
  fallbackSumKeys?: readonly string[];
  note?: string;
}

export const MAIN_OFFENCE_GROUPS: readonly MainOffenceGroup[] = [
  { id: 'insgesamt', label: 'Straftaten insgesamt', key: '------' },
  { id: 'strassenkriminalitaet', label: 'Straßenkriminalität', key: '899000', note: 'Summenschlüssel' },
  { id: 'gewaltkriminalitaet', label: 'Gewaltkriminalität', key: '892000', note: 'Summenschlüssel' },
  { id: 'diebstahl', label: 'Diebstahl insgesamt', key: '****00' },
  {
    id: 'wohnungseinbruch',
    label: 'Wohnungseinbruchdiebstahl',
    key: '435*00',
    parentId: 'diebstahl',
    note: 'darunter Tageswohnungseinbruch 436*00 (Tatzeit 6–21 Uhr)',
  },
  { id: 'sachbeschaedigung', label: 'Sachbeschädigung', key: '674000', note: 'einschließlich Graffiti' },
  {
    id: 'graffiti',
    label: 'darunter Sachbeschädigung durch Graffiti',
    key: '899500',
    parentId: 'sachbeschaedigung',
    note: 'Summenschlüssel, in 674000 enthalten; erst ab 2011 in der Zeitreihe',
  },
  {
    id: 'rauschgift',
    label: 'Rauschgiftdelikte',
    key: '730000',
    note: 'Strukturbruch 2024: Cannabisgesetz (KCanG) seit 1. April 2024',
  },
  {
    id: 'koerperverletzung',
    label: 'Körperverletzung',
    key: '220000',
    fallbackSumKeys: ['222000', '224000'],
    note:
      'Die BKA-Kreistabelle KR-F-01-T01 enthält 220000 nicht, nur 222000 (gefährliche und schwere KV) und ' +
      '224000 (vorsätzliche einfache KV). Ihre Summe ist eine Untergrenze für 220000 (es fehlen u. a. ' +
      'fahrlässige KV und KV mit Todesfolge) und muss so beschriftet werden.',
  },
];

/** Keys of all main groups, in display order. */
export const MAIN_OFFENCE_KEYS: readonly string[] = MAIN_OFFENCE_GROUPS.map((g) => g.key);
