/**
 * Server-side ECharts rendering to SVG for the report's chart blocks. Text is measured with the real
 * advance widths of the shipped Fira Sans (fontkit), so labels and legends are laid out for the font
 * the SVG is finally drawn with (Typst, resvg, browsers with the font); without this ECharts guesses
 * with an Arial-like width table (reference/stack.md).
 */
import { createRequire } from 'node:module';
import { areaMapOption, barOption, quadrantOption, stackedOption, trendOption } from '@asskomm/charts';
import type * as ECharts from 'echarts';
import type * as Fontkit from 'fontkit';
import { FONT_FILES } from '../fonts/font-files.ts';

// ECharts and fontkit load on the first chart, not at import: the server imports this module with the
// report routes, and their ES module builds took about 0.7 s and 0.2 s (with brotli) of every start
// (issue 9, `npm run bench -- startup`). Their single-file CommonJS builds load in a fraction of that.
const requireOnUse = createRequire(import.meta.url);
let echartsLibrary: typeof ECharts | undefined;
const echartsLib = (): typeof ECharts => {
  echartsLibrary ??= requireOnUse('echarts') as typeof ECharts;
  return echartsLibrary;
};

import type { ChartBlock } from './model-types.ts';

type Font = { unitsPerEm: number; glyphForCodePoint(cp: number): { advanceWidth: number } };

let fonts: { regular: Font; bold: Font } | undefined;
const widthCache = new Map<string, number>();

function loadFonts() {
  fonts ??= {
    regular: (requireOnUse('fontkit') as typeof Fontkit).openSync(FONT_FILES.regular) as unknown as Font,
    bold: (requireOnUse('fontkit') as typeof Fontkit).openSync(FONT_FILES.bold) as unknown as Font,
  };
  return fonts;
}

/** Width in em of one character in the regular or bold face. */
function charWidth(ch: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'r'}${ch}`;
  let w = widthCache.get(key);
  if (w === undefined) {
    const f = bold ? loadFonts().bold : loadFonts().regular;
    w = f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / f.unitsPerEm;
    widthCache.set(key, w);
  }
  return w;
}

/** Text width for a CSS font shorthand such as "bold 12px Fira Sans". */
export function measureTextWidth(text: string, font = '12px Fira Sans'): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  const bold = /\b(bold|[6-9]00)\b/.test(font);
  let em = 0;
  for (const ch of text) em += charWidth(ch, bold);
  return em * size;
}

let platformSet = false;
function ensurePlatform(): void {
  if (platformSet) return;
  echartsLib().setPlatformAPI({
    measureText: (text: string, font?: string) => ({ width: measureTextWidth(text, font) }),
  });
  platformSet = true;
}

const registeredMaps = new Set<string>();

export function chartOption(block: ChartBlock): Record<string, unknown> {
  const input = block.input as never;
  switch (block.builder) {
    case 'trend':
      return trendOption(input);
    case 'bar':
      return barOption(input);
    case 'stacked':
      return stackedOption(input);
    case 'quadrant':
      return quadrantOption(input);
    case 'map':
      return areaMapOption(input);
  }
}

/** Renders one chart block to a self-contained SVG string. */
export function renderChartSvg(block: ChartBlock): string {
  ensurePlatform();
  if (block.builder === 'map' && block.geo) {
    const name = (block.input as { mapName: string }).mapName;
    if (!registeredMaps.has(name)) {
      echartsLib().registerMap(name, block.geo as Parameters<typeof ECharts.registerMap>[1]);
      registeredMaps.add(name);
    }
  }
  const chart = echartsLib().init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: block.width,
    height: block.height,
  });
  try {
    chart.setOption(chartOption(block));
    // ZRender numbers its instances and CSS classes per process (zr7-cls-22): name them after the chart instead, so
    // the SVG (and every file holding it) is the same however many charts were drawn before.
    const prefix = `zr-${block.id.replace(/[^A-Za-z0-9-]/g, '')}-`;
    const classes = new Map<string, string>();
    return chart
      .renderToSVGString()
      .replace(/\bzr\d+-cls-\d+/g, (m) => {
        if (!classes.has(m)) classes.set(m, `${prefix}cls-${classes.size}`);
        return classes.get(m)!;
      })
      .replace(/\bzr\d+-/g, prefix);
  } finally {
    chart.dispose();
  }
}
