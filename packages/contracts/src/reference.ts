import { z } from 'zod';

export const ZDistrict = z.object({
  kreisSchluessel: z.string(),
  name: z.string(),
  kreisTyp: z.string(),
  population: z.number().nullable(),
  areaKm2: z.number().nullable(),
  municipalityCount: z.number(),
  isDemo: z.boolean(),
});
export const ZDistrictList = z.object({ items: z.array(ZDistrict) });

export const ZReferenceStatus = z.object({
  loaded: z.boolean(),
  directory: z.string().nullable(),
  datasets: z.array(z.object({ id: z.string(), title: z.string(), rows: z.number(), loadedAt: z.string() })),
  hint: z.string().nullable(),
});

export const ZSourceNote = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  url: z.string().nullable(),
});
export const ZSourceNoteList = z.object({ items: z.array(ZSourceNote) });

export const ZHealth = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    migrations: z.enum(['current', 'pending']),
    applied: z.number(),
    shipped: z.number(),
  }),
});

/** The body of every error answer (apps/server/src/plugins/error-handler.ts). */
export const ZApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

/** Boundaries (GET /api/geo/:level): GeoJSON, not validated on the way out (large, geometry is opaque). */
export interface GeoFeatureCollection<P> {
  type: 'FeatureCollection';
  attribution?: string;
  features: { type: 'Feature'; properties: P; geometry: unknown }[];
}
export interface MunicipalityFeatureProperties {
  ags: string;
  name: string;
  kreis_schluessel: string;
  kreis_name: string;
}
