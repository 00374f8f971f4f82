import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { municipalities } from './municipalities';
import { coachingEngagements, type Milestone } from './network';

// Prevention projects along the seven Beccaria steps (issue 13). Texts of the steps, target groups,
// partners, materials and milestones are kept as JSON: they are always read and written with the project.

export interface ProjectMaterial {
  title: string;
  kind: string;
  quantity: number | null;
}

export interface ProjectEvaluation {
  waveBefore: number | null;
  waveAfter: number | null;
  items: string[];
}

export const preventionProjects = pgTable(
  'prevention_projects',
  {
    id: serial('id').primaryKey(),
    ags: text('ags')
      .notNull()
      .references(() => municipalities.ags),
    title: text('title').notNull(),
    status: text('status').notNull().default('planung'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    /** Step key (contracts BECCARIA_STEPS) → text. */
    steps: jsonb('steps').$type<Record<string, string>>().notNull(),
    targetGroups: jsonb('target_groups').$type<string[]>().notNull().default([]),
    partners: jsonb('partners').$type<string[]>().notNull().default([]),
    materials: jsonb('materials').$type<ProjectMaterial[]>().notNull().default([]),
    milestones: jsonb('milestones').$type<Milestone[]>().notNull().default([]),
    coachingId: integer('coaching_id').references(() => coachingEngagements.id, { onDelete: 'set null' }),
    evaluation: jsonb('evaluation')
      .$type<ProjectEvaluation>()
      .notNull()
      .default({ waveBefore: null, waveAfter: null, items: [] }),
    /** Synthetic demo data (shown as such), e.g. the Großenhain example. */
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('prevention_projects_ags_idx').on(t.ags)],
);
