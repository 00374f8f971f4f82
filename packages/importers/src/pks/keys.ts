/**
 * PKS Straftatenschlüssel: syntax, repair of spreadsheet damage, classification.
 * Structure (reference/domain.md §4.3): 6 characters; first digit = Hauptgruppe; `8xxxxx` =
 * Summenschlüssel; `*` = wildcard aggregation over theft keys (`****00` Diebstahl insgesamt);
 * `------` = Straftaten insgesamt. Keys are text, never numbers.
 */

export type MainGroupCode =
  | '0'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | 'diebstahl'
  | 'insgesamt';

export const MAIN_GROUP_LABELS: Record<MainGroupCode, string> = {
  '0': 'Straftaten gegen das Leben',
  '1': 'Straftaten gegen die sexuelle Selbstbestimmung',
  '2': 'Rohheitsdelikte und Straftaten gegen die persönliche Freiheit',
  '3': 'Diebstahl ohne erschwerende Umstände',
  '4': 'Diebstahl unter erschwerenden Umständen',
  '5': 'Vermögens- und Fälschungsdelikte',
  '6': 'Sonstige Straftatbestände (StGB)',
  '7': 'Strafrechtliche Nebengesetze',
  '8': 'Summenschlüssel',
  // 9xxxxx appears in the BKA district table only as Sonderkennung 972500 (see catalogue.ts).
  '9': 'Sonderkennungen',
  diebstahl: 'Diebstahl insgesamt (ohne und unter erschwerenden Umständen)',
  insgesamt: 'Straftaten insgesamt',
};

export const TOTAL_KEY = '------';

const KEY_SYNTAX = /^(?:------|[0-9*]{6})$/;

export function isValidKeySyntax(key: string): boolean {
  return KEY_SYNTAX.test(key);
}

export type KeyRepair = 'padded' | 'scientific';

export type NormalizedKey = { ok: true; key: string; repair?: KeyRepair } | { ok: false };

/**
 * Turns a key cell into the 6-character key, repairing the two kinds of damage seen in published
 * BKA CSVs (reference/domain.md §4.5, SOURCES.md §8):
 * - leading zeros dropped (`10000` → `010000`, `0` → `000000`): the export treated keys as numbers;
 * - scientific notation (`3.00E+100` → `3**100`): the 2023 time series prints the keys
 *   3**100/3**200/3**300 and 4**100/4**200/4**300 this way. That these are meant follows from the
 *   labels ("Einfacher Diebstahl von Kraftwagen" ↔ `***100` "Diebstahl insgesamt von Kraftwagen")
 *   and from 3**400…3**800 being present in plain form.
 */
export function normalizeKey(raw: string): NormalizedKey {
  const s = raw.trim();
  if (KEY_SYNTAX.test(s)) return { ok: true, key: s };
  if (/^\d{1,5}$/.test(s)) return { ok: true, key: s.padStart(6, '0'), repair: 'padded' };
  const sci = /^(\d)(?:[.,]0+)?[eE]\+?(\d)00$/.exec(s);
  if (sci) return { ok: true, key: `${sci[1]}**${sci[2]}00`, repair: 'scientific' };
  return { ok: false };
}

export interface KeyClass {
  mainGroup: MainGroupCode;
  isSummary: boolean;
  isWildcard: boolean;
  isTotal: boolean;
}

/** Classifies a valid key. A leading `*` means "main groups 3 and 4", i.e. theft as a whole. */
export function classifyKey(key: string): KeyClass {
  const isTotal = key === TOTAL_KEY;
  const first = key[0] ?? '';
  const mainGroup: MainGroupCode = isTotal
    ? 'insgesamt'
    : first === '*'
      ? 'diebstahl'
      : (first as MainGroupCode);
  return { mainGroup, isSummary: first === '8', isWildcard: key.includes('*'), isTotal };
}

/** Theft family: main groups 3 and 4 and the wildcard keys that span both. */
export function isTheftKey(key: string): boolean {
  const first = key[0];
  return first === '3' || first === '4' || first === '*';
}
