import type { ReportModel } from './model-types.ts';
import { renderLageberichtDocx } from './render-docx.ts';
import { renderLageberichtHtml } from './render-html.ts';
import { type PdfTiming, renderLageberichtPdf } from './render-pdf.ts';
import { renderLageberichtXlsx } from './render-xlsx.ts';

export const REPORT_FORMATS = ['pdf', 'docx', 'html', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export async function renderLagebericht(
  model: ReportModel,
  format: ReportFormat,
  timing?: PdfTiming,
): Promise<Uint8Array> {
  switch (format) {
    case 'pdf':
      return renderLageberichtPdf(model, timing);
    case 'html':
      return new TextEncoder().encode(renderLageberichtHtml(model));
    case 'xlsx':
      return renderLageberichtXlsx(model);
    case 'docx':
      return renderLageberichtDocx(model);
  }
}
