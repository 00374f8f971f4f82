import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** Level of a PKS area: an 8-digit Gemeinde AGS, a 5-digit Kreis, or `14` for Saxony. */
export type PksAreaKind = 'gemeinde' | 'kreis' | 'land';

/**
 * The Straftatenschlüssel catalogue (BKA time series ZR-F-01-T01 plus the keys only the district
 * table KR-F-01-T01 has). Keys are always text: `------`, `435*00`, `010000`.
 */
export const pksOffenceKeys = pgTable('pks_offence_keys', {
  key: text('key').primaryKey(),
  label: text('label').notNull(),
  mainGroup: text('main_group').notNull(),
  mainGroupLabel: text('main_group_label').notNull(),
  isSummary: boolean('is_summary').notNull(),
  isWildcard: boolean('is_wildcard').notNull(),
  isTotal: boolean('is_total').notNull(),
  firstYear: smallint('first_year').notNull(),
  lastYear: smallint('last_year').notNull(),
  /** 'zeitreihe' (BKA ZR-F-01-T01) or 'kreistabelle' (only in KR-F-01-T01). */
  source: text('source').notNull(),
});

/**
 * One row per import (file or seed): the log shown on the import page. `source` is the data set the
 * rows belong to (e.g. "BKA KR-F-01-T01", "Gemeinde-Vorlage"); importing the same source and
 * Berichtsjahr again replaces its rows.
 */
export const pksImports = pgTable(
  'pks_imports',
  {
    id: serial('id').primaryKey(),
    source: text('source').notNull(),
    /** bka-kreise | kreise-csv | gemeinde | bevoelkerung | demo */
    format: text('format').notNull(),
    areaKind: text('area_kind').$type<PksAreaKind | 'gemischt'>().notNull(),
    filename: text('filename'),
    years: integer('years').array().notNull(),
    rowCount: integer('row_count').notNull(),
    /** Rows of earlier imports of the same source and years that this import replaced. */
    replacedRows: integer('replaced_rows').notNull().default(0),
    /** Distinct AGS in the file (who may see the log entry; at most a few thousand). */
    agsList: text('ags_list').array().notNull(),
    warningCount: integer('warning_count').notNull().default(0),
    /** The warnings as listed (each code at most `issueLimit` times; see warning_count for all). */
    warnings: jsonb('warnings').notNull().default([]),
    userId: integer('user_id'),
    importedBy: text('imported_by').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    durationMs: integer('duration_ms'),
  },
  (t) => [index('pks_imports_at_idx').on(t.importedAt)],
);

/**
 * Recorded-crime facts: area × Berichtsjahr × key (PKS counting rules, reference/domain.md §4.1).
 * Optional counts are NULL when the source did not deliver them; 0 is a real zero.
 * The primary key (ags, key, year) serves the profile queries (one area, some keys, a year range);
 * the partial index serves the district map and the Saxony sums without costing anything on
 * municipality imports (the bulk path).
 * `import_id` names the pks_imports row; deliberately no foreign key (a trigger per row would halve
 * the COPY throughput), the import code keeps it consistent.
 */
export const pksFacts = pgTable(
  'pks_facts',
  {
    ags: text('ags').notNull(),
    key: text('key').notNull(),
    year: smallint('year').notNull(),
    areaKind: text('area_kind').$type<PksAreaKind>().notNull(),
    cases: integer('cases').notNull(),
    attempts: integer('attempts'),
    cleared: integer('cleared'),
    suspects: integer('suspects'),
    suspectsMale: integer('suspects_male'),
    suspectsFemale: integer('suspects_female'),
    suspectsNonGerman: integer('suspects_non_german'),
    firearmThreatened: integer('firearm_threatened'),
    firearmFired: integer('firearm_fired'),
    /** HZ as printed by the source (BKA tables); kept for cross-checks, never used as the rate. */
    hzPublished: doublePrecision('hz_published'),
    source: text('source').notNull(),
    importId: integer('import_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ags, t.key, t.year] }),
    index('pks_facts_kreis_key_year_idx').on(t.key, t.year).where(sql`${t.areaKind} <> 'gemeinde'`),
    index('pks_facts_source_year_idx').on(t.source, t.year),
  ],
);

/**
 * Population stock per area and reference date. The PKS denominator for Berichtsjahr Y is the stock
 * on 31.12.(Y−1). `derived` marks values computed back from a published HZ (cases × 100,000 / HZ)
 * because no official figure for that date is loaded; an official figure always replaces a derived one.
 */
export const pksPopulation = pgTable(
  'pks_population',
  {
    ags: text('ags').notNull(),
    stichtag: date('stichtag').notNull(),
    areaKind: text('area_kind').$type<PksAreaKind>().notNull(),
    population: integer('population').notNull(),
    source: text('source').notNull(),
    derived: boolean('derived').notNull().default(false),
    importId: integer('import_id'),
  },
  (t) => [primaryKey({ columns: [t.ags, t.stichtag] })],
);
