import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { municipalities } from './municipalities';
import { surveyWaves } from './surveys';

// The Lagebericht workflow: a draft holds an analyst's texts over live data; publishing records a
// version with everything needed to regenerate it byte-identically (the gathered input, the edits, the
// software version). The input holds only aggregates (estimates, counts), no answers or free texts.

/** Analyst's wording by finding or recommendation id; the rest of the report comes from data. */
export interface StoredReportEdits {
  findings: Record<string, string>;
  recommendations: Record<string, string>;
}

export const reportDrafts = pgTable(
  'report_drafts',
  {
    id: serial('id').primaryKey(),
    ags: text('ags')
      .notNull()
      .references(() => municipalities.ags),
    /** The survey wave chosen at creation; null when the municipality had no evaluated wave. */
    waveId: integer('wave_id').references(() => surveyWaves.id, { onDelete: 'set null' }),
    edits: jsonb('edits').$type<StoredReportEdits>().notNull(),
    /** Set when the draft was published: it is then read-only, a new draft starts the next version. */
    publishedVersionId: integer('published_version_id'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_drafts_ags_idx').on(t.ags)],
);

export const reportVersions = pgTable(
  'report_versions',
  {
    id: serial('id').primaryKey(),
    ags: text('ags')
      .notNull()
      .references(() => municipalities.ags),
    /** 1, 2, … per municipality. */
    number: integer('number').notNull(),
    draftId: integer('draft_id').references(() => reportDrafts.id, { onDelete: 'set null' }),
    waveId: integer('wave_id'),
    earlierWaveId: integer('earlier_wave_id'),
    pksYears: jsonb('pks_years').$type<number[]>().notNull(),
    dataHash: text('data_hash').notNull(),
    softwareVersion: text('software_version').notNull(),
    reportDate: date('report_date', { mode: 'string' }).notNull(),
    /** The gathered ReportInput (aggregates only), so the version renders from it, not from today's data. */
    input: jsonb('input').notNull(),
    edits: jsonb('edits').$type<StoredReportEdits>().notNull(),
    publishedBy: integer('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_versions_ags_number_idx').on(t.ags, t.number)],
);
