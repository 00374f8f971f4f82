import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { municipalities } from './municipalities';

// Training (Qualifizierung): cohorts of the Beccaria qualification "Fachkraft für Kriminalprävention" and of
// the degree course Präventionsmanagement, their modules, participants (personal data) and attendance.
// The course catalogue itself is fixed in contracts (TRAINING_COURSES).

/** A cohort (Durchgang) of a course; at most `capacity` participants, the rest wait in order. */
export const trainingCohorts = pgTable('training_cohorts', {
  id: serial('id').primaryKey(),
  /** Key of TRAINING_COURSES in contracts: 'beccaria' or 'praeventionsmanagement'. */
  course: text('course').notNull(),
  title: text('title').notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on'),
  place: text('place').notNull().default(''),
  capacity: integer('capacity').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The modules of a cohort, in order; completion means attending every one. */
export const trainingModules = pgTable(
  'training_modules',
  {
    id: serial('id').primaryKey(),
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => trainingCohorts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on'),
  },
  (t) => [uniqueIndex('training_modules_key').on(t.cohortId, t.position)],
);

export const PARTICIPANT_STATUSES = ['angemeldet', 'warteliste', 'zurueckgezogen'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/**
 * Participants: personal data, visible only to the LPR (admin) and the participant through a personal
 * access link, whose token is stored as a keyed hash only. The waiting list is ordered by `id`.
 */
export const trainingParticipants = pgTable(
  'training_participants',
  {
    id: serial('id').primaryKey(),
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => trainingCohorts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    organisation: text('organisation').notNull().default(''),
    /** The municipality the participant works for (for the figures per municipality), if any. */
    ags: text('ags').references(() => municipalities.ags),
    status: text('status').$type<ParticipantStatus>().notNull(),
    accessTokenHash: text('access_token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    index('training_participants_cohort_idx').on(t.cohortId, t.status),
    uniqueIndex('training_participants_email_key').on(t.cohortId, t.email),
  ],
);

/** One row per attended module. */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    participantId: integer('participant_id')
      .notNull()
      .references(() => trainingParticipants.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => trainingModules.id, { onDelete: 'cascade' }),
    recordedOn: date('recorded_on').notNull(),
  },
  (t) => [uniqueIndex('training_attendance_key').on(t.participantId, t.moduleId)],
);
