/**
 * One entry point for all export formats (used by `asskomm survey export --format …` and the UI).
 */
import type { ExportInput } from './export-input.ts';
import type { ExportResult } from './response-types.ts';
import { exportCsv } from './write-csv.ts';
import { exportR } from './write-r.ts';
import { exportSpss } from './write-spss.ts';
import { exportXlsx } from './write-xlsx.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'spss', 'r'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export async function exportResponses(format: ExportFormat, input: ExportInput): Promise<ExportResult> {
  switch (format) {
    case 'csv':
      return exportCsv(input);
    case 'xlsx':
      return exportXlsx(input);
    case 'spss':
      return exportSpss(input);
    case 'r':
      return exportR(input);
  }
}
