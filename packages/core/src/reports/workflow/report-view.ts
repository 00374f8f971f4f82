import type { ReportView, ReportViewBlock } from '@asskomm/contracts';
import {
  type Block,
  findingKey,
  type ReportEdits,
  type ReportModel,
  renderChartSvg,
} from '@asskomm/report/lagebericht';

/**
 * The report as the web shows it: the (edited) model's blocks, tables and charts numbered as in the
 * PDF, each chart as server-rendered SVG (the same as in the PDF) with its message as alt text, and
 * which finding and recommendation texts are the analyst's.
 */
export function toReportView(model: ReportModel, edits: ReportEdits): ReportView {
  const counters = { tables: 0, charts: 0 };
  return {
    title: model.title,
    subtitle: model.subtitle,
    dateText: model.dateText,
    footnotes: [...model.footnotes],
    sections: model.sections.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      blocks: s.blocks.map((b) => viewBlock(b, counters, edits)),
    })),
  };
}

function viewBlock(
  b: Block,
  counters: { tables: number; charts: number },
  edits: ReportEdits,
): ReportViewBlock {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
    case 'note':
      return { kind: b.kind, text: b.text };
    case 'list':
      return { kind: 'list', items: [...b.items] };
    case 'finding':
      return {
        kind: 'finding',
        id: b.id,
        editKey: findingKey(b.id),
        text: b.text,
        notable: b.notable,
        edited: findingKey(b.id) in edits.findings,
      };
    case 'recommendation':
      return {
        kind: 'recommendation',
        id: b.id,
        field: b.field,
        text: b.text,
        basedOn: { ...b.basedOn },
        edited: b.id in edits.recommendations,
      };
    case 'table':
      return {
        kind: 'table',
        id: b.id,
        number: ++counters.tables,
        caption: b.caption,
        columns: b.columns.map((c) => ({ ...c })),
        rows: b.rows.map((r) => r.map((c) => ({ text: c.text, value: c.value ?? null }))),
        ...(b.note ? { note: b.note } : {}),
      };
    case 'chart':
      return {
        kind: 'chart',
        id: b.id,
        number: ++counters.charts,
        caption: b.caption,
        alt: b.alt,
        svg: renderChartSvg(b),
      };
  }
}
