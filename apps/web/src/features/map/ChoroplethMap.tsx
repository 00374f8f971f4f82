import { useMemo, useRef } from 'react';
import { missingColor, type ValueClass } from './classes.ts';
import { aspectScale, type MapOption, saxonyMap } from './echarts.ts';
import { useChart } from './useChart.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** What the map needs of a municipality (the municipality list's items, the alliance's members …). */
export interface MapItem {
  ags: string;
  name: string;
  kreisName: string;
}

/** The value a map colours by, and how its tooltip names it. */
export interface MapField<T extends MapItem> {
  label: string;
  unit: string;
  value: (item: T) => number | null;
  format: (value: number | null) => string;
  /** The tooltip's last line instead of "label: value unit" (e.g. for categories). */
  describe?: (item: T) => string;
}

interface ChoroplethMapProps<T extends MapItem> {
  items: T[];
  field: MapField<T>;
  classes: ValueClass[];
  label: string;
  onSelect: (ags: string) => void;
}

/** All municipalities of Saxony, coloured by one field. Regions are keyed by AGS. */
export function ChoroplethMap<T extends MapItem>({
  items,
  field,
  classes,
  label,
  onSelect,
}: ChoroplethMapProps<T>) {
  const container = useRef<HTMLDivElement>(null);

  const option = useMemo<MapOption>(() => {
    const byAgs = new Map(items.map((item) => [item.ags, item]));
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        confine: true,
        textStyle: { color: '#131525', fontFamily: 'Fira Sans, sans-serif', fontSize: 15 },
        formatter: (params) => {
          const single = Array.isArray(params) ? params[0] : params;
          const item = single ? byAgs.get(String(single.name)) : undefined;
          if (!item) return '';
          const line = field.describe
            ? field.describe(item)
            : `${field.label}: ${field.format(field.value(item))} ${field.unit}`;
          return `<strong>${escapeHtml(item.name)}</strong><br>${escapeHtml(item.kreisName)}<br>${escapeHtml(line)}`;
        },
      },
      visualMap: {
        type: 'piecewise',
        show: false,
        dimension: 0,
        seriesIndex: 0,
        pieces: classes.map((entry) => ({
          ...(entry.from === null ? {} : { gte: entry.from }),
          ...(entry.to === null ? {} : { lt: entry.to }),
          color: entry.color,
        })),
        outOfRange: { color: missingColor },
      },
      series: [
        {
          type: 'map',
          map: saxonyMap,
          nameProperty: 'ags',
          aspectScale,
          roam: false,
          left: 8,
          right: 8,
          top: 8,
          bottom: 8,
          selectedMode: false,
          label: { show: false },
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.5, areaColor: missingColor },
          emphasis: {
            label: { show: false },
            itemStyle: { areaColor: '#f2b705', borderColor: '#131525', borderWidth: 1 },
          },
          data: items
            .filter((item) => field.value(item) !== null)
            .map((item) => ({ name: item.ags, value: field.value(item) ?? 0 })),
        },
      ],
    };
  }, [items, field, classes]);

  useChart(container, option, onSelect);

  return <div ref={container} className="app-map app-map--large" role="img" aria-label={label} />;
}
