/**
 * Reads a register extract (CSV, UTF-8 with or without BOM, `;` or `,`) with the columns
 * id, geburtsjahr, geschlecht, ortsteil, name, strasse, hausnummer, plz, ort (any order, header names
 * case-insensitive; `straße`, `hausnr`, `postleitzahl`, `vorname`+`nachname` are accepted too).
 *
 * The import lands whole or not at all: any error refuses the file, and every error names its line and
 * column. Addresses stay in memory (see register-types.ts).
 */
import { detectDelimiter, parseCsv } from './parse-csv.ts';
import type { RegisterIssue, RegisterPerson, RegisterSex } from './register-types.ts';

export type ParseRegisterResult =
  | {
      readonly ok: true;
      readonly persons: readonly RegisterPerson[];
      readonly warnings: readonly RegisterIssue[];
    }
  | { readonly ok: false; readonly errors: readonly RegisterIssue[] };

const MAX_ERRORS = 100;
const MAX_FIELD_LENGTH = 200;

const ALIASES: Record<string, string> = {
  id: 'id',
  geburtsjahr: 'geburtsjahr',
  geschlecht: 'geschlecht',
  ortsteil: 'ortsteil',
  name: 'name',
  vorname: 'vorname',
  nachname: 'nachname',
  familienname: 'nachname',
  strasse: 'strasse',
  straße: 'strasse',
  hausnummer: 'hausnummer',
  hausnr: 'hausnummer',
  'hausnr.': 'hausnummer',
  plz: 'plz',
  postleitzahl: 'plz',
  ort: 'ort',
  wohnort: 'ort',
};

const REQUIRED = [
  'id',
  'geburtsjahr',
  'geschlecht',
  'ortsteil',
  'strasse',
  'hausnummer',
  'plz',
  'ort',
] as const;

const SEX: Record<string, RegisterSex> = {
  m: 'm',
  männlich: 'm',
  maennlich: 'm',
  w: 'w',
  weiblich: 'w',
  d: 'd',
  divers: 'd',
  x: 'x',
  o: 'x',
  'ohne angabe': 'x',
  unbestimmt: 'x',
};

function decode(input: string | Uint8Array): string | undefined {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return undefined;
  }
}

/** Parses a register extract. See the module comment for the expected columns. */
export function parseRegisterCsv(input: string | Uint8Array): ParseRegisterResult {
  const text = decode(input);
  if (text === undefined) {
    return {
      ok: false,
      errors: [{ line: 1, message: 'Die Datei ist nicht UTF-8-kodiert. Bitte als „CSV UTF-8“ speichern.' }],
    };
  }
  const parsed = parseCsv(text, detectDelimiter(text));
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, message: parsed.message }] };
  const [header, ...rows] = parsed.records;
  if (header === undefined) return { ok: false, errors: [{ line: 1, message: 'Die Datei ist leer.' }] };

  const columns = new Map<string, number>();
  const headerErrors: RegisterIssue[] = [];
  const warnings: RegisterIssue[] = [];
  header.fields.forEach((raw, index) => {
    const name = ALIASES[raw.trim().toLocaleLowerCase('de')];
    if (name === undefined) {
      warnings.push({ line: 1, column: raw.trim(), message: 'Unbekannte Spalte wird nicht gelesen' });
      return;
    }
    if (columns.has(name))
      headerErrors.push({ line: 1, column: raw.trim(), message: 'Spalte kommt doppelt vor' });
    columns.set(name, index);
  });
  const hasName = columns.has('name') || (columns.has('vorname') && columns.has('nachname'));
  for (const column of REQUIRED) {
    if (!columns.has(column)) headerErrors.push({ line: 1, column, message: `Spalte „${column}“ fehlt` });
  }
  if (!hasName)
    headerErrors.push({
      line: 1,
      column: 'name',
      message: 'Spalte „name“ (oder „vorname“ und „nachname“) fehlt',
    });
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };

  const errors: RegisterIssue[] = [];
  const persons: RegisterPerson[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const record of rows) {
    if (errors.length >= MAX_ERRORS) break;
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (record.fields.length !== header.fields.length) {
      errors.push({
        line: record.line,
        message: `${record.fields.length} Felder statt ${header.fields.length} wie in der Kopfzeile`,
      });
      continue;
    }
    const lineErrors: RegisterIssue[] = [];
    const get = (column: string, required = true): string => {
      const index = columns.get(column);
      const value = index === undefined ? '' : (record.fields[index] ?? '').trim();
      if (required && value === '') lineErrors.push({ line: record.line, column, message: 'Wert fehlt' });
      if (value.length > MAX_FIELD_LENGTH) {
        lineErrors.push({
          line: record.line,
          column,
          message: `Wert länger als ${MAX_FIELD_LENGTH} Zeichen`,
        });
      }
      return value;
    };
    const id = get('id');
    const birth = get('geburtsjahr');
    const sexRaw = get('geschlecht');
    const district = get('ortsteil');
    const name = columns.has('name') ? get('name') : `${get('vorname')} ${get('nachname')}`.trim();
    const strasse = get('strasse');
    const hausnummer = get('hausnummer');
    const plz = get('plz');
    const ort = get('ort');

    const birthYear = Number(birth);
    if (birth !== '' && (!/^\d{4}$/.test(birth) || birthYear < 1880 || birthYear > 2100)) {
      lineErrors.push({
        line: record.line,
        column: 'geburtsjahr',
        message: `„${birth}“ ist kein gültiges Geburtsjahr`,
      });
    }
    const sex = SEX[sexRaw.toLocaleLowerCase('de')];
    if (sexRaw !== '' && sex === undefined) {
      lineErrors.push({
        line: record.line,
        column: 'geschlecht',
        message: `„${sexRaw}“ ist kein gültiges Geschlecht (erlaubt: m, w, d, x)`,
      });
    }
    if (plz !== '' && !/^\d{5}$/.test(plz)) {
      lineErrors.push({
        line: record.line,
        column: 'plz',
        message: `„${plz}“ ist keine fünfstellige Postleitzahl`,
      });
    }
    const earlier = firstLineOfId.get(id);
    if (id !== '' && earlier !== undefined) {
      lineErrors.push({
        line: record.line,
        column: 'id',
        message: `ID „${id}“ kommt schon in Zeile ${earlier} vor`,
      });
    } else if (id !== '') {
      firstLineOfId.set(id, record.line);
    }
    if (lineErrors.length > 0 || sex === undefined) {
      errors.push(...lineErrors);
      continue;
    }
    persons.push({ id, birthYear, sex, district, address: { name, strasse, hausnummer, plz, ort } });
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  if (persons.length === 0)
    return { ok: false, errors: [{ line: 2, message: 'Die Datei enthält keine Personen.' }] };
  return { ok: true, persons, warnings };
}

/**
 * "Zeile 5, Spalte „plz“: …" — one line per issue. Messages may quote the offending value (to help fix
 * it): show them to the person who uploaded the file, but do not write them to logs.
 */
export const formatRegisterIssue = (issue: RegisterIssue): string =>
  `Zeile ${issue.line}${issue.column !== undefined ? `, Spalte „${issue.column}“` : ''}: ${issue.message}`;
