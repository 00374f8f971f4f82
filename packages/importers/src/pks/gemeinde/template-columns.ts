import { ISSUE_CODES, type IssueCollector, quote } from '../issues';

/**
 * Columns of the municipality template (templates/pks-gemeinde-vorlage.md). Names are ASCII
 * snake_case like the shared CSVs, so they survive every encoding and spreadsheet program.
 * `gemeinde` and `straftat` are for people reading the file; the import uses AGS and key only.
 */
export type TemplateField =
  | 'ags'
  | 'year'
  | 'key'
  | 'cases'
  | 'attempts'
  | 'cleared'
  | 'suspects'
  | 'suspectsMale'
  | 'suspectsFemale'
  | 'suspectsNonGerman'
  | 'ignore';

export interface TemplateColumn {
  name: string;
  field: TemplateField;
  required: boolean;
  /** German description, used in the template's documentation and in messages. */
  description: string;
}

export const GEMEINDE_TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  {
    name: 'ags',
    field: 'ags',
    required: true,
    description: 'Amtlicher Gemeindeschlüssel, 8 Ziffern (z. B. 14612000 für Dresden)',
  },
  {
    name: 'gemeinde',
    field: 'ignore',
    required: false,
    description: 'Name der Gemeinde (nur zur Lesbarkeit, wird nicht importiert)',
  },
  { name: 'jahr', field: 'year', required: true, description: 'Berichtsjahr der PKS (4 Ziffern)' },
  {
    name: 'schluessel',
    field: 'key',
    required: true,
    description: 'Straftatenschlüssel, 6 Zeichen, als Text (z. B. ------, 892000, 435*00, 010000)',
  },
  {
    name: 'straftat',
    field: 'ignore',
    required: false,
    description: 'Bezeichnung der Straftat (nur zur Lesbarkeit, wird nicht importiert)',
  },
  {
    name: 'erfasste_faelle',
    field: 'cases',
    required: true,
    description: 'erfasste Fälle (einschließlich Versuche)',
  },
  { name: 'versuche', field: 'attempts', required: false, description: 'davon Versuche' },
  { name: 'aufgeklaerte_faelle', field: 'cleared', required: false, description: 'aufgeklärte Fälle' },
  { name: 'tatverdaechtige', field: 'suspects', required: false, description: 'Tatverdächtige insgesamt' },
  {
    name: 'tatverdaechtige_maennlich',
    field: 'suspectsMale',
    required: false,
    description: 'Tatverdächtige, männlich',
  },
  {
    name: 'tatverdaechtige_weiblich',
    field: 'suspectsFemale',
    required: false,
    description: 'Tatverdächtige, weiblich',
  },
  {
    name: 'tatverdaechtige_nichtdeutsch',
    field: 'suspectsNonGerman',
    required: false,
    description: 'nichtdeutsche Tatverdächtige',
  },
];

/**
 * Header matching is exact after a documented normalisation: trim, lower case, umlauts and ß
 * spelled out (ä→ae …), spaces and hyphens → `_`. So "Aufgeklärte Fälle" matches
 * `aufgeklaerte_faelle`, but a misspelt name is an error instead of a silently dropped column.
 */
export function normalizeHeader(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[\s-]+/g, '_');
}

/** Column position of each template field (-1 when absent), or null when a required one is missing. */
export function mapTemplateHeader(
  header: string[],
  line: number,
  issues: IssueCollector,
): Record<TemplateField, number> | null {
  const pos = {
    ags: -1,
    year: -1,
    key: -1,
    cases: -1,
    attempts: -1,
    cleared: -1,
    suspects: -1,
    suspectsMale: -1,
    suspectsFemale: -1,
    suspectsNonGerman: -1,
    ignore: -1,
  };
  const byName = new Map(GEMEINDE_TEMPLATE_COLUMNS.map((c) => [c.name, c]));
  const seen = new Map<string, number>();
  let ok = true;
  header.forEach((raw, i) => {
    const name = normalizeHeader(raw);
    if (name === '' && i === header.length - 1) return; // trailing delimiter, as some exports write
    const col = byName.get(name);
    if (!col) {
      ok = false;
      issues.error({
        code: ISSUE_CODES.unexpectedColumn,
        line,
        column: raw,
        message: `Zeile ${line}: unbekannte Spalte ${quote(raw)}. Erlaubt sind ${GEMEINDE_TEMPLATE_COLUMNS.map((c) => c.name).join(', ')} (siehe Vorlage pks-gemeinde-vorlage). Wahrscheinliche Ursache: Tippfehler im Spaltennamen oder eine Zusatzspalte; bitte umbenennen oder löschen.`,
      });
      return;
    }
    const prev = seen.get(col.name);
    if (prev !== undefined) {
      ok = false;
      issues.error({
        code: ISSUE_CODES.duplicateColumn,
        line,
        column: raw,
        message: `Zeile ${line}: Spalte ${quote(raw)} kommt doppelt vor (Spalten ${prev + 1} und ${i + 1}).`,
      });
      return;
    }
    seen.set(col.name, i);
    if (col.field !== 'ignore') pos[col.field] = i;
  });
  for (const col of GEMEINDE_TEMPLATE_COLUMNS) {
    if (col.required && !seen.has(col.name)) {
      ok = false;
      issues.error({
        code: ISSUE_CODES.missingColumn,
        line,
        column: col.name,
        message: `Zeile ${line}: Pflichtspalte ${quote(col.name)} (${col.description}) fehlt. Pflichtspalten: ${GEMEINDE_TEMPLATE_COLUMNS.filter(
          (c) => c.required,
        )
          .map((c) => c.name)
          .join(', ')}.`,
      });
    }
  }
  return ok ? pos : null;
}
