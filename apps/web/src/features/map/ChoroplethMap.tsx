import type { MunicipalityListItem } from '@asskomm/contracts';
import { useMemo, useRef } from 'react';
import { type FieldInfo, missingColor, type ValueClass } from './classes.ts';
import { aspectScale, type MapOption, saxonyMap } from './echarts.ts';
import { useChart } from './useChart.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

interface ChoroplethMapProps {
  items: MunicipalityListItem[];
  field: FieldInfo;
  classes: ValueClass[];
  label: string;
  onSelect: (ags: string) => void;
}

/** All municipalities of Saxony, coloured by one field. Regions are keyed by AGS. */
export function ChoroplethMap({ items, field, classes, label, onSelect }: ChoroplethMapProps) {
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
          const value = field.format(field.value(item));
          return `<strong>${escapeHtml(item.name)}</strong><br>${escapeHtml(item.kreisName)}<br>${escapeHtml(field.label)}: ${escapeHtml(value)} ${escapeHtml(field.unit)}`;
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
