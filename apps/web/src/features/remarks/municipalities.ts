import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { loadSaxonyShapes } from '../map/echarts.ts';
import { useNetworkMembers } from '../members/api.ts';

export interface MunicipalityName {
  ags: string;
  name: string;
  kreisName: string;
}

/**
 * The names of all municipalities, taken from the (public, open-data) boundaries that the member map
 * draws anyway, plus the alliance's members (the demo members have no boundaries), so the public pages
 * need no login.
 */
export function useMunicipalityNames() {
  const shapes = useApiQuery(queryKeys.shapes('municipalities'), () => loadSaxonyShapes(), {
    staleTime: Number.POSITIVE_INFINITY,
  });
  const members = useNetworkMembers();
  let names: MunicipalityName[] | undefined;
  if (shapes.data && (members.data || members.error)) {
    const byAgs = new Map<string, MunicipalityName>();
    for (const feature of shapes.data.features)
      byAgs.set(feature.properties.ags, {
        ags: feature.properties.ags,
        name: feature.properties.name,
        kreisName: feature.properties.kreis_name,
      });
    for (const m of members.data?.items ?? [])
      if (!byAgs.has(m.ags)) byAgs.set(m.ags, { ags: m.ags, name: m.name, kreisName: m.kreisName });
    names = [...byAgs.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }
  return { names, error: shapes.error, reload: shapes.reload };
}

/** "Radebeul (Meißen)": names repeat across Saxony's districts, so the district tells them apart. */
export function municipalityLabel(m: MunicipalityName): string {
  return `${m.name} (${m.kreisName})`;
}
