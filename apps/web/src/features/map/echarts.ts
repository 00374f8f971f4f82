import type { GeoFeatureCollection, MunicipalityFeatureProperties } from '@asskomm/contracts';
import type { MapSeriesOption } from 'echarts/charts';
import { MapChart } from 'echarts/charts';
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { api } from '../../lib/api-client.ts';

// Only what the maps need, so the bundle stays small.
echarts.use([MapChart, TooltipComponent, VisualMapComponent, SVGRenderer]);

export type MapOption = ComposeOption<MapSeriesOption | TooltipComponentOption | VisualMapComponentOption>;
export type Shapes = GeoFeatureCollection<MunicipalityFeatureProperties>;

export { echarts };

/** Latitude of Saxony's centre: x is shortened by cos(latitude) so the shapes are not stretched. */
export const aspectScale = Math.cos((51 * Math.PI) / 180);

export const saxonyMap = 'sachsen';

const registered = new Set<string>();

/** Registers a GeoJSON under a name once (ECharts keeps a global registry). */
export function registerShapes(name: string, shapes: Shapes): void {
  if (registered.has(name)) return;
  echarts.registerMap(name, shapes as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered.add(name);
}

let shapesPromise: Promise<Shapes> | null = null;

/** The boundaries of all municipalities, loaded once per session and registered as map "sachsen". */
export function loadSaxonyShapes(): Promise<Shapes> {
  if (!shapesPromise) {
    shapesPromise = api.municipalityShapes().then((shapes) => {
      registerShapes(saxonyMap, shapes);
      return shapes;
    });
    shapesPromise.catch(() => {
      shapesPromise = null;
    });
  }
  return shapesPromise;
}

/** Map of one district, made from the municipalities' shapes. */
export function districtMapName(shapes: Shapes, kreisSchluessel: string): { name: string; count: number } {
  const features = shapes.features.filter(
    (feature) => feature.properties.kreis_schluessel === kreisSchluessel,
  );
  const name = `kreis-${kreisSchluessel}`;
  if (features.length > 0) registerShapes(name, { type: 'FeatureCollection', features });
  return { name, count: features.length };
}
