import { useMemo, useRef } from 'react';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { aspectScale, districtMapName, loadSaxonyShapes, type MapOption, saxonyMap } from './echarts.ts';
import { useChart } from './useChart.ts';

interface LocatorMapProps {
  ags: string;
  name: string;
  kreisSchluessel: string;
  kreisName: string;
}

/** A small map: the district (or, for a district-free city, Saxony) with the municipality highlighted. */
export function LocatorMap({ ags, name, kreisSchluessel, kreisName }: LocatorMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const shapes = useApiQuery(queryKeys.shapes('municipalities'), () => loadSaxonyShapes(), {
    staleTime: Infinity,
  });

  const setup = useMemo(() => {
    if (!shapes.data) return null;
    const found = shapes.data.features.some((feature) => feature.properties.ags === ags);
    if (!found) return { found: false as const };
    const district = districtMapName(shapes.data, kreisSchluessel);
    const wholeState = district.count <= 1;
    const option: MapOption = {
      animation: false,
      series: [
        {
          type: 'map',
          map: wholeState ? saxonyMap : district.name,
          nameProperty: 'ags',
          aspectScale,
          roam: false,
          silent: true,
          selectedMode: false,
          left: 4,
          right: 4,
          top: 4,
          bottom: 4,
          label: { show: false },
          itemStyle: { areaColor: '#e4e7ef', borderColor: '#ffffff', borderWidth: 0.8 },
          data: [{ name: ags, itemStyle: { areaColor: '#1a3da5', borderColor: '#131525', borderWidth: 1 } }],
        },
      ],
    };
    return {
      found: true as const,
      option,
      label: wholeState
        ? `Lage von ${name} in Sachsen; ${name} ist dunkelblau hervorgehoben.`
        : `Lage von ${name} in ${kreisName}; ${name} ist dunkelblau hervorgehoben, die übrigen Gemeinden des Kreises sind grau.`,
    };
  }, [shapes.data, ags, name, kreisSchluessel, kreisName]);

  useChart(container, setup?.found ? setup.option : null);

  if (shapes.error)
    return <p className="kern-body">Die Karte konnte nicht geladen werden: {shapes.error.message}</p>;
  if (setup && !setup.found) {
    return <p className="kern-body">Für diese Kommune sind keine Gebietsgrenzen vorhanden.</p>;
  }
  return (
    <div
      ref={container}
      className="app-map app-map--small"
      role="img"
      aria-label={setup?.found ? setup.label : 'Karte wird geladen'}
    />
  );
}
