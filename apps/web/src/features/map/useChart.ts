import { type RefObject, useEffect, useRef } from 'react';
import { echarts, type MapOption } from './echarts.ts';

type Chart = ReturnType<typeof echarts.init>;

/**
 * Draws an ECharts option into a container and keeps it sized with the container.
 * `onClickName` receives the region name (the AGS) of a clicked area.
 */
export function useChart(
  container: RefObject<HTMLDivElement | null>,
  option: MapOption | null,
  onClickName?: (name: string) => void,
): void {
  const chartRef = useRef<Chart | null>(null);
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
