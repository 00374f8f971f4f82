import { errorBarSeries } from './error-bars.ts';
import { baseOption, formatNumber, PALETTE } from './theme.ts';

export interface TrendPoint {
  year: number;
  value: number | null;
  low: number | null;
  high: number | null;
}

export interface TrendSeries {
  name: string;
  points: readonly TrendPoint[];
}

export interface TrendChartInput {
  /** Axis title, e.g. "Häufigkeitszahl (Fälle je 100.000 Einwohner)". */
  yName: string;
  series: readonly TrendSeries[];
  decimals?: number;
}

/** Values over years as lines, each point with its 95 % interval as a whisker (HZ over time). */
export function trendOption(input: TrendChartInput): Record<string, unknown> {
  const years = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const categories = years.map(String);
  const n = input.series.length;
  return {
    ...baseOption(),
    grid: { left: 64, right: 16, top: 36, bottom: 56 },
    legend: { bottom: 0, itemGap: 18 },
    xAxis: { type: 'category', data: categories, axisTick: { alignWithLabel: true } },
    yAxis: {
      type: 'value',
      name: input.yName,
      nameLocation: 'end',
      nameTextStyle: { align: 'left', padding: [0, 0, 0, -56] },
      axisLabel: { formatter: (v: number) => formatNumber(v) },
    },
    series: input.series.flatMap((s, i) => {
      const color = PALETTE[i % PALETTE.length]!;
      const byYear = new Map(s.points.map((p) => [p.year, p]));
      const offset = (i - (n - 1) / 2) * 7;
      return [
        {
          type: 'line',
          name: s.name,
          color,
          symbolSize: 6,
          connectNulls: false,
          data: years.map((y) => byYear.get(y)?.value ?? null),
          label: { show: false },
        },
        errorBarSeries(
          s.points.map((p) => [String(p.year), p.low, p.high]),
          { name: s.name, color, offset },
        ),
      ];
    }),
  };
}
