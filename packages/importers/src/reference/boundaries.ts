import { ReferenceFileError } from './read-csv-records';

export interface BoundaryRecord {
  key: string;
  name: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

/**
 * Reads a GeoJSON FeatureCollection of (Multi)Polygons (BKG VG5000, SOURCES.md §3/§4) and returns one
 * record per feature keyed by `keyProperty` (`ags` or `kreis_schluessel`).
 */
export function parseBoundaries(text: string, keyProperty: string, file: string): BoundaryRecord[] {
  let doc: { type?: string; features?: unknown[] };
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ReferenceFileError({ file, message: `kein gültiges JSON: ${(error as Error).message}` });
  }
  if (doc?.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw new ReferenceFileError({ file, message: 'keine GeoJSON-FeatureCollection' });
  }
  return doc.features.map((feature, index) => {
    const f = feature as {
      properties?: Record<string, unknown>;
      geometry?: { type?: string; coordinates?: unknown };
    };
    const key = f.properties?.[keyProperty];
    const where = { file, column: keyProperty, message: '' };
    if (typeof key !== 'string' || key === '') {
      throw new ReferenceFileError({
        ...where,
        message: `Feature ${index + 1}: Eigenschaft "${keyProperty}" fehlt`,
      });
    }
    const type = f.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new ReferenceFileError({
        ...where,
        value: key,
        message: `Feature ${index + 1}: Geometrie ist kein (Multi)Polygon`,
      });
    }
    return {
      key,
      name: String(f.properties?.name ?? key),
      geometry: { type, coordinates: f.geometry?.coordinates },
    };
  });
}
