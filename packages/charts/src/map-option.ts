import { baseOption } from './theme.ts';

export interface AreaMapInput {
  /** Name under which the caller registered the GeoJSON with echarts.registerMap. */
  mapName: string;
  /** Feature property that identifies an area (e.g. "ags"). */
  nameProperty: string;
  /** Areas to draw: the highlighted one in the accent colour, the others grey. */
  areas: readonly { id: string; label: string; highlight: boolean }[];
}

/** The municipality (highlighted) within its district: a locator map without a colour scale. */
export function areaMapOption(input: AreaMapInput): Record<string, unknown> {
  return {
    ...baseOption(),
    series: [
      {
        type: 'map',
        map: input.mapName,
        nameProperty: input.nameProperty,
        roam: false,
        top: 10,
        bottom: 10,
        left: 10,
        right: 10,
        selectedMode: false,
        silent: true,
        itemStyle: { areaColor: '#e3e8ee', borderColor: '#ffffff', borderWidth: 0.8 },
        label: { show: false },
        data: input.areas.map((a) => ({
          name: a.id,
          value: a.highlight ? 1 : 0,
          itemStyle: a.highlight ? { areaColor: '#004b87' } : undefined,
          label: a.highlight
            ? { show: true, formatter: a.label, color: '#ffffff', fontSize: 10, textBorderWidth: 0 }
            : undefined,
        })),
      },
    ],
  };
}
