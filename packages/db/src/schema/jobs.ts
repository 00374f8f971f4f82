import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';

/**
 * Background jobs (issue 11): report batches and survey letter batches. A job is split into items
 * (one report each, then one final step that packs the result); any worker process claims one item at
 * a time with `FOR UPDATE SKIP LOCKED` and holds it by a lease that it renews while it works. An item
 * whose worker died is claimed again once its lease has run out; its result counts only when the
 * worker still holds the lease (the token), so no item is done twice. Left out of backups: the
 * result files live in the data directory, not in the database.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: serial('id').primaryKey(),
    /** 'report_batch' | 'letter_batch' */
    kind: text('kind').notNull(),
    /** 'wartend' | 'laeuft' | 'fertig' | 'fehlgeschlagen' */
    status: text('status').notNull().default('wartend'),
    /** The job's input without anything personal (formats, AGS list, wave id, seed, …). */
    params: jsonb('params').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The municipality a job belongs to (letter batches), for who may see it; null for report batches. */
    ags: text('ags'),
    /** Work steps in all, and done. */
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    /** File name of the result under `<data>/jobs/`, and the name offered for download. */
    resultFile: text('result_file'),
    resultName: text('result_name'),
    /** What a finished job made besides a file, e.g. `{ sampleRunId, codesCreated }` of a letter batch. */
    outcome: jsonb('outcome'),
    /** German message for users when the job failed. */
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_created_idx').on(t.createdAt)],
);

export const jobItems = pgTable(
  'job_items',
  {
    id: serial('id').primaryKey(),
    jobId: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    /** 'report' | 'pack' | 'letters' */
    kind: text('kind').notNull(),
    /** What the item makes, e.g. `{ ags, format }` for a report. */
    params: jsonb('params').notNull(),
    /** 'warten' (pack step before the last report), 'offen', 'fertig', 'fehlgeschlagen' */
    status: text('status').notNull().default('offen'),
    /** Claims so far; a claim after a crash or an error counts too. */
    attempts: integer('attempts').notNull().default(0),
    /** Not to be claimed before (backoff after an error). */
    runAfter: timestamp('run_after', { withTimezone: true }).notNull().defaultNow(),
    leaseToken: text('lease_token'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** The worker that made the result (host and process id), for operators. */
    doneBy: text('done_by'),
    /** Result file of this item (relative to the job's directory). */
    output: text('output'),
    lastError: text('last_error'),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('job_items_job_seq_idx').on(t.jobId, t.seq),
    index('job_items_claim_idx').on(t.runAfter).where(sql`status = 'offen'`),
  ],
);
