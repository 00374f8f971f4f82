import type { MapItem } from '@asskomm/contracts';
import { useMemo, useRef } from 'react';
import { missingColor, type ValueClass } from '../map/classes.ts';
import { aspectScale } from '../map/echarts.ts';
import { escapeHtml, type PksChartOption, useEChart } from './charts.ts';
import { formatCi, formatHz, formatInteger } from './format.ts';

export const DISTRICT_MAP = 'pks-kreise';

interface DistrictMapProps {
  items: MapItem[];
  classes: ValueClass[];
  label: string;
  onSelect: (ags: string) => void;
}

/** The 13 Saxon districts coloured by HZ; each district is labelled with its HZ, so colour is not the only cue. */
export function DistrictMap({ items, classes, label, onSelect }: DistrictMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const option = useMemo<PksChartOption>(() => {
    const byAgs = new Map(items.map((item) => [item.ags, item]));
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        confine: true,
        textStyle: { color: '#131525', fontFamily: 'Fira Sans, sans-serif', fontSize: 14 },
        formatter: (params) => {
          const single = Array.isArray(params) ? params[0] : params;
          const item = single ? byAgs.get(String(single.name)) : undefined;
          if (!item) return '';
          return `<strong>${escapeHtml(item.name)}</strong><br>HZ ${formatHz(item.hz)} (95-%-KI ${formatCi(item.hzCiLow, item.hzCiHigh)})<br>${formatInteger(item.cases)} Fälle`;
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
          map: DISTRICT_MAP,
          nameProperty: 'kreis_schluessel',
          aspectScale,
          roam: false,
          left: 8,
          right: 8,
          top: 8,
          bottom: 8,
          selectedMode: false,
          label: {
            show: true,
            fontSize: 12,
            fontWeight: 600,
            color: '#131525',
            backgroundColor: 'rgba(255,255,255,0.85)',
            padding: [1, 3],
            borderRadius: 2,
            formatter: (params) => {
              const item = byAgs.get(String(params.name));
              return item?.hz != null ? formatInteger(Math.round(item.hz)) : '';
            },
          },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1, areaColor: missingColor },
          emphasis: {
            label: { show: true },
            itemStyle: { areaColor: '#f2b705', borderColor: '#131525', borderWidth: 1.5 },
          },
          data: items
            .filter((item) => item.hz != null)
            .map((item) => ({ name: item.ags, value: item.hz ?? 0 })),
        },
      ],
    };
  }, [items, classes]);

  useEChart(container, option, onSelect);
  return <div ref={container} className="app-map app-map--large pks-map" role="img" aria-label={label} />;
}
