/**
 * The Lagebericht as a tagged PDF/UA-1 via Typst (typst-ts-node-compiler 0.7, Typst 0.14): title page,
 * contents, lists of figures and tables, numbered figures with alt text, tables with header rows,
 * running footer, German hyphenation. Fonts: the shipped Fira Sans only, so the bytes do not depend on
 * the machine. Typst's own timing is reported separately for the benchmark.
 */
import { readFileSync } from 'node:fs';
import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { Resvg } from '@resvg/resvg-js';
import { FONT_DIRS, FONT_FAMILY, FONT_FILES } from '../fonts/font-files.ts';
import { loadTypstCompiler } from '../typst/load-typst-compiler.ts';
import type { ChartBlock, ReportModel } from './model-types.ts';
import { renderChartSvg } from './render-chart-svg.ts';

export const LAGEBERICHT_TEMPLATE = readFileSync(new URL('./lagebericht.typ', import.meta.url), 'utf8');

let compiler: NodeCompiler | undefined;
function getCompiler(): NodeCompiler {
  // Only the shipped fonts: no system fonts, so every machine renders the same bytes.
  compiler ??= loadTypstCompiler().create({ fontArgs: [{ fontPaths: [...FONT_DIRS] }] });
  return compiler;
}

export function chartBlocks(model: ReportModel): ChartBlock[] {
  return model.sections.flatMap((s) => s.blocks.filter((b): b is ChartBlock => b.kind === 'chart'));
}

/**
 * A chart's SVG with its text turned into outlines (resvg, with the shipped Fira Sans only). Typst picks
 * a font face for SVG text anew in every process (its font lookup is not ordered), which moved right-
 * aligned labels and changed the PDF's bytes between server restarts; outlines are drawn the same every
 * time. The chart's message stays in the figure's alt text.
 */
export function outlinedChartSvg(svg: string): string {
  return new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  }).toString();
}

/** The JSON the template reads: the model plus every chart as SVG, keyed by chart id. */
export function typstData(model: ReportModel, svgs?: Record<string, string>): unknown {
  const charts =
    svgs ?? Object.fromEntries(chartBlocks(model).map((c) => [c.id, outlinedChartSvg(renderChartSvg(c))]));
  return { model, charts };
}

export interface PdfTiming {
  chartsMs: number;
  typstMs: number;
}

interface Diagnostic {
  readonly message?: string;
}

export function renderLageberichtPdf(model: ReportModel, timing?: PdfTiming): Uint8Array {
  const t0 = performance.now();
  const data = typstData(model);
  const t1 = performance.now();
  const typst = getCompiler();
  const result = typst.compile({
    mainFileContent: LAGEBERICHT_TEMPLATE,
    inputs: { data: JSON.stringify(data) },
  });
  const document = result.result;
  if (result.hasError() || document === null) {
    const error = result.takeDiagnostics() ?? result.takeError();
    const messages = ((error?.shortDiagnostics ?? []) as Diagnostic[]).map((d) => d.message ?? String(d));
    throw new Error(`Typst-Fehler im Lagebericht: ${messages.join('; ') || 'unbekannt'}`);
  }
  const pdf = typst.pdf(document, { pdfStandard: 'ua-1' } as never);
  typst.evictCache(10);
  if (timing) {
    timing.chartsMs += t1 - t0;
    timing.typstMs += performance.now() - t1;
  }
  return new Uint8Array(pdf);
}
