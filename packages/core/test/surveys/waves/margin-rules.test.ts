import { describe, expect, it } from 'vitest';
import {
  marginLevels,
  parseMarginsCsv,
  validateMarginRows,
} from '../../../src/surveys/waves/margin-rules.ts';

const CONFIG = { districts: ['Altstadt', 'Nordviertel'], localPlaces: [], enabledOptionalBlocks: [] };

describe('population margins', () => {
  it('offers age group × sex, age, sex and (with districts) the district', () => {
    const levels = marginLevels(CONFIG);
    expect([...levels.keys()]).toEqual([
      'SD_ALTER×SD_GESCHLECHT',
      'SD_ALTER',
      'SD_GESCHLECHT',
      'SD_ORTSTEIL',
    ]);
    expect(levels.get('SD_ALTER×SD_GESCHLECHT')).toHaveLength(21); // 7 age groups × 3 (m, w, d)
    expect(levels.get('SD_ORTSTEIL')).toEqual(['1', '2']);
    expect(marginLevels({ ...CONFIG, districts: [] }).has('SD_ORTSTEIL')).toBe(false);
  });

  it('reads ; or , CSV with a BOM, spellings of the cross and district names, and warns about gaps', () => {
    const csv =
      '\uFEFFMerkmal;Ausprägung;Anzahl\nSD_ALTER * SD_GESCHLECHT;1x2;10\nsd_ortsteil;nordviertel;7\n';
    const result = parseMarginsCsv(new TextEncoder().encode(csv), CONFIG);
    expect(result).toEqual({
      ok: true,
      margins: [
        { variable: 'SD_ALTER×SD_GESCHLECHT', level: '1×2', count: 10 },
        { variable: 'SD_ORTSTEIL', level: '2', count: 7 },
      ],
      warnings: [
        expect.stringMatching(/^SD_ALTER×SD_GESCHLECHT: keine Angabe für 1×1, 1×3, 2×1/),
        'SD_ORTSTEIL: keine Angabe für 1 (wird als 0 gewertet).',
        expect.stringMatching(
          /Summen der Merkmale unterscheiden sich \(SD_ALTER×SD_GESCHLECHT: 10; SD_ORTSTEIL: 7\)/,
        ),
      ],
    });
  });

  it('names line, column and value of every error', () => {
    const result = parseMarginsCsv(
      'variable,level,count\nSD_ALTER,8,1\nSD_GESCHLECHT,1,-5\nSD_GESCHLECHT,1,3\nSD_GESCHLECHT,1,4\nX,1,1\n1,2\n',
      CONFIG,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ line: 7, message: '2 Felder statt 3 wie in der Kopfzeile.' }]);
    const fields = parseMarginsCsv(
      'variable,level,count\nSD_ALTER,8,1\nSD_GESCHLECHT,1,-5\nSD_GESCHLECHT,1,3\nSD_GESCHLECHT,1,4\nX,1,1\n',
      CONFIG,
    );
    expect(fields.ok ? [] : fields.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [2, 'level', '8'],
      [3, 'count', '-5'],
      [5, 'level', '1'],
      [6, 'variable', 'X'],
    ]);
  });

  it('refuses non-UTF-8 files and empty ones', () => {
    expect(parseMarginsCsv(new Uint8Array([0x76, 0xe4, 0x0a]), CONFIG)).toMatchObject({
      ok: false,
      errors: [{ line: 1, message: expect.stringMatching(/nicht UTF-8/) }],
    });
    expect(parseMarginsCsv('variable;level;count\n', CONFIG)).toMatchObject({
      ok: false,
      errors: [{ message: 'Die Datei enthält keine Randverteilungen.' }],
    });
  });

  it('validates JSON rows the same way', () => {
    const result = validateMarginRows(
      [
        { line: 1, variable: 'SD_ALTER', level: 3, count: 12 },
        { line: 2, variable: 'SD_ALTER', level: 3, count: '13' },
      ],
      CONFIG,
      'Eintrag',
    );
    expect(result.ok ? null : result.errors[0]!.message).toBe('SD_ALTER = 3 kommt schon in Eintrag 1 vor.');
  });
});
