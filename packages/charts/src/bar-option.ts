import { errorBarSeries } from './error-bars.ts';
import { baseOption, formatNumber, PALETTE } from './theme.ts';

export interface BarValue {
  value: number | null;
  low: number | null;
  high: number | null;
}

export interface BarSeries {
  name: string;
  values: readonly BarValue[];
}

export interface BarChartInput {
  /** Category labels, top to bottom. */
  categories: readonly string[];
  series: readonly BarSeries[];
  /** Axis title, e.g. "Anteil in %". */
  xName: string;
  /** Upper end of the value axis (e.g. 100 for percentages); computed when absent. */
  max?: number;
  decimals?: number;
  /** Vertical reference lines, e.g. a national value. */
  references?: readonly { value: number; label: string }[];
  /** Print values at the bar ends (only sensible without whiskers); default false. */
  labels?: boolean;
}

/** Horizontal bars (one group per category) with 95 % interval whiskers and optional reference lines. */
export function barOption(input: BarChartInput): Record<string, unknown> {
  const n = input.series.length;
  const categories = [...input.categories].reverse();
  const barWidth = n > 1 ? 9 : 14;
  const decimals = input.decimals ?? 0;
  return {
    ...baseOption(),
    grid: {
      left: 8,
      right: 36,
      top: input.references?.length ? 28 : 12,
      bottom: n > 1 ? 56 : 36,
      containLabel: true,
    },
    legend: n > 1 ? { bottom: 0, itemGap: 18, data: input.series.map((s) => s.name) } : { show: false },
    yAxis: {
      type: 'category',
      data: categories,
      axisLabel: { width: 210, overflow: 'break', lineHeight: 13 },
      axisTick: { show: false },
    },
    xAxis: {
      type: 'value',
      name: input.xName,
      nameLocation: 'middle',
      nameGap: 24,
      max: input.max,
      axisLabel: { formatter: (v: number) => formatNumber(v) },
    },
    series: input.series.flatMap((s, i) => {
      const color = PALETTE[i % PALETTE.length]!;
      const values = [...s.values].reverse();
      const offset = (i - (n - 1) / 2) * (barWidth + 2);
      return [
        {
          type: 'bar',
          name: s.name,
          color,
          barWidth,
          barGap: '20%',
          data: values.map((v) => v.value),
          // Value labels would collide with the whiskers; the report's tables carry the numbers.
          label: {
            show: input.labels ?? false,
            position: 'right',
            distance: 2,
            textBorderWidth: 0,
            fontSize: 9,
            formatter: (p: { value: number | null }) =>
              p.value == null ? '' : formatNumber(p.value, decimals),
          },
          ...(i === 0 && input.references?.length
            ? {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: '#b03a2e', type: 'dashed' },
                  label: { formatter: '{b}', position: 'end', fontSize: 9, textBorderWidth: 0 },
                  data: input.references.map((r) => ({ xAxis: r.value, name: r.label })),
                },
              }
            : {}),
        },
        errorBarSeries(
          values.map((v, k) => [v.low, v.high, categories[k]!]),
          { name: s.name, color: '#1b1b1b', horizontal: true, offset },
        ),
      ];
    }),
  };
}
