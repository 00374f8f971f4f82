import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  type ImportResult,
  importBkaKreise,
  importKreiseCsv,
  importPks,
  keyCatalogueMap,
  type PksFactRow,
  parseKeyCatalogue,
} from '../src/index';
import { FILES, readOpenData, SAXON_DISTRICTS } from './helpers/open-data';

const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const toLatin1 = (s: string) => Buffer.from(s, 'latin1');

const sumTotal = (r: ImportResult<PksFactRow>) =>
  r.rows.filter((x) => x.key === '------').reduce((s, x) => s + x.cases, 0);

describe('BKA district table KR-F-01-T01, original format', () => {
  const bytes = { 2020: readOpenData(FILES.bka2020), 2022: readOpenData(FILES.bka2022) };
  const catalogue = keyCatalogueMap(parseKeyCatalogue(readOpenData(FILES.catalogue)).rows);
  const knownAgs = new Set(SAXON_DISTRICTS);
  const opts = (year: 2020 | 2022) => ({
    filename: year === 2020 ? FILES.bka2020 : FILES.bka2022,
    catalogue,
    knownAgs,
  });
  /** Lines of the 2022 file (1-based index i ↔ array index i-1), to build broken variants. */
  const lines2022 = latin1(bytes[2022]).split('\n');
  const rebuild = (ls: string[]) => toLatin1(ls.join('\n'));

  it.each([
    [2020, 546, 272_053, 42],
    [2022, 533, 266_609, 41],
  ] as const)(
    'imports %i: %i rows, Saxony total %i cases, %i keys × 13 districts',
    (year, rows, total, keys) => {
      const r = importBkaKreise(bytes[year], opts(year));
      expect(r.errors).toEqual([]);
      expect(r.rows).toHaveLength(rows);
      expect(sumTotal(r)).toBe(total);
      expect(r.meta).toMatchObject({
        format: 'bka-kreise',
        years: [year],
        areaCount: 13,
        yearSource: 'filename',
        encoding: 'ISO-8859-1',
      });
      expect(r.meta.keys).toHaveLength(keys);
      // The only warnings on the real files are clearance rates over 100 % (3 in 2020, 2 in 2022).
      expect(Object.keys(r.meta.issueCounts)).toEqual(['clearance_over_100']);
      expect(r.rows[0]).toMatchObject({
        areaKind: 'kreis',
        ags: '14511',
        key: '------',
        areaName: 'Chemnitz',
        districtType: 'KfS',
      });
    },
  );

  it('reads thousands separators, #DIV/0! and the published HZ', () => {
    const r = importBkaKreise(bytes[2022], opts(2022));
    expect(r.rows[0]).toMatchObject({
      cases: 20_084,
      hzPublished: 8261,
      attempts: 1172,
      cleared: 13_185,
      suspects: 8981,
      suspectsMale: 6698,
      suspectsFemale: 2283,
      suspectsNonGerman: 4012,
    });
    expect(latin1(bytes[2022]).split('#DIV/0!').length - 1).toBe(59);
  });

  it('matches the tidy district CSV in every row and every count', () => {
    const tidy = parse(readOpenData(FILES.kreise), { columns: true }) as Record<string, string>[];
    const byId = new Map(tidy.map((t) => [`${t.jahr}|${t.schluessel}|${t.kreis_schluessel}`, t]));
    const num = (s: string | undefined) => (s === '' || s === undefined ? null : Number(s));
    let compared = 0;
    for (const year of [2020, 2022] as const) {
      const r = importBkaKreise(bytes[year], opts(year));
      expect(r.rows.length).toBe(tidy.filter((t) => t.jahr === String(year)).length);
      for (const row of r.rows) {
        const t = byId.get(`${year}|${row.key}|${row.ags}`);
        expect(t, `${year} ${row.key} ${row.ags}`).toBeDefined();
        expect([
          row.cases,
          row.attempts,
          row.cleared,
          row.suspects,
          row.suspectsMale,
          row.suspectsFemale,
          row.suspectsNonGerman,
          row.firearmThreatened,
          row.firearmFired,
          row.hzPublished,
        ]).toEqual(
          [
            t?.faelle,
            t?.versuche_anzahl,
            t?.aufgeklaerte_faelle,
            t?.tv_insgesamt,
            t?.tv_maennlich,
            t?.tv_weiblich,
            t?.tv_nichtdeutsch_anzahl,
            t?.schusswaffe_gedroht,
            t?.schusswaffe_geschossen,
            t?.hz,
          ].map(num),
        );
        // The tidy file keeps double spaces inside labels; the importer collapses them.
        expect(row.label).toBe(t?.straftat?.replace(/\s+/g, ' '));
        compared++;
      }
    }
    expect(compared).toBe(1079);
  });

  it('the tidy CSV imports to the same rows', () => {
    const tidy = importKreiseCsv(readOpenData(FILES.kreise), { catalogue, knownAgs });
    expect(tidy.errors).toEqual([]);
    expect(tidy.meta.years).toEqual([2020, 2022]);
    const bka = [
      ...importBkaKreise(bytes[2020], opts(2020)).rows,
      ...importBkaKreise(bytes[2022], opts(2022)).rows,
    ];
    expect(tidy.rows).toEqual(bka);
  });

  it('importPks detects the format and takes the year from the option or the file name', async () => {
    const r = await importPks(bytes[2022], {
      filename: 'KR-F-01-T01-Kreise-Faelle-HZ_csv.csv',
      year: 2022,
    });
    expect(r.meta.format).toBe('bka-kreise');
    expect(r.meta.yearSource).toBe('option');
    const noYear = importBkaKreise(bytes[2022], { filename: 'kreise.csv' });
    expect(noYear.errors.map((e) => e.code)).toEqual(['year_missing']);
    expect(noYear.rows).toEqual([]);
    const mismatch = importBkaKreise(bytes[2022], { filename: FILES.bka2022, year: 2021 });
    expect(mismatch.warnings.map((w) => w.code)).toContain('year_mismatch');
  });

  it('catalogue without the district-table keys: 515001, 621110, 621120, 972500 are unknown', () => {
    const narrow = keyCatalogueMap(
      parseKeyCatalogue(readOpenData(FILES.catalogue), { supplement: false }).rows,
    );
    const r = importBkaKreise(bytes[2022], { ...opts(2022), catalogue: narrow });
    expect(new Set(r.errors.filter((e) => !e.omitted).map((e) => e.value))).toEqual(
      new Set(['515001', '621110', '621120', '972500']),
    );
  });

  it('pads keys and district codes whose leading zeros the export dropped', () => {
    const ls = [...lines2022];
    ls[2] = (ls[2] as string).replace(/^------;(.*?);14511;/, '10000;$1;1001;'); // Mord, Flensburg
    const r = importBkaKreise(rebuild(ls), { year: 2022 });
    expect(r.rows[0]).toMatchObject({ key: '010000', ags: '01001' });
    expect(r.warnings.map((w) => w.code)).not.toContain('key_padded'); // normal for the BKA CSV
  });

  describe('rejects broken variants with line, column and value', () => {
    it('truncated in the middle of a line', () => {
      const cut = bytes[2022].subarray(0, Math.floor(bytes[2022].length * 0.6));
      const line = latin1(cut).split('\n').length;
      const r = importBkaKreise(cut, opts(2022));
      const e = r.errors.find((x) => x.code === 'truncated');
      expect(e?.line).toBe(line);
      expect(e?.message).toMatch(
        new RegExp(`^Zeile ${line}: nur \\d+ von 18 Feldern – die Datei endet mitten in der Zeile`),
      );
      expect(r.errors.map((x) => x.code)).toEqual(['truncated']);
    });

    it('truncated at a line boundary: the district × key grid has gaps', () => {
      const r = importBkaKreise(rebuild(lines2022.slice(0, 300)), opts(2022));
      const e = r.errors.find((x) => x.code === 'incomplete_grid');
      expect(e?.message).toMatch(
        /^Jahr 2022: Für \d+ Kombinationen aus Schlüssel und Kreis fehlt die Zeile: .* abgeschnitten \(letzte Datenzeile: 300\)/,
      );
      expect(r.warnings.map((w) => w.code)).toEqual(
        expect.arrayContaining(['no_final_newline', 'missing_standard_keys']),
      );
    });

    it('re-encoded as UTF-8 (wrong encoding)', () => {
      const utf8 = Buffer.from(latin1(bytes[2022]), 'utf8');
      const r = importBkaKreise(utf8, opts(2022));
      expect(r.rows).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ code: 'wrong_encoding', line: 10 });
      expect(r.errors[0]?.message).toMatch(
        /^Zeile 10: Die Datei ist UTF-8-kodiert \(als Latin-1 gelesen: ".*GÃ¶rlitz.*"\), erwartet wird ISO-8859-1/,
      );
      expect(r.errors[0]?.value).toContain('Görlitz');
    });

    it('UTF-16', () => {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(latin1(bytes[2022]), 'utf16le')]);
      expect(importBkaKreise(utf16, opts(2022)).errors[0]?.code).toBe('wrong_encoding');
    });

    it('unknown key', () => {
      const ls = [...lines2022];
      ls[9] = (ls[9] as string).replace(/^------/, '123456'); // line 10
      const r = importBkaKreise(rebuild(ls), opts(2022));
      const e = r.errors.find((x) => x.code === 'unknown_key');
      expect(e).toMatchObject({ line: 10, column: 'Schluessel', value: '123456' });
      expect(e?.message).toMatch(
        /^Zeile 10, Spalte "Schluessel": "123456" ist kein bekannter Straftatenschlüssel/,
      );
    });

    it('unknown AGS', () => {
      const ls = lines2022.map((l) => l.replace(';14511;', ';14599;'));
      const r = importBkaKreise(rebuild(ls), opts(2022));
      expect(r.errors.every((x) => x.code === 'unknown_ags')).toBe(true);
      expect(r.errors).toHaveLength(41);
      expect(r.errors[0]).toMatchObject({ line: 3, column: 'Gemeindeschluessel', value: '14599' });
      expect(r.errors[0]?.message).toMatch(
        /^Zeile 3, Spalte "Gemeindeschluessel": "14599" ist kein bekannter Kreisschlüssel/,
      );
    });

    it('negative count', () => {
      const ls = [...lines2022];
      ls[4] = (ls[4] as string).replace(';10,957;', ';-5;'); // line 5, Mittelsachsen
      const r = importBkaKreise(rebuild(ls), opts(2022));
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({
        code: 'negative_count',
        line: 5,
        column: 'Anzahl erfasste Faelle',
        value: '-5',
      });
      expect(r.errors[0]?.message).toMatch(
        /^Zeile 5, Spalte "Anzahl erfasste Faelle": "-5" ist keine nicht-negative ganze Zahl/,
      );
    });

    it('duplicate row', () => {
      const ls = [...lines2022];
      ls.splice(ls.length - 1, 0, ls[2] as string); // line 3 again as line 536
      const r = importBkaKreise(rebuild(ls), opts(2022));
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({
        code: 'duplicate_row',
        line: 536,
        otherLine: 3,
        column: 'Schluessel',
        value: '------',
      });
      expect(r.errors[0]?.message).toContain(
        'Zeile 536, Spalte "Schluessel": "------": doppelte Zeile – Schlüssel ------, Kreis 14511, Jahr 2022 steht schon in Zeile 3',
      );
    });

    it('missing column', () => {
      const ls = lines2022.map((l) =>
        l === ''
          ? l
          : l
              .split(';')
              .filter((_, i) => i !== 6)
              .join(';'),
      );
      const r = importBkaKreise(rebuild(ls), opts(2022));
      expect(r.errors).toEqual([
        expect.objectContaining({
          code: 'missing_column',
          line: 2,
          column: 'Haeufigkeitszahl',
          message: expect.stringMatching(/^Zeile 2: Spalte "Haeufigkeitszahl" fehlt/),
        }),
      ]);
    });

    it('unexpected column and wrong field count', () => {
      const ls = [...lines2022];
      ls[1] = `${ls[1]};ID`;
      ls[0] = `${ls[0]};19`;
      const r = importBkaKreise(rebuild(ls), opts(2022));
      expect(r.errors[0]).toMatchObject({ code: 'unexpected_column', column: 'ID', line: 2 });
      expect(r.errors.find((e) => e.code === 'field_count')?.message).toMatch(/^Zeile 3: 18 statt 19 Felder/);
    });

    it('sub-key larger than its parent is a warning, not an error', () => {
      const ls = [...lines2022];
      // line 3 = ------ Chemnitz (20,084 cases): make 435*00 Chemnitz larger
      const i = ls.findIndex((l) => l.startsWith('435*00;') && l.includes(';14511;'));
      ls[i] = (ls[i] as string).replace(/;14511;Chemnitz;KfS;[\d,]+;/, ';14511;Chemnitz;KfS;25,000;');
      const r = importBkaKreise(rebuild(ls), opts(2022));
      expect(r.errors).toEqual([]);
      const w = r.warnings.filter((x) => x.code === 'subkey_exceeds_parent');
      expect(w.map((x) => x.message.match(/übergeordnete Schlüssel (\S+)/)?.[1]).sort()).toEqual([
        '****00',
        '------',
        '4***00',
      ]);
      expect(w[0]).toMatchObject({ line: i + 1, column: 'Anzahl erfasste Faelle', value: '25000' });
    });
  });
});
