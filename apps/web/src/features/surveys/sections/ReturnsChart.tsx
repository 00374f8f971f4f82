import type { Monitoring } from '@asskomm/contracts';
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { formatDate } from '../../../lib/format.ts';

// Only what this chart needs (the same approach as the maps in features/map).
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export const ONLINE_COLOUR = '#1a3da5';
export const PAPER_COLOUR = '#9c4a00';
const TOTAL_COLOUR = '#404565';

/** Returns per day (stacked bars: online, paper) and the running total (line, right axis). */
export function ReturnsChart({ perDay, label }: { perDay: Monitoring['perDay']; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo<Option>(
    () => ({
      animation: false,
      textStyle: { fontFamily: 'Fira Sans, sans-serif', fontSize: 13, color: '#131525' },
      grid: { left: 8, right: 8, top: 64, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, itemGap: 16 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: perDay.map((d) => formatDate(d.date).slice(0, 6)),
        axisLabel: { hideOverlap: true },
      },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        {
          name: 'Online',
          type: 'bar',
          stack: 'tag',
          data: perDay.map((d) => d.online),
          itemStyle: { color: ONLINE_COLOUR },
        },
        {
          name: 'Papier',
          type: 'bar',
          stack: 'tag',
          data: perDay.map((d) => d.paper),
          itemStyle: { color: PAPER_COLOUR },
        },
        {
          name: 'Insgesamt (rechte Achse)',
          type: 'line',
          yAxisIndex: 1,
          symbol: 'none',
          data: perDay.map((d) => d.cumulative),
          lineStyle: { color: TOTAL_COLOUR, width: 2 },
          itemStyle: { color: TOTAL_COLOUR },
        },
      ],
    }),
    [perDay],
  );

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: 'svg', locale: 'EN' });
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);

  return <div ref={ref} className="app-chart" role="img" aria-label={label} />;
}
