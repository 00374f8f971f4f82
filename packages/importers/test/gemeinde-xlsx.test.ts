import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  columnsToRows,
  GEMEINDE_TEMPLATE_COLUMNS,
  importGemeinde,
  importPks,
  parseGemeindeCsv,
  parseGemeindeXlsx,
} from '../src/index';

const templates = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'templates');

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Daten');
  for (const r of rows) ws.addRow(r);
  wb.addWorksheet('Notizen').addRow(['wird nicht gelesen']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('municipality template, XLSX', () => {
  it('reads the first sheet; numeric cells, formulas and text cells', async () => {
    const bytes = await workbook([
      ['ags', 'jahr', 'schluessel', 'erfasste_faelle', 'aufgeklaerte_faelle'],
      [14612000, 2023, '------', 100, { formula: 'D2*0.5', result: 50 }],
      ['14612000', 2023, 10000, 3, null], // a key typed as number: leading zero lost
    ]);
    const r = await parseGemeindeXlsx(bytes);
    expect(r.errors).toEqual([]);
    expect(columnsToRows(r.columns)).toEqual([
      expect.objectContaining({ ags: '14612000', year: 2023, key: '------', cases: 100, cleared: 50 }),
      expect.objectContaining({ key: '010000', cases: 3, cleared: null }),
    ]);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'key_padded', line: 3, value: '10000' })]);
    expect(r.meta.encoding).toBe('XLSX');
  });

  it('names the Excel row in errors, also after empty rows', async () => {
    const bytes = await workbook([
      ['ags', 'jahr', 'schluessel', 'erfasste_faelle'],
      [14612000, 2023, '------', 1],
      [],
      [],
      [14612000, 2023, '892000', -4],
    ]);
    const r = await parseGemeindeXlsx(bytes);
    expect(r.errors).toEqual([
      expect.objectContaining({ code: 'negative_count', line: 5, column: 'erfasste_faelle', value: '-4' }),
    ]);
  });

  it('rejects a file that is not an xlsx', async () => {
    const r = await parseGemeindeXlsx(Buffer.from([0x50, 0x4b, 3, 4, 1, 2, 3]));
    expect(r.errors[0]?.code).toBe('not_xlsx');
  });

  it('the shipped templates (CSV and XLSX) import without errors and agree', async () => {
    const csv = parseGemeindeCsv(readFileSync(path.join(templates, 'pks-gemeinde-vorlage.csv')), {
      knownAgs: new Set(['14999999']),
    });
    const xlsxBytes = readFileSync(path.join(templates, 'pks-gemeinde-vorlage.xlsx'));
    const xlsx = await importGemeinde(xlsxBytes, { knownAgs: new Set(['14999999']) });
    expect(csv.errors).toEqual([]);
    expect(csv.warnings).toEqual([]);
    expect(xlsx.errors).toEqual([]);
    expect(columnsToRows(xlsx.columns)).toEqual(columnsToRows(csv.columns));
    expect(csv.meta.rowCount).toBe(9);
    // Header of both = the template definition.
    const head = readFileSync(path.join(templates, 'pks-gemeinde-vorlage.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0];
    expect(head).toBe(GEMEINDE_TEMPLATE_COLUMNS.map((c) => c.name).join(';'));
    const viaPks = await importPks(xlsxBytes, { filename: 'pks-gemeinde-vorlage.xlsx' });
    expect(viaPks.meta.format).toBe('gemeinde');
    expect(viaPks.rows).toHaveLength(9);
  });

  it('the template description documents every column', () => {
    const md = readFileSync(path.join(templates, 'pks-gemeinde-vorlage.md'), 'utf8');
    for (const c of GEMEINDE_TEMPLATE_COLUMNS) expect(md).toMatch(new RegExp(`\\| \`${c.name}\` +\\|`));
  });
});
