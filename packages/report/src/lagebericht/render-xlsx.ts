/**
 * The data appendix: every table of the report as its own worksheet (numbers as numbers), plus a sheet
 * with the report's provenance. Sheet names follow the table numbers ("T01 …").
 */
import type { ReportModel, TableBlock } from './model-types.ts';
import { stableZip } from './stable-zip.ts';

export function reportTables(model: ReportModel): TableBlock[] {
  return model.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table'));
}

const sheetName = (i: number, caption: string) =>
  `T${String(i + 1).padStart(2, '0')} ${caption.replace(/[\\/*?:[\]]/g, ' ')}`.slice(0, 31).trim();

export async function renderLageberichtXlsx(model: ReportModel): Promise<Uint8Array> {
  // Loaded on first use: exceljs takes a noticeable share of the server's start-up to load.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ASSKomm';
  // Fixed dates: the same model gives the same workbook content.
  const date = new Date(`${model.provenance.reportDate}T00:00:00Z`);
  wb.created = date;
  wb.modified = date;
  const info = wb.addWorksheet('Bericht');
  info.addRows([
    ['Titel', model.title],
    ['Kommune', `${model.municipality.name} (${model.municipality.ags})`],
    ['Stand', model.dateText],
    ['Software', model.provenance.softwareVersion],
    ['Datenstand (SHA-256)', model.provenance.dataHash],
    ['PKS-Jahre', model.provenance.pksYears.join(', ')],
    ['Befragung', model.provenance.waveId ?? '–'],
    ['Frühere Befragung', model.provenance.earlierWaveId ?? '–'],
  ]);
  info.getColumn(1).width = 24;
  info.getColumn(2).width = 70;
  reportTables(model).forEach((tb, i) => {
    const ws = wb.addWorksheet(sheetName(i, tb.caption));
    ws.addRow([`Tabelle ${i + 1}: ${tb.caption}`]).font = { bold: true };
    const header = ws.addRow(tb.columns.map((c) => c.label));
    header.font = { bold: true };
    for (const r of tb.rows)
      ws.addRow(r.map((c) => (c.value != null && Number.isFinite(c.value) ? c.value : c.text)));
    if (tb.note) ws.addRow([tb.note]);
    ws.getColumn(1).width = 48;
    for (let c = 2; c <= tb.columns.length; c++) ws.getColumn(c).width = 16;
  });
  return stableZip(new Uint8Array(await wb.xlsx.writeBuffer()), model.provenance.reportDate);
}
