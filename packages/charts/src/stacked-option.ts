import { baseOption, formatNumber } from './theme.ts';

export interface StackedChartInput {
  /** Rows (e.g. groups of respondents), top to bottom. */
  categories: readonly string[];
  /** Answer categories in scale order with their share per row (percent, summing to about 100). */
  stacks: readonly { name: string; values: readonly (number | null)[] }[];
  /** Colours for the stacks, from the positive to the negative end of the scale. */
  colors?: readonly string[];
}

const SCALE_COLORS = ['#1f5f8b', '#7fb2d5', '#f0b27a', '#c0392b', '#7f8c8d'];
/** Label colour per stack colour: white on dark, black on light fills (contrast). */
const labelColor = (fill: string): string =>
  ['#7fb2d5', '#f0b27a', '#7f8c8d'].includes(fill) ? '#1b1b1b' : '#ffffff';

/** 100 % stacked horizontal bars: the distribution of a rating scale per group. */
export function stackedOption(input: StackedChartInput): Record<string, unknown> {
  const categories = [...input.categories].reverse();
  const colors = input.colors ?? SCALE_COLORS;
  return {
    ...baseOption(),
    color: [...colors],
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    legend: { bottom: 0, itemGap: 14 },
    yAxis: { type: 'category', data: categories, axisTick: { show: false } },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: (v: number) => `${formatNumber(v)} %` } },
    series: input.stacks.map((s, i) => ({
      type: 'bar',
      name: s.name,
      stack: 'all',
      barWidth: 16,
      data: [...s.values].reverse(),
      label: {
        show: true,
        textBorderWidth: 0,
        fontSize: 9,
        color: labelColor(colors[i % colors.length]!),
        formatter: (p: { value: number | null }) =>
          p.value == null || p.value < 6 ? '' : formatNumber(p.value),
      },
    })),
  };
}
