import {
  COUNCIL_MEMBER_ROLES,
  type CouncilMemberRole,
  PRACTICE_SETTINGS,
  type PracticeSetting,
} from '@asskomm/contracts/domain';
import {
  boolean,
  date,
  doublePrecision,
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

// The council roles and practice settings are part of the API contract (zod-free module of contracts).
export { COUNCIL_MEMBER_ROLES, type CouncilMemberRole, PRACTICE_SETTINGS, type PracticeSetting };

// The alliance network: consultations, cooperation agreements, coaching, prevention councils (KPR) and
// remarks (Hinweise) from citizens and experts. Membership status and dates stay on `municipalities`.

export interface FollowUp {
  text: string;
  dueOn: string | null;
  done: boolean;
}

/** An LPR consultation of a municipality (Beratung): the first step towards membership. */
export const consultations = pgTable(
  'consultations',
  {
    id: serial('id').primaryKey(),
    ags: text('ags')
      .notNull()
      .references(() => municipalities.ags),
    heldOn: date('held_on').notNull(),
    advisor: text('advisor').notNull(),
    topic: text('topic').notNull(),
    notes: text('notes').notNull().default(''),
    followUps: jsonb('follow_ups').$type<FollowUp[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultations_ags_idx').on(t.ags, t.heldOn)],
);

/** A stored upload (agreement document, remark photo): the bytes live in a file, the row says where. */
export interface StoredFile {
  /** Path relative to the platform's file directory. */
  path: string;
  name: string;
  type: string;
  size: number;
}

/** The cooperation agreement (Kooperationsvereinbarung): municipality, Polizeidirektion and LPR. */
export const cooperationAgreements = pgTable(
  'cooperation_agreements',
  {
    id: serial('id').primaryKey(),
    ags: text('ags')
      .notNull()
      .references(() => municipalities.ags),
    signedOn: date('signed_on').notNull(),
    parties: jsonb('parties').$type<string[]>().notNull(),
    goals: text('goals').notNull().default(''),
    document: jsonb('document').$type<StoredFile | null>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agreements_ags_idx').on(t.ags)],
);

export interface Milestone {
  title: string;
  dueOn: string | null;
  doneOn: string | null;
}

/** A coaching engagement: an ASSKomm coach accompanies a municipality in a year on a topic or project. */
export const coachingEngagements = pgTable(
  'coaching_engagements',
  {
    id: serial('id').primaryKey(),
    ags: text('ags')
      .notNull()
      .references(() => municipalities.ags),
    coachUserId: integer('coach_user_id').references(() => users.id, { onDelete: 'set null' }),
    coachName: text('coach_name').notNull(),
    year: integer('year').notNull(),
    topic: text('topic').notNull(),
    hours: doublePrecision('hours').notNull().default(0),
    milestones: jsonb('milestones').$type<Milestone[]>().notNull().default([]),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coaching_ags_idx').on(t.ags, t.year)],
);

/** A municipal prevention council (Kriminalpräventiver Rat, KPR); one per municipality. */
export const preventionCouncils = pgTable('prevention_councils', {
  id: serial('id').primaryKey(),
  ags: text('ags')
    .notNull()
    .unique()
    .references(() => municipalities.ags),
  name: text('name').notNull(),
  foundedOn: date('founded_on'),
  reactivatedOn: date('reactivated_on'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Council members: personal data, visible only to the council's municipality and the LPR. */
export const councilMembers = pgTable(
  'council_members',
  {
    id: serial('id').primaryKey(),
    councilId: integer('council_id')
      .notNull()
      .references(() => preventionCouncils.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    organisation: text('organisation').notNull().default(''),
    role: text('role').$type<CouncilMemberRole>().notNull(),
    email: text('email'),
    phone: text('phone'),
  },
  (t) => [index('council_members_council_idx').on(t.councilId)],
);

export interface MeetingTask {
  text: string;
  owner: string;
  dueOn: string | null;
  done: boolean;
}

export const councilMeetings = pgTable(
  'council_meetings',
  {
    id: serial('id').primaryKey(),
    councilId: integer('council_id')
      .notNull()
      .references(() => preventionCouncils.id, { onDelete: 'cascade' }),
    heldOn: date('held_on').notNull(),
    agenda: text('agenda').notNull().default(''),
    minutes: text('minutes').notNull().default(''),
    decisions: jsonb('decisions').$type<string[]>().notNull().default([]),
    tasks: jsonb('tasks').$type<MeetingTask[]>().notNull().default([]),
  },
  (t) => [index('council_meetings_council_idx').on(t.councilId, t.heldOn)],
);

/**
 * Remarks (Hinweise) from citizens and experts, routed to the responsible body. The public id is what
 * Open311 calls service_request_id; `token` answers a POST before staff have looked at the remark.
 * Reporter fields are personal data: never in public lists or the Open311 GET responses.
 */
export const remarks = pgTable(
  'remarks',
  {
    id: serial('id').primaryKey(),
    publicId: text('public_id').notNull().unique(),
    token: text('token').notNull().unique(),
    ags: text('ags')
      .notNull()
      .references(() => municipalities.ags),
    category: text('category').notNull(),
    description: text('description').notNull(),
    lat: doublePrecision('lat'),
    long: doublePrecision('long'),
    addressString: text('address_string'),
    reporterKind: text('reporter_kind').$type<'buerger' | 'experte'>().notNull().default('buerger'),
    reporterEmail: text('reporter_email'),
    reporterFirstName: text('reporter_first_name'),
    reporterLastName: text('reporter_last_name'),
    reporterPhone: text('reporter_phone'),
    agencyResponsible: text('agency_responsible').notNull(),
    status: text('status')
      .$type<'eingegangen' | 'in_bearbeitung' | 'erledigt' | 'abgelehnt'>()
      .notNull()
      .default('eingegangen'),
    statusNote: text('status_note'),
    /** External media URL given through Open311 (media_url); shown only after staff approval. */
    mediaUrl: text('media_url'),
    photo: jsonb('photo').$type<StoredFile | null>(),
    /** Staff looked at the remark: its text appears in public lists (its photo only with mediaApproved). */
    published: boolean('published').notNull().default(false),
    mediaApproved: boolean('media_approved').notNull().default(false),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('remarks_ags_idx').on(t.ags, t.requestedAt), index('remarks_status_idx').on(t.status)],
);

/** Which body handles a category in a municipality; without a row the platform's default applies. */
export const remarkRoutes = pgTable(
  'remark_routes',
  {
    id: serial('id').primaryKey(),
    ags: text('ags')
      .notNull()
      .references(() => municipalities.ags),
    category: text('category').notNull(),
    body: text('body').notNull(),
    email: text('email'),
  },
  (t) => [uniqueIndex('remark_routes_key').on(t.ags, t.category)],
);

// Knowledge exchange: good practice, documents, network events.

/**
 * A project a municipality shares as good practice. evidenceLevel follows the Grüne Liste Prävention:
 * 1 „Effektivität theoretisch gut begründet“, 2 „wahrscheinlich“, 3 „nachgewiesen“; null = not rated.
 */
export const goodPractices = pgTable(
  'good_practices',
  {
    id: serial('id').primaryKey(),
    ags: text('ags')
      .notNull()
      .references(() => municipalities.ags),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    topic: text('topic').notNull(),
    targetGroup: text('target_group').notNull(),
    setting: text('setting').$type<PracticeSetting>().notNull(),
    evidenceLevel: integer('evidence_level'),
    /** A public contact for the project (an office, not a person's private data). */
    contact: text('contact').notNull().default(''),
    shared: boolean('shared').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('good_practices_shared_idx').on(t.shared)],
);

/** The alliance's document library (guides, templates, minutes); public or for signed-in partners. */
export const networkDocuments = pgTable('network_documents', {
  id: serial('id').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  category: text('category').notNull(),
  visibility: text('visibility').$type<'public' | 'members'>().notNull().default('members'),
  file: jsonb('file').$type<StoredFile>().notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const networkEvents = pgTable('network_events', {
  id: serial('id').primaryKey(),
  title: text('title').notNull(),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  place: text('place').notNull(),
  description: text('description').notNull().default(''),
  capacity: integer('capacity').notNull(),
  registrationUntil: date('registration_until'),
});

/** Registrations of signed-in partners; beyond the capacity they go on the waiting list, in order. */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => networkEvents.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').$type<'angemeldet' | 'warteliste'>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('event_registrations_key').on(t.eventId, t.userId)],
);
