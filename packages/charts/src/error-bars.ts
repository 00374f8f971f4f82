/**
 * A custom series drawing 95 % interval whiskers. ECharts has no built-in error bars; a custom series
 * with a renderItem function works the same in the browser and in server-side SVG rendering.
 * Data rows: [category or x, low, high] for vertical whiskers, or [low, high, category or y] when
 * `horizontal` is set. Rows with null bounds are skipped.
 */
export interface ErrorBarOptions {
  name: string;
  color: string;
  horizontal?: boolean;
  /** Offset of the whisker within a category band, in pixels (for grouped bars). */
  offset?: number;
  yAxisIndex?: number;
}

type Api = {
  value: (dim: number) => number | string;
  coord: (point: (number | string)[]) => number[];
};

export function errorBarSeries(
  rows: readonly (readonly (number | string | null)[])[],
  o: ErrorBarOptions,
): Record<string, unknown> {
  const data = rows.filter((r) => r.every((v) => v !== null));
  const cap = 4;
  const offset = o.offset ?? 0;
  return {
    type: 'custom',
    name: o.name,
    silent: true,
    z: 10,
    ...(o.yAxisIndex != null ? { yAxisIndex: o.yAxisIndex } : {}),
    encode: o.horizontal ? { x: [0, 1], y: 2 } : { x: 0, y: [1, 2] },
    renderItem: (_params: unknown, api: Api) => {
      const style = { stroke: o.color, lineWidth: 1.2, fill: 'none' };
      if (o.horizontal) {
        const cat = api.value(2);
        const a = api.coord([api.value(0), cat]);
        const b = api.coord([api.value(1), cat]);
        const y = a[1]! + offset;
        return {
          type: 'group',
          children: [
            { type: 'line', shape: { x1: a[0], y1: y, x2: b[0], y2: y }, style },
            { type: 'line', shape: { x1: a[0], y1: y - cap, x2: a[0], y2: y + cap }, style },
            { type: 'line', shape: { x1: b[0], y1: y - cap, x2: b[0], y2: y + cap }, style },
          ],
        };
      }
      const cat = api.value(0);
      const a = api.coord([cat, api.value(1)]);
      const b = api.coord([cat, api.value(2)]);
      const x = a[0]! + offset;
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1: x, y1: a[1], x2: x, y2: b[1] }, style },
          { type: 'line', shape: { x1: x - cap, y1: a[1], x2: x + cap, y2: a[1] }, style },
          { type: 'line', shape: { x1: x - cap, y1: b[1], x2: x + cap, y2: b[1] }, style },
        ],
      };
    },
    data: data.map((r) => [...r]),
  };
}
