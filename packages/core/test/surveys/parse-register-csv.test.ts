import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../src/surveys/sample/parse-csv.ts';
import { formatRegisterIssue, parseRegisterCsv } from '../../src/surveys/sample/parse-register-csv.ts';

const HEADER = 'id;geburtsjahr;geschlecht;ortsteil;name;strasse;hausnummer;plz;ort';
const ROW1 = '1001;1950;w;Altstadt;Erika Mustermann;Hauptstraße;1a;01234;Musterstadt';
const ROW2 = '1002;1988;M;Nordviertel;"Müller, Hans";"Weg ""am"" Bach";12;01235;Musterstadt';

const errorsOf = (input: string | Uint8Array) => {
  const r = parseRegisterCsv(input);
  return r.ok ? [] : r.errors.map(formatRegisterIssue);
};

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, embedded delimiters and line breaks, and keeps line numbers', () => {
    const r = parseCsv('a,b\r\n"x, y","say ""hi"""\n\n"multi\nline",z\n', ',');
    expect(r).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, y', 'say "hi"'] },
        { line: 4, fields: ['multi\nline', 'z'] },
      ],
    });
  });

  it('reports unterminated and stray quotes with their line', () => {
    expect(parseCsv('a,b\n"x,y\n', ',')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a,b\nx"y,z\n', ',')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a,b\n"x"y,z\n', ',')).toMatchObject({ ok: false, line: 2 });
  });

  it('detects ; or ,', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('"a;b",c')).toBe(',');
  });
});

describe('parseRegisterCsv', () => {
  it('reads ; files with BOM from bytes, quoted fields and case-insensitive sex codes', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${HEADER}\r\n${ROW1}\r\n${ROW2}\r\n`);
    const r = parseRegisterCsv(bytes);
    expect(r).toEqual({
      ok: true,
      warnings: [],
      persons: [
        {
          id: '1001',
          birthYear: 1950,
          sex: 'w',
          district: 'Altstadt',
          address: {
            name: 'Erika Mustermann',
            strasse: 'Hauptstraße',
            hausnummer: '1a',
            plz: '01234',
            ort: 'Musterstadt',
          },
        },
        {
          id: '1002',
          birthYear: 1988,
          sex: 'm',
          district: 'Nordviertel',
          address: {
            name: 'Müller, Hans',
            strasse: 'Weg "am" Bach',
            hausnummer: '12',
            plz: '01235',
            ort: 'Musterstadt',
          },
        },
      ],
    });
  });

  it('reads , files with other column order, aliases and first/last name; warns about extra columns', () => {
    const csv =
      'PLZ,Ort,Straße,HausNr,Vorname,Nachname,Ortsteil,Geschlecht,Geburtsjahr,ID,Telefon\n01234,Musterstadt,Ring,5,Max,Muster,Heide,d,2001,7,0351 1\n';
    const r = parseRegisterCsv(csv);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.persons[0]).toMatchObject({
        id: '7',
        sex: 'd',
        district: 'Heide',
        address: { name: 'Max Muster' },
      });
      expect(r.warnings.map(formatRegisterIssue)).toEqual([
        'Zeile 1, Spalte „Telefon“: Unbekannte Spalte wird nicht gelesen',
      ]);
    }
  });

  it('names line and column of every bad value and refuses the whole file', () => {
    const csv = [
      HEADER,
      ROW1,
      '1003;19x0;w;Altstadt;A;B;1;01234;M',
      '1004;1970;q;Altstadt;A;B;1;1234;M',
      '1001;1970;w;;A;B;1;01234;M',
      '1005;1970;w;Altstadt;A;B;1;01234',
    ].join('\n');
    expect(errorsOf(csv)).toEqual([
      'Zeile 3, Spalte „geburtsjahr“: „19x0“ ist kein gültiges Geburtsjahr',
      'Zeile 4, Spalte „geschlecht“: „q“ ist kein gültiges Geschlecht (erlaubt: m, w, d, x)',
      'Zeile 4, Spalte „plz“: „1234“ ist keine fünfstellige Postleitzahl',
      'Zeile 5, Spalte „ortsteil“: Wert fehlt',
      'Zeile 5, Spalte „id“: ID „1001“ kommt schon in Zeile 2 vor',
      'Zeile 6: 8 Felder statt 9 wie in der Kopfzeile',
    ]);
  });

  it('counts lines correctly after a quoted field with a line break', () => {
    const csv = `${HEADER}\n1001;1950;w;Altstadt;"Erika\nMustermann";H;1;01234;M\n1002;1950;w;Altstadt;A;H;1;0123;M\n`;
    expect(errorsOf(csv)).toEqual(['Zeile 4, Spalte „plz“: „0123“ ist keine fünfstellige Postleitzahl']);
  });

  it('refuses missing columns, empty files, malformed CSV and non-UTF-8 bytes', () => {
    expect(errorsOf('id;geburtsjahr;geschlecht;ortsteil;name;strasse;hausnummer;plz\n')).toEqual([
      'Zeile 1, Spalte „ort“: Spalte „ort“ fehlt',
    ]);
    expect(errorsOf('')).toEqual(['Zeile 1: Die Datei ist leer.']);
    expect(errorsOf(`${HEADER}\n`)).toEqual(['Zeile 2: Die Datei enthält keine Personen.']);
    expect(errorsOf(`${HEADER}\n${ROW1}\n"1002;1950\n`)).toEqual([
      'Zeile 3: Anführungszeichen wird nicht geschlossen',
    ]);
    // "Straße" in Windows-1252: ß = 0xDF is not valid UTF-8.
    const latin1 = new Uint8Array([...new TextEncoder().encode('id;Stra'), 0xdf, 0x65]);
    expect(errorsOf(latin1)).toEqual([
      'Zeile 1: Die Datei ist nicht UTF-8-kodiert. Bitte als „CSV UTF-8“ speichern.',
    ]);
  });
});
