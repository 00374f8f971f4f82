import type { CellValue as ExcelCellValue } from 'exceljs';
import { ColumnBuilder } from '../columns';
import { ISSUE_CODES, IssueCollector } from '../issues';
import type { ColumnarImportResult } from '../types';
import { GemeindeCsvParser, type GemeindeParseOptions } from './gemeinde-parser';

/**
 * Municipality template as Excel workbook: first worksheet, header in row 1. The sheet is turned
 * into `;`-separated text with one line per worksheet row and fed to the CSV parser, so Excel and
 * CSV files pass exactly the same checks, and "Zeile N" in a message is Excel's row N.
 */
export async function parseGemeindeXlsx(
  bytes: Uint8Array,
  options: GemeindeParseOptions = {},
): Promise<ColumnarImportResult> {
  // Loaded on first use: exceljs takes a noticeable share of the server's start-up to load.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs wants a Node Buffer (its typings name an old Buffer type, hence the cast).
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch (err) {
    return failed(
      `Die Datei ist keine lesbare Excel-Datei (.xlsx): ${(err as Error).message}. Wahrscheinliche Ursache: ein altes .xls-Format oder eine beschädigte Datei. Bitte als .xlsx oder CSV speichern.`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return failed('Die Excel-Datei enthält kein Tabellenblatt.');
  const lines: string[] = [];
  const width = Math.max(1, sheet.getRow(1).cellCount);
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    const n = Math.max(width, row.cellCount);
    for (let c = 1; c <= n; c++) cells.push(csvField(cellText(row.getCell(c).value)));
    // Cells beyond the header width that are empty are Excel's formatting residue, not data.
    while (cells.length > width && cells[cells.length - 1] === '') cells.pop();
    lines.push(cells.every((x) => x === '') ? '' : cells.join(';'));
  }
  const parser = new GemeindeCsvParser(options);
  parser.push(new TextEncoder().encode(`${lines.join('\n')}\n`));
  const result = parser.finish();
  result.meta.encoding = 'XLSX';
  result.meta.format = 'gemeinde';
  result.meta.delimiter = undefined;
  return result;
}

function failed(message: string): ColumnarImportResult {
  const issues = new IssueCollector();
  issues.error({ code: ISSUE_CODES.notXlsx, message });
  const fin = issues.finish();
  return {
    columns: new ColumnBuilder('gemeinde', 16).view(),
    errors: fin.errors,
    warnings: [],
    meta: {
      format: 'gemeinde',
      areaKind: 'gemeinde',
      years: [],
      rowCount: 0,
      errorCount: fin.errorCount,
      warningCount: 0,
      issueCounts: fin.issueCounts,
      encoding: 'XLSX',
    },
  };
}

type CellValue = ExcelCellValue;

/** Text of a cell as a person sees it: numbers unformatted, formulas by result, rich text joined. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'WAHR' : 'FALSCH';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('error' in v) return String(v.error);
    if ('result' in v) return cellText((v.result ?? null) as CellValue);
    if ('text' in v) return String(v.text);
  }
  return String(v);
}

function csvField(s: string): string {
  // Line breaks inside a cell would shift line numbers: replace them by spaces.
  const t = s.replace(/\r?\n|\r/g, ' ');
  return /[;"]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}
