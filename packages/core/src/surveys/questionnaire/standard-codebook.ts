/**
 * The standard questionnaire "ASSKomm Bürgerbefragung": blocks and items in questionnaire order.
 *
 * Order follows the KFN/LKA Schleswig-Holstein 2015 report chapters (Wohndauer → Nachbarschaft →
 * raumbezogenes Sicherheitsgefühl → affektiv → kognitiv → konativ → Kriminalitätsbelastung), then trust,
 * Angsträume, measures and socio-demography (domain.md 2.3). Texts live in i18n/<locale>.json under
 * `item.<code>`, `group.<id>` and `page.<id>`; sources below refer to /work/shared/reference/domain.md.
 *
 * Codes are stable: never renumber or reuse one. Add new items with new codes.
 */
import type { BlockDefinition, Codebook, CodebookItem } from './codebook-types.ts';
import { STANDARD_VALUE_SETS } from './value-sets.ts';

const BLOCKS: readonly BlockDefinition[] = [
  { id: 'WG', optional: false },
  { id: 'INC', optional: true },
  { id: 'SF', optional: false },
  { id: 'ORT', optional: false },
  { id: 'AFF', optional: false },
  { id: 'KOG', optional: true },
  { id: 'KON', optional: true },
  { id: 'VIK', optional: false },
  { id: 'VER', optional: false },
  { id: 'ANG', optional: true },
  { id: 'MAS', optional: true },
  { id: 'SD', optional: false },
];

const SRC_KFN = 'KFN/LKA SH 2015 Kapitelfolge (domain.md 2.3); Kategorien eigene';
const SRC_GESIS_ZUF = 'GESIS Pretest AUDITS, Zufriedenheitsskala (domain.md 2.2)';
const SRC_INC = 'Leipzig 2016, Heidelberg (Hermann), DHPol 2013 (domain.md 2.4)';
const SRC_DVS = 'DVS 2012 Standardfrage (domain.md 2.1)';
const SRC_AUDITS = 'GESIS Pretest AUDITS 2015 (domain.md 2.2)';
const SRC_AFF = 'DVS 2012 affektive Furcht, Heidelberg (domain.md 2.3, 2.4)';
const SRC_KOG = 'Lahr 2014 Skala, DVS 2012 (domain.md 2.3)';
const SRC_KON_G = 'Görlitz (kriminalpolizei.de 2013), domain.md 2.3';
const SRC_KON_D = 'DVS 2017 / SKiD Vermeidungsverhalten (domain.md 2.3)';
const SRC_VIK = 'SKiD-Module Viktimisierung und Anzeige (domain.md 2.5); Wortlaut eigen';
const SRC_VER = 'Eigener Wortlaut (domain.md 2.5: kein Standarditem gefunden)';
const SRC_OWN = 'Eigener Wortlaut (domain.md 6: kein Wortlaut gefunden)';
const SRC_SD = 'Gewichtungsmerkmale (domain.md 5)';

const matrix = (
  block: CodebookItem['block'],
  group: string,
  valueSet: string,
  codes: readonly string[],
  source: string,
): CodebookItem[] => codes.map((code) => ({ code, block, type: 'single', group, valueSet, source }));

const OFFENCES = ['01', '02', '03', '04', '05'] as const;
const VICTIMISATION = ['01', '02', '03', '04', '05', '06', '07'] as const;

const ITEMS: readonly CodebookItem[] = [
  { code: 'WG01', block: 'WG', type: 'single', valueSet: 'wohndauer', source: SRC_KFN },
  { code: 'WG02', block: 'WG', type: 'single', valueSet: 'zufrieden5', source: SRC_GESIS_ZUF },
  ...matrix(
    'INC',
    'INC',
    'problem4',
    ['INC_01', 'INC_02', 'INC_03', 'INC_04', 'INC_05', 'INC_06', 'INC_07', 'INC_08', 'INC_09'],
    SRC_INC,
  ),
  { code: 'SF01', block: 'SF', type: 'single', valueSet: 'sicher4', source: SRC_DVS },
  ...matrix(
    'ORT',
    'ORT',
    'sicher5_ort',
    ['ORT_01', 'ORT_02', 'ORT_03', 'ORT_04', 'ORT_05', 'ORT_06'],
    SRC_AUDITS,
  ),
  ...matrix(
    'AFF',
    'AFF',
    'beunruhigt4',
    OFFENCES.map((n) => `AFF_${n}`),
    SRC_AFF,
  ),
  ...matrix(
    'KOG',
    'KOG',
    'risiko5',
    OFFENCES.map((n) => `KOG_${n}`),
    SRC_KOG,
  ),
  ...matrix('KON', 'KON_AUSGEHEN', 'ja_nein_ausgehen', ['KON_01', 'KON_02'], SRC_KON_G),
  ...matrix(
    'KON',
    'KON_MEIDEN',
    'haeufigkeit5',
    ['KON_03', 'KON_04', 'KON_05', 'KON_06', 'KON_07'],
    SRC_KON_D,
  ),
  ...matrix(
    'VIK',
    'VIK',
    'ja_nein',
    VICTIMISATION.map((n) => `VIK_${n}`),
    SRC_VIK,
  ),
  // Follow-up: reported to the police, asked only for offences answered "ja" (1).
  ...VICTIMISATION.map(
    (n): CodebookItem => ({
      code: `VIK_${n}_POL`,
      block: 'VIK',
      page: 'VIK_POL',
      type: 'single',
      group: 'VIK_POL',
      valueSet: 'angezeigt',
      showIf: { item: `VIK_${n}`, equals: 1 },
      source: SRC_VIK,
    }),
  ),
  ...matrix('VER', 'VER', 'vertrauen5', ['VER_POL', 'VER_OA'], SRC_VER),
  {
    code: 'ANG_ORTE',
    block: 'ANG',
    type: 'multi',
    valueSet: 'orte_lokal',
    hasDescription: true,
    source: SRC_OWN,
  },
  { code: 'ANG_TEXT', block: 'ANG', type: 'text', source: SRC_OWN },
  {
    code: 'MAS_WAHL',
    block: 'MAS',
    type: 'multi',
    valueSet: 'massnahmen',
    maxSelected: 3,
    hasDescription: true,
    source: SRC_OWN,
  },
  { code: 'MAS_ZUF', block: 'MAS', type: 'single', valueSet: 'zufrieden5', source: SRC_GESIS_ZUF },
  { code: 'MAS_TEXT', block: 'MAS', type: 'text', source: SRC_OWN },
  { code: 'SD_ALTER', block: 'SD', type: 'single', valueSet: 'altersgruppe', source: SRC_SD },
  { code: 'SD_GESCHLECHT', block: 'SD', type: 'single', valueSet: 'geschlecht', source: SRC_SD },
  {
    code: 'SD_ORTSTEIL',
    block: 'SD',
    type: 'single',
    valueSet: 'ortsteil',
    control: 'dropdown',
    source: SRC_SD,
  },
];

export const STANDARD_CODEBOOK: Codebook = {
  id: 'asskomm-buergerbefragung-1',
  blocks: BLOCKS,
  valueSets: STANDARD_VALUE_SETS,
  items: ITEMS,
  groupsWithDescription: ['VIK_POL'],
};

/** Optional block ids of the standard questionnaire; the ASSKomm standard switches all of them on. */
export const DEFAULT_OPTIONAL_BLOCKS: readonly string[] = BLOCKS.filter((b) => b.optional).map((b) => b.id);
