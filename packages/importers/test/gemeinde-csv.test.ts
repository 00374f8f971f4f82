import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { columnsToRows, NULL_COUNT, parseGemeindeCsv, parseGemeindeCsvChunks } from '../src/index';

const HEADER = 'ags;jahr;schluessel;erfasste_faelle;versuche;aufgeklaerte_faelle;tatverdaechtige';
const csv = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`);
const GOOD = [
  HEADER,
  '14612000;2023;------;1000;50;600;400',
  '14612000;2023;892000;80;10;60;70',
  '14612000;2023;435*00;20;8;5;4',
];

describe('municipality template, CSV', () => {
  it('reads `;` with BOM and CRLF, and `,` without BOM, to the same columns', () => {
    const semi = parseGemeindeCsv(Buffer.from(`\uFEFF${GOOD.join('\r\n')}\r\n`));
    const comma = parseGemeindeCsv(csv(...GOOD.map((l) => l.replaceAll(';', ','))));
    expect(semi.errors).toEqual([]);
    expect(comma.errors).toEqual([]);
    expect(semi.meta).toMatchObject({
      delimiter: ';',
      rowCount: 3,
      years: [2023],
      areaCount: 1,
      keys: ['------', '892000', '435*00'],
    });
    expect(comma.meta.delimiter).toBe(',');
    expect(columnsToRows(semi.columns)).toEqual(columnsToRows(comma.columns));
    expect(columnsToRows(semi.columns)[2]).toEqual({
      areaKind: 'gemeinde',
      ags: '14612000',
      year: 2023,
      key: '435*00',
      cases: 20,
      attempts: 8,
      cleared: 5,
      suspects: 4,
      suspectsMale: null,
      suspectsFemale: null,
      suspectsNonGerman: null,
    });
    expect([...semi.columns.line]).toEqual([2, 3, 4]);
  });

  it('accepts columns in any order, optional columns left out, quoted cells, human header spellings', () => {
    const r = parseGemeindeCsv(
      csv(
        'Schluessel;"Straftat";AGS;Jahr;Erfasste Fälle;Gemeinde',
        '"------";"Straftaten; insgesamt";14612000;2023;5;"Dresden, Stadt"',
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.columns.cases[0]).toBe(5);
    expect(r.columns.attempts[0]).toBe(NULL_COUNT);
  });

  it('empty optional cell is null, 0 is zero; blank and `;;;;` lines are skipped', () => {
    const r = parseGemeindeCsv(
      csv(HEADER, '14612000;2023;------;0;;0;', '', ';;;;;;', '14612000;2022;------;3;1;2;2'),
    );
    expect(r.errors).toEqual([]);
    expect(columnsToRows(r.columns)[0]).toMatchObject({
      cases: 0,
      attempts: null,
      cleared: 0,
      suspects: null,
    });
    expect([...r.columns.line]).toEqual([2, 5]);
  });

  it('repairs a 7-digit AGS and a 5-digit key with warnings', () => {
    const r = parseGemeindeCsv(csv(HEADER, '1001000;2023;10000;1;0;1;1', '1001000;2023;------;9;0;1;1'));
    expect(r.errors).toEqual([]);
    expect(r.columns.ags[0]).toBe('01001000');
    expect(r.columns.key[0]).toBe('010000');
    expect(r.warnings.map((w) => w.code)).toEqual(['ags_padded', 'key_padded', 'ags_padded']);
    expect(r.warnings[1]?.message).toBe(
      'Zeile 2, Spalte "schluessel": "10000" als Schlüssel 010000 gelesen. Wahrscheinliche Ursache: ein Tabellenprogramm hat den Schlüssel als Zahl behandelt (führende Null entfernt oder Exponentialschreibweise). Schlüssel bitte als Text speichern.',
    );
  });

  describe('errors name line, column and value', () => {
    const one = (...rows: string[]) => parseGemeindeCsv(csv(HEADER, ...rows));

    it.each([
      ['99612000;2023;------;1;;;', 'bad_ags', 'ags', '99612000', 'beginnt nicht mit einer Länderkennung'],
      ['1461200X;2023;------;1;;;', 'bad_ags', 'ags', '1461200X', 'ist kein Amtlicher Gemeindeschlüssel'],
      ['146120001;2023;------;1;;;', 'bad_ags', 'ags', '146120001', 'hat 9 statt 8 Ziffern'],
      ['14612000;23;------;1;;;', 'bad_year', 'jahr', '23', 'ist kein Berichtsjahr'],
      ['14612000;2099;------;1;;;', 'bad_year', 'jahr', '2099', 'ist kein Berichtsjahr'],
      ['14612000;2023;12345X;1;;;', 'bad_key', 'schluessel', '12345X', 'ist kein Straftatenschlüssel'],
      [
        '14612000;2023;------;-5;;;',
        'negative_count',
        'erfasste_faelle',
        '-5',
        'ist keine nicht-negative ganze Zahl',
      ],
      [
        '14612000;2023;------;1.234;;;',
        'not_integer',
        'erfasste_faelle',
        '1.234',
        'ist keine nicht-negative ganze Zahl (bitte ohne Tausendertrennzeichen',
      ],
      ['14612000;2023;------;;;;', 'required', 'erfasste_faelle', '', 'fehlt'],
      ['14612000;2023;------;1;x;;', 'not_integer', 'versuche', 'x', 'ist keine nicht-negative ganze Zahl'],
      ['14612000;2023;------;99999999999;;;', 'too_large', 'erfasste_faelle', '99999999999', 'ist zu groß'],
    ])('%s → %s', (row, code, column, value, text) => {
      const r = one('14612000;2023;892000;1;;;', row);
      expect(r.errors[0]).toMatchObject({ code, line: 3, column, value });
      expect(r.errors[0]?.message.startsWith(`Zeile 3, Spalte "${column}": "${value}" ${text}`)).toBe(true);
    });

    it('duplicate row names both lines', () => {
      const r = one('14612000;2023;------;1;;;', '14612000;2022;------;1;;;', '14612000;2023;------;2;;;');
      expect(r.errors).toEqual([
        expect.objectContaining({
          code: 'duplicate_row',
          line: 4,
          otherLine: 2,
          column: 'schluessel',
          value: '------',
        }),
      ]);
      expect(r.errors[0]?.message).toContain('steht schon in Zeile 2');
    });

    it('unknown AGS and unknown key against the lists passed in', () => {
      const r = parseGemeindeCsv(csv(HEADER, '14612000;2023;------;1;;;', '14999998;2023;123456;1;;;'), {
        knownAgs: new Set(['14612000']),
        catalogue: new Set(['------']),
      });
      expect(r.errors.map((e) => [e.code, e.line, e.column, e.value])).toEqual([
        ['unknown_ags', 3, 'ags', '14999998'],
        ['unknown_key', 3, 'schluessel', '123456'],
      ]);
      expect(r.errors[0]?.message).toMatch(
        /^Zeile 3, Spalte "ags": "14999998" ist kein bekannter Gemeindeschlüssel/,
      );
    });

    it('missing and unknown columns', () => {
      const r = parseGemeindeCsv(csv('ags;jahr;schlüssel;faelle', '14612000;2023;------;1'));
      expect(r.errors.map((e) => [e.code, e.column])).toEqual([
        ['unexpected_column', 'faelle'],
        ['missing_column', 'erfasste_faelle'],
      ]);
    });

    it('truncated last line vs. a short line in the middle', () => {
      const truncated = parseGemeindeCsv(
        Buffer.from(`${HEADER}\n14612000;2023;------;1;;;\n14612000;2023;8920`),
      );
      expect(truncated.errors).toEqual([expect.objectContaining({ code: 'truncated', line: 3 })]);
      expect(truncated.errors[0]?.message).toMatch(
        /^Zeile 3: nur 3 von 7 Feldern – die Datei endet mitten in der Zeile/,
      );
      const middle = one('14612000;2023;------', '14612000;2023;892000;1;;;');
      expect(middle.errors).toEqual([expect.objectContaining({ code: 'field_count', line: 2 })]);
    });

    it('line numbers count line breaks inside quoted cells', () => {
      const r = parseGemeindeCsv(
        csv(
          'ags;jahr;schluessel;straftat;erfasste_faelle',
          '14612000;2023;------;"zwei\nZeilen";1',
          '14612000;2023;892000;x;-1',
        ),
      );
      expect(r.errors[0]).toMatchObject({ line: 4, value: '-1' });
    });

    it('rejects UTF-16, zip and empty files', () => {
      expect(parseGemeindeCsv(Buffer.from([0xff, 0xfe, 0x61, 0])).errors[0]?.code).toBe('wrong_encoding');
      expect(parseGemeindeCsv(Buffer.from([0x50, 0x4b, 3, 4, 0])).errors[0]?.code).toBe('not_csv');
      expect(parseGemeindeCsv(Buffer.from('')).errors[0]?.code).toBe('empty_file');
      expect(parseGemeindeCsv(csv(HEADER)).errors[0]?.code).toBe('empty_file');
    });
  });

  describe('warnings', () => {
    it('clearance over 100 %, sub-key above parent, attempts above cases', () => {
      const r = parseGemeindeCsv(
        csv(
          HEADER,
          '14612000;2023;------;100;5;120;50',
          '14612000;2023;****00;40;50;10;60',
          '14612000;2023;435*00;45;1;1;1',
        ),
      );
      expect(r.errors).toEqual([]);
      expect(r.warnings.map((w) => [w.code, w.line, w.otherLine])).toEqual([
        ['clearance_over_100', 2, undefined],
        ['attempts_exceed_cases', 3, undefined],
        ['subkey_exceeds_parent', 3, 2], // suspects 60 > 50
        ['subkey_exceeds_parent', 4, 3], // 435*00 45 > ****00 40
      ]);
      expect(r.warnings[0]?.message).toContain('Aufklärungsquote 120 %');
      expect(r.warnings[0]?.message).toContain('Das ist zulässig');
    });

    it('caps each code and adds a summary', () => {
      const rows = Array.from(
        { length: 120 },
        (_, i) => `14612${String(i).padStart(3, '0')};2023;------;1;;2;`,
      );
      const r = parseGemeindeCsv(csv(HEADER, ...rows), { issueLimit: 10 });
      expect(r.warnings).toHaveLength(11);
      expect(r.warnings[10]).toMatchObject({ code: 'clearance_over_100', omitted: 110 });
      expect(r.meta.warningCount).toBe(120);
    });
  });

  it('streaming: any chunk boundaries give the same result', async () => {
    const text = `\uFEFF${HEADER}\r\n${Array.from({ length: 500 }, (_, i) => `14612${String(i).padStart(3, '0')};2023;"------";${i};;;`).join('\r\n')}\r\n`;
    const bytes = Buffer.from(text);
    const whole = parseGemeindeCsv(bytes);
    for (const size of [1, 7, 64, 4096]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      let seen = 0;
      const r = await parseGemeindeCsvChunks(Readable.from(chunks), (c) => {
        seen += c.length;
      });
      expect(seen).toBe(500);
      expect(columnsToRows(r.columns)).toEqual(columnsToRows(whole.columns));
      expect([...r.columns.line]).toEqual([...whole.columns.line]);
    }
  });
});
