import { errorBarSeries } from './error-bars.ts';
import { baseOption, formatNumber, PALETTE } from './theme.ts';

export interface QuadrantPoint {
  name: string;
  x: number;
  xLow: number | null;
  xHigh: number | null;
  y: number;
  yLow: number | null;
  yHigh: number | null;
}

export interface QuadrantChartInput {
  points: readonly QuadrantPoint[];
  xName: string;
  yName: string;
  /** Where the quadrants divide: x (e.g. 1 = same HZ as Saxony) and y (e.g. the mean worry). */
  xSplit: number;
  ySplit: number;
  /** Labels of the four quadrants: top-left, top-right, bottom-left, bottom-right. */
  quadrantLabels?: readonly [string, string, string, string];
}

/**
 * Perceived threat (y) against recorded crime (x) per offence domain, each point with its 95 %
 * intervals in both directions, and dashed lines splitting the plane into quadrants.
 */
export function quadrantOption(input: QuadrantChartInput): Record<string, unknown> {
  const xs = input.points.flatMap((p) => [p.x, p.xLow ?? p.x, p.xHigh ?? p.x, input.xSplit]);
  const ys = input.points.flatMap((p) => [p.y, p.yLow ?? p.y, p.yHigh ?? p.y, input.ySplit]);
  const xMax = Math.ceil(Math.max(...xs) * 1.15 * 10) / 10;
  const xMin = Math.max(0, Math.floor(Math.min(...xs) * 0.85 * 10) / 10);
  const yMax = Math.min(100, Math.ceil((Math.max(...ys) + 5) / 10) * 10);
  const color = PALETTE[0];
  const q = input.quadrantLabels;
  const corner = (text: string, position: Record<string, number>) => ({
    type: 'text',
    ...position,
    silent: true,
    style: { text, fill: '#6b7b8c', fontSize: 9, fontFamily: 'Fira Sans' },
  });
  return {
    ...baseOption(),
    grid: { left: 60, right: 24, top: 28, bottom: 48 },
    xAxis: {
      type: 'value',
      name: input.xName,
      nameLocation: 'middle',
      nameGap: 28,
      min: xMin,
      max: xMax,
      axisLabel: { formatter: (v: number) => formatNumber(v, 1) },
    },
    yAxis: {
      type: 'value',
      name: input.yName,
      nameLocation: 'middle',
      nameGap: 40,
      min: 0,
      max: yMax,
      axisLabel: { formatter: (v: number) => `${formatNumber(v)} %` },
    },
    graphic: q
      ? [
          corner(q[0], { left: 66, top: 30 }),
          corner(q[1], { right: 28, top: 30 }),
          corner(q[2], { left: 66, bottom: 52 }),
          corner(q[3], { right: 28, bottom: 52 }),
        ]
      : [],
    series: [
      {
        type: 'scatter',
        name: 'Deliktsbereiche',
        color,
        symbolSize: 9,
        data: input.points.map((p) => ({ value: [p.x, p.y], name: p.name })),
        labelLayout: { moveOverlap: 'shiftY' },
        label: {
          show: true,
          position: 'top',
          distance: 10,
          backgroundColor: 'rgba(255,255,255,0.85)',
          padding: [1, 3],
          fontSize: 10,
          textBorderWidth: 0,
          formatter: (p: { name: string }) => p.name,
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#6b7b8c', type: 'dashed' },
          data: [{ xAxis: input.xSplit }, { yAxis: input.ySplit }],
        },
      },
      errorBarSeries(
        input.points.map((p) => [p.x, p.yLow, p.yHigh]),
        { name: 'Intervall Sorge', color },
      ),
      errorBarSeries(
        input.points.map((p) => [p.xLow, p.xHigh, p.y]),
        { name: 'Intervall HZ', color, horizontal: true },
      ),
    ],
  };
}
