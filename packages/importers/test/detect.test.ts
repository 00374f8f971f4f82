import { describe, expect, it } from 'vitest';
import { detectPksFormat, importPks, yearFromFilename } from '../src/index';

const b = (s: string) => Buffer.from(s);

describe('detectPksFormat', () => {
  it('recognises each format by its first line', () => {
    expect(detectPksFormat(b('1;2;3;4;5;6;7;8;9;10\nSchluessel;…'))).toBe('bka-kreise');
    expect(detectPksFormat(b('Schluessel;Straftat;Gemeindeschluessel;Stadt-/Landkreis\n'))).toBe(
      'bka-kreise',
    );
    expect(detectPksFormat(b('jahr,schluessel,straftat,kreis_schluessel,kreis_name,kreisart,faelle\n'))).toBe(
      'kreise-csv',
    );
    expect(detectPksFormat(b('\uFEFFags;jahr;schluessel;erfasste_faelle\n'))).toBe('gemeinde');
    expect(detectPksFormat(b('"AGS","Jahr","Schluessel","Erfasste Fälle"\n'))).toBe('gemeinde');
    expect(detectPksFormat(Buffer.from([0x50, 0x4b, 3, 4]))).toBe('gemeinde');
    expect(detectPksFormat(b('a,b,c\n'))).toBeNull();
    expect(detectPksFormat(b('x\n'), 'KR-F-01-T01-Kreise-Faelle-HZ_csv.csv')).toBe('bka-kreise');
  });

  it('importPks reports an unknown format', async () => {
    const r = await importPks(b('a,b,c\n1,2,3\n'));
    expect(r.errors[0]?.code).toBe('unknown_format');
  });
});

describe('yearFromFilename', () => {
  it.each([
    ['pks_bka_kr-f-01-t01_kreise_sachsen_2022_originalformat.csv', 2022],
    ['PKS2021_Kreise.csv', 2021],
    ['daten/x/pks-2019.csv', 2019],
    ['pks_kreise_sachsen_2020_2022.csv', null],
    ['KR-F-01-T01-Kreise-Faelle-HZ_csv.csv', null],
  ])('%s → %s', (name, year) => expect(yearFromFilename(name)).toBe(year));
});

describe('importPks on an empty file', () => {
  it.each([new Uint8Array(), new TextEncoder().encode('\n \r\n')])(
    'says the file is empty, not that its format is unknown',
    async (bytes) => {
      const r = await importPks(bytes, { filename: 'leer.csv' });
      expect(r.errors.map((e) => e.code)).toEqual(['empty_file']);
      expect(r.errors[0]?.message).toBe('Die Datei ist leer.');
      expect(r.rows).toEqual([]);
    },
  );
});
