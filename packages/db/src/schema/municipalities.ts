import type { MembershipStatus } from '@asskomm/contracts';
import {
  boolean,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** Saxon districts (Kreise), from GV100AD Satzart 40 plus sums over their municipalities. */
export const districts = pgTable('districts', {
  kreisSchluessel: text('kreis_schluessel').primaryKey(),
  name: text('name').notNull(),
  kreisTyp: text('kreis_typ').notNull(),
  verwaltungssitz: text('verwaltungssitz'),
  municipalityCount: integer('municipality_count').notNull().default(0),
  areaKm2: doublePrecision('area_km2'),
  population: integer('population'),
  populationMale: integer('population_male'),
  populationFemale: integer('population_female'),
  isDemo: boolean('is_demo').notNull().default(false),
});

/** Municipalities (Gemeinden), keyed by the 8-digit AGS, with the ASSKomm fields filled by later modules. */
export const municipalities = pgTable('municipalities', {
  ags: text('ags').primaryKey(),
  ars: text('ars'),
  name: text('name').notNull(),
  gemeindetyp: text('gemeindetyp').notNull(),
  kreisSchluessel: text('kreis_schluessel')
    .notNull()
    .references(() => districts.kreisSchluessel),
  gemeindeverbandSchluessel: text('gemeindeverband_schluessel'),
  gemeindeverbandName: text('gemeindeverband_name'),
  plz: text('plz'),
  areaKm2: doublePrecision('area_km2'),
  population: integer('population'),
  populationMale: integer('population_male'),
  populationFemale: integer('population_female'),
  populationDate: date('population_date'),
  isDemo: boolean('is_demo').notNull().default(false),
  membershipStatus: text('membership_status').$type<MembershipStatus>().notNull().default('keine'),
  membershipSince: date('membership_since'),
  membershipUntil: date('membership_until'),
  /** Modellkommune of the alliance. */
  isModelMunicipality: boolean('is_model_municipality').notNull().default(false),
  agreementDate: date('agreement_date'),
  preventionCouncilName: text('prevention_council_name'),
  preventionCouncilFoundedOn: date('prevention_council_founded_on'),
  contacts: jsonb('contacts').$type<MunicipalityContact[]>().notNull().default([]),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export interface MunicipalityContact {
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
}

/** Boundaries as GeoJSON geometry per area (level 'gemeinde' keyed by AGS, 'kreis' by Kreisschlüssel). */
export const boundaries = pgTable(
  'boundaries',
  {
    level: text('level').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    geometry: jsonb('geometry').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.key] })],
);

/** Which reference data set was loaded from where, so the UI can show status and attribution. */
export const referenceDatasets = pgTable('reference_datasets', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  sourceFile: text('source_file').notNull(),
  rows: integer('rows').notNull(),
  attribution: text('attribution').notNull(),
  url: text('url'),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
