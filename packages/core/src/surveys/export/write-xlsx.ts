/**
 * XLSX export with exceljs: sheet "Daten" (one row per response, numeric codes, header = variable names)
 * and sheet "Codebuch" (variable, label, value, value label, missing). Texts are written as string cells,
 * never as formulas, so free text cannot run in Excel.
 */
import { exportColumns, MODE_LABELS, weightLookup } from './export-columns.ts';
import { baseNameOf, type ExportInput } from './export-input.ts';
import type { ExportResult } from './response-types.ts';

export async function exportXlsx(input: ExportInput): Promise<ExportResult> {
  const weight = weightLookup(input.responses, input.weights);
  const columns = exportColumns(input.codebook, weight !== undefined, input.populationWeights);
  // Loaded on first use: exceljs takes a noticeable share of the server's start-up to load.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ASSKomm';
  // A fixed date keeps the file reproducible (exceljs would write "now").
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;

  const data = workbook.addWorksheet('Daten', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  data.columns = columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: c.kind === 'text' ? 60 : c.kind === 'id' ? 38 : Math.max(8, c.name.length + 2),
    ...(c.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  data.getRow(1).font = { bold: true };
  for (const r of input.responses) {
    data.addRow(
      columns.map((c) => {
        const v = c.value(r, weight?.(r.responseId));
        if (v === null) return null;
        if (c.kind === 'date' && typeof v === 'string') {
          const [y, m, d] = v.split('-').map(Number);
          return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
        }
        if (c.kind === 'mode') return MODE_LABELS[v as keyof typeof MODE_LABELS] ?? v;
        return v;
      }),
    );
  }
  data.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  const book = workbook.addWorksheet('Codebuch', { views: [{ state: 'frozen', ySplit: 1 }] });
  book.columns = [
    { header: 'Variable', key: 'variable', width: 16 },
    { header: 'Variablenlabel', key: 'label', width: 80 },
    { header: 'Wert', key: 'code', width: 8 },
    { header: 'Wertelabel', key: 'valueLabel', width: 45 },
    { header: 'Fehlend', key: 'missing', width: 9 },
  ];
  book.getRow(1).font = { bold: true };
  for (const c of columns) {
    if (c.values.length === 0) book.addRow({ variable: c.name, label: c.label });
    for (const v of c.values) {
      book.addRow({
        variable: c.name,
        label: c.label,
        code: v.code,
        valueLabel: v.label,
        missing: v.missing ? 'ja' : '',
      });
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return { files: [{ name: `${baseNameOf(input)}.xlsx`, bytes: new Uint8Array(buffer as ArrayBuffer) }] };
}
