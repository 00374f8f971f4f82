/**
 * The Lagebericht as an editable Word document (docx 9): headings (with a table of contents field),
 * findings and recommendations as plain paragraphs an analyst can edit, tables with a repeated header
 * row, charts as SVG with a PNG fallback (resvg, drawn with the shipped Fira Sans) and alt text.
 */
import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { FONT_FAMILY, FONT_FILES } from '../fonts/font-files.ts';
import type { Block, ChartBlock, ReportModel, TableBlock } from './model-types.ts';
import { renderChartSvg } from './render-chart-svg.ts';
import { stableZip } from './stable-zip.ts';

/** Printable width in pixels at 96 dpi (A4 minus 2.5 cm margins ≈ 16 cm). */
const CONTENT_PX = 600;

function chartImage(b: ChartBlock): Paragraph {
  const svg = renderChartSvg(b);
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: {
      loadSystemFonts: false,
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  })
    .render()
    .asPng();
  const scale = Math.min(1, CONTENT_PX / b.width);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(svg),
        fallback: { type: 'png', data: png },
        transformation: { width: Math.round(b.width * scale), height: Math.round(b.height * scale) },
        altText: { name: b.id, title: b.caption, description: b.alt },
      }),
    ],
  });
}

function table(b: TableBlock, n: number): (Paragraph | Table)[] {
  const first = 0.34;
  const widths = b.columns.map((_, i) => (i === 0 ? first : (1 - first) / Math.max(1, b.columns.length - 1)));
  const total = 9000;
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: Math.round(widths[i]! * total), type: WidthType.DXA },
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        bottom: { style: BorderStyle.SINGLE, size: header ? 8 : 2, color: header ? '000000' : 'CCCCCC' },
      },
      children: [
        new Paragraph({
          alignment: b.columns[i]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header, size: 17 })],
        }),
      ],
    });
  return [
    new Paragraph({
      children: [new TextRun({ text: `Tabelle ${n}: ${b.caption}`, bold: true, size: 18 })],
      keepNext: true,
    }),
    new Table({
      columnWidths: widths.map((w) => Math.round(w * total)),
      width: { size: total, type: WidthType.DXA },
      rows: [
        new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c.label, i, true)) }),
        ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c.text, i, false)) })),
      ],
    }),
    ...(b.note
      ? [new Paragraph({ children: [new TextRun({ text: b.note, size: 15, color: '444444' })] })]
      : []),
  ];
}

function blocks(list: readonly Block[], counters: { fig: number; tab: number }): (Paragraph | Table)[] {
  return list.flatMap((b) => blockToDocx(b, counters));
}

function blockToDocx(b: Block, counters: { fig: number; tab: number }): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
    case 'paragraph':
      return [new Paragraph({ text: b.text, alignment: AlignmentType.JUSTIFIED })];
    case 'note':
      return [
        new Paragraph({
          children: [new TextRun({ text: b.text, italics: true, size: 19 })],
          shading: { fill: 'EEF3F8' },
        }),
      ];
    case 'list':
      return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
    case 'finding':
      return [
        new Paragraph({
          text: b.text,
          border: {
            left: { style: BorderStyle.SINGLE, size: 18, color: b.notable ? 'B03A2E' : '004B87', space: 6 },
          },
        }),
      ];
    case 'recommendation':
      return [
        new Paragraph({
          children: [new TextRun({ text: `${b.field}: `, bold: true }), new TextRun(b.text)],
        }),
        new Paragraph({
          children: [new TextRun({ text: `Befund: ${b.basedOn.text}`, size: 17, color: '444444' })],
        }),
      ];
    case 'table':
      counters.tab++;
      return table(b, counters.tab);
    case 'chart':
      counters.fig++;
      return [
        chartImage(b),
        new Paragraph({
          children: [new TextRun({ text: `Abbildung ${counters.fig}: ${b.caption}`, size: 17 })],
        }),
      ];
  }
}

export async function renderLageberichtDocx(model: ReportModel): Promise<Uint8Array> {
  const counters = { fig: 0, tab: 0 };
  const doc = new Document({
    creator: 'ASSKomm',
    title: model.title,
    description: model.subtitle,
    styles: { default: { document: { run: { font: FONT_FAMILY, size: 20 } } } },
    features: { updateFields: true },
    sections: [
      {
        children: [
          new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: model.subtitle }),
          new Paragraph({
            text: `${model.municipality.name} · Gemeindeschlüssel ${model.municipality.ags} · Stand: ${model.dateText}`,
          }),
          ...model.footnotes.map(
            (f) => new Paragraph({ children: [new TextRun({ text: f, italics: true })] }),
          ),
          new TableOfContents('Inhalt', { hyperlink: true, headingStyleRange: '1-1' }),
          ...model.sections.flatMap((s) => [
            new Paragraph({
              text: `${s.number}. ${s.title}`,
              heading: HeadingLevel.HEADING_1,
              pageBreakBefore: true,
            }),
            ...blocks(s.blocks, counters),
          ]),
        ],
      },
    ],
  });
  return stableZip(new Uint8Array(await Packer.toBuffer(doc)), model.provenance.reportDate);
}
