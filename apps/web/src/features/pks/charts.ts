import type { LineSeriesOption, MapSeriesOption } from 'echarts/charts';
import { LineChart, MapChart } from 'echarts/charts';
import type {
  GridComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import { GridComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type RefObject, useEffect, useRef } from 'react';

// Only the parts the PKS pages need: line charts with a CI band, and the district map.
echarts.use([
  LineChart,
  MapChart,
  GridComponent,
  TooltipComponent,
  MarkLineComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export type PksChartOption = ComposeOption<
  | LineSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | VisualMapComponentOption
>;

export { echarts };

/** Colours with their line styles: the chart never relies on colour alone (dash pattern and symbol differ). */
export interface LineStyle {
  color: string;
  dash: 'solid' | 'dashed' | 'dotted';
  symbol: string;
  dashArray: string;
}

export const SERIES_STYLES: { own: LineStyle; district: LineStyle; saxony: LineStyle; band: string } = {
  own: { color: '#1a3da5', dash: 'solid', symbol: 'circle', dashArray: '' },
  district: { color: '#a33b00', dash: 'dashed', symbol: 'triangle', dashArray: '8 5' },
  saxony: { color: '#3f4350', dash: 'dotted', symbol: 'rect', dashArray: '2 4' },
  band: 'rgba(26, 61, 165, 0.18)',
};

const registered = new Set<string>();

export function registerGeo(name: string, geo: unknown): void {
  if (registered.has(name)) return;
  echarts.registerMap(name, geo as Parameters<typeof echarts.registerMap>[1]);
  registered.add(name);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Draws an option into a container, keeps it sized, reports clicks on named regions. */
export function useEChart(
  container: RefObject<HTMLDivElement | null>,
  option: PksChartOption | null,
  onClickName?: (name: string) => void,
): void {
  const chartRef = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClickName);
  clickRef.current = onClickName;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: 'svg', locale: 'EN' });
    chartRef.current = chart;
    chart.on('click', (params) => {
      if (typeof params.name === 'string' && params.name) clickRef.current?.(params.name);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [container]);

  useEffect(() => {
    if (option) chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);
}
