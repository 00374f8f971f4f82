import { z } from 'zod';
import { MEMBERSHIP_STATUSES, MUNICIPALITY_SORTS } from './domain.ts';
import { plainText } from './plain-text.ts';

export const ZAgsParams = z.object({ ags: z.string().regex(/^\d{8}$/, 'Die AGS hat 8 Ziffern.') });

export const ZMunicipalityListQuery = z.strictObject({
  q: plainText().max(100).optional(),
  kreis: z
    .string()
    .regex(/^\d{5}$/, 'Der Kreisschlüssel hat 5 Ziffern.')
    .optional(),
  minPopulation: z.coerce.number().int().min(0).optional(),
  maxPopulation: z.coerce.number().int().min(0).optional(),
  sort: z.enum(MUNICIPALITY_SORTS).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ZMunicipalityListItem = z.object({
  ags: z.string(),
  name: z.string(),
  kreisSchluessel: z.string(),
  kreisName: z.string(),
  gemeindetyp: z.string(),
  population: z.number().nullable(),
  areaKm2: z.number().nullable(),
  density: z.number().nullable(),
  isDemo: z.boolean(),
  membershipStatus: z.enum(MEMBERSHIP_STATUSES),
});
/** Source notes of the open data in the response (dl-de/by-2-0 requires them wherever the data is shown). */
export const ZMunicipalitySources = z.array(z.string());

export const ZMunicipalityList = z.object({
  total: z.number(),
  items: z.array(ZMunicipalityListItem),
  attribution: ZMunicipalitySources,
});

export const ZContact = z.object({
  name: z.string(),
  role: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export const ZMunicipalityDetail = z.object({
  ags: z.string(),
  ars: z.string().nullable(),
  name: z.string(),
  gemeindetyp: z.string(),
  kreisSchluessel: z.string(),
  kreisName: z.string(),
  gemeindeverbandName: z.string().nullable(),
  plz: z.string().nullable(),
  population: z.number().nullable(),
  populationMale: z.number().nullable(),
  populationFemale: z.number().nullable(),
  areaKm2: z.number().nullable(),
  density: z.number().nullable(),
  populationDate: z.string().nullable(),
  isDemo: z.boolean(),
  membership: z.object({
    status: z.enum(MEMBERSHIP_STATUSES),
    since: z.string().nullable(),
    until: z.string().nullable(),
    agreementDate: z.string().nullable(),
    isModelMunicipality: z.boolean(),
  }),
  preventionCouncil: z.object({
    exists: z.boolean(),
    name: z.string().nullable(),
    foundedOn: z.string().nullable(),
  }),
  contacts: z.array(ZContact).nullable(),
  attribution: ZMunicipalitySources,
});
