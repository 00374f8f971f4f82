import type { WaveStatus } from '@asskomm/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export { WAVE_STATUSES, type WaveStatus } from '@asskomm/contracts';

/**
 * A survey wave of one municipality. While in 'entwurf' the configuration (districts, local places,
 * optional blocks) can change; when fieldwork starts the resolved questionnaire is frozen in
 * `questionnaire` with its `questionnaireVersion` hash, so online, paper and data entry use the same items.
 */
export const surveyWaves = pgTable(
  'survey_waves',
  {
    id: serial('id').primaryKey(),
    ags: text('ags').notNull(),
    title: text('title').notNull(),
    status: text('status').$type<WaveStatus>().notNull().default('entwurf'),
    fieldStart: date('field_start'),
    fieldEnd: date('field_end'),
    sampleSize: integer('sample_size'),
    /** SurveyConfig of the questionnaire module: districts, local places, optional blocks, locales. */
    config: jsonb('config').notNull(),
    questionnaireVersion: text('questionnaire_version'),
    questionnaire: jsonb('questionnaire'),
    /** Sender of the letters (address, contact person, signatory): a TLetterSender of core. */
    sender: jsonb('sender'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('survey_waves_ags_idx').on(t.ags)],
);

/**
 * Population margins for weighting (raking). `variable` names one item or a cross of items joined by
 * '×' (e.g. 'SD_ALTER×SD_GESCHLECHT'); `level` the category codes joined the same way.
 */
export const surveyMargins = pgTable(
  'survey_margins',
  {
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    variable: text('variable').notNull(),
    level: text('level').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.variable, t.level] })],
);

/**
 * Access codes, stored only as a keyed hash. `district` (from the sample) allows the response rate per
 * district; there is deliberately no timestamp of use, so a code cannot be linked to an answer by time.
 * Only while a wave is in preparation or in the field: at its end the rows are replaced by
 * `survey_code_counts`.
 */
export const surveyAccessCodes = pgTable(
  'survey_access_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    district: text('district'),
    /** The letter batch (sample run) the code was printed in; null for codes made without a sample. */
    sampleRunId: integer('sample_run_id').references(() => surveySampleRuns.id, { onDelete: 'set null' }),
    used: boolean('used').notNull().default(false),
  },
  (t) => [index('survey_access_codes_wave_idx').on(t.waveId)],
);

/** Saved partial answers under a code, kept only until the code is used or the field period ends. */
export const surveyPartialAnswers = pgTable('survey_partial_answers', {
  codeHash: text('code_hash')
    .primaryKey()
    .references(() => surveyAccessCodes.codeHash, { onDelete: 'cascade' }),
  waveId: integer('wave_id')
    .notNull()
    .references(() => surveyWaves.id, { onDelete: 'cascade' }),
  values: jsonb('values').notNull(),
  page: integer('page').notNull().default(0),
  savedOn: date('saved_on').notNull(),
});

/**
 * Anonymous answers. No code, no IP, no user agent, no time of day: the wave, the mode, the day and the
 * values. A random uuid (not a sequence) so the row order says nothing about the order of submission.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    mode: text('mode').$type<'online' | 'papier'>().notNull(),
    submittedOn: date('submitted_on').notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    values: jsonb('values').notNull(),
  },
  (t) => [index('survey_responses_wave_idx').on(t.waveId)],
);

/**
 * Online answers as the redeeming transaction stores them (PostgreSQL gives the code row and this row
 * the same transaction id). Moved from here into `survey_responses` in shuffled batches of at least
 * `INBOX_BATCH` answers per wave (and all of them at the end of fieldwork), after which this table is
 * truncated (a new relation file), so no final answer row is ever written by a redeeming transaction.
 * No code, no time: the same columns as a response.
 */
export const surveyResponseInbox = pgTable(
  'survey_response_inbox',
  {
    /** Stable while the answer waits here (results and exports read it); a fresh one when moved. */
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    mode: text('mode').$type<'online' | 'papier'>().notNull(),
    submittedOn: date('submitted_on').notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    values: jsonb('values').notNull(),
  },
  (t) => [index('survey_response_inbox_wave_idx').on(t.waveId)],
);

/**
 * What remains of the access codes once fieldwork has ended: how many were issued and used, by
 * district (the response rate of the monitoring). The per-code rows are deleted at the end of fieldwork.
 */
export const surveyCodeCounts = pgTable(
  'survey_code_counts',
  {
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    district: text('district'),
    /** The letter batch (sample run) the codes belonged to, so monitoring shows batches after close. */
    sampleRunId: integer('sample_run_id'),
    issued: integer('issued').notNull(),
    used: integer('used').notNull(),
  },
  (t) => [index('survey_code_counts_wave_idx').on(t.waveId)],
);

/** A record of each sample draw, without personal data: seed, sizes, allocation. */
export const surveySampleRuns = pgTable('survey_sample_runs', {
  id: serial('id').primaryKey(),
  waveId: integer('wave_id')
    .notNull()
    .references(() => surveyWaves.id, { onDelete: 'cascade' }),
  seed: integer('seed').notNull(),
  registerRows: integer('register_rows').notNull(),
  eligibleRows: integer('eligible_rows').notNull(),
  sampleSize: integer('sample_size').notNull(),
  allocation: jsonb('allocation').notNull(),
  /**
   * Base name of the batch's letter PDFs in the data directory (letters/), kept until fieldwork starts
   * (core surveys/letters); null once deleted. The files hold addresses, the database never does.
   */
  lettersFile: text('letters_file'),
  lettersDeletedAt: timestamp('letters_deleted_at', { withTimezone: true }),
  /** When staff declared the batch's letters lost: its unused codes were deleted then. */
  voidedAt: timestamp('voided_at', { withTimezone: true }),
  codesVoided: integer('codes_voided').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
