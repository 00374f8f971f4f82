import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { municipalities } from './municipalities';
import { consultations, type StoredFile } from './network';
import { preventionProjects } from './projects';

// Funding under the RL KommPräv (issue 13). Every amount is integer cents in a bigint column (read as a
// JavaScript number: amounts stay far below 2^53 cents, and the code checks it).

const cent = (name: string) => bigint(name, { mode: 'number' });

export interface CostItemRow {
  category: string;
  description: string;
  amountCent: number;
}

export interface FinancingRow {
  ownCashCent: number;
  ownInKindCent: number;
  thirdPartyCent: number;
  requestedCent: number;
}

export const fundingApplications = pgTable(
  'funding_applications',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => preventionProjects.id),
    ags: text('ags')
      .notNull()
      .references(() => municipalities.ags),
    fundingYear: integer('funding_year').notNull(),
    status: text('status').notNull().default('entwurf'),
    costItems: jsonb('cost_items').$type<CostItemRow[]>().notNull().default([]),
    financing: jsonb('financing').$type<FinancingRow>().notNull(),
    /** Totals of the plan, kept beside the JSON so sums per year run in SQL. */
    totalCostCent: cent('total_cost_cent').notNull().default(0),
    requestedCent: cent('requested_cent').notNull().default(0),
    submittedOn: date('submitted_on'),
    /** The LPR consultation the submission relied on (the precondition). */
    consultationId: integer('consultation_id').references(() => consultations.id),
    reviewStartedOn: date('review_started_on'),
    approvedCent: cent('approved_cent'),
    decidedOn: date('decided_on'),
    conditions: text('conditions').notNull().default(''),
    rejectionReason: text('rejection_reason').notNull().default(''),
    interimReport: text('interim_report'),
    interimReportOn: date('interim_report_on'),
    proofReport: text('proof_report').notNull().default(''),
    ownShareSpentCent: cent('own_share_spent_cent').notNull().default(0),
    proofSubmittedOn: date('proof_submitted_on'),
    spentCent: cent('spent_cent'),
    repaymentCent: cent('repayment_cent'),
    repaidOn: date('repaid_on'),
    closedOn: date('closed_on'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('funding_applications_ags_idx').on(t.ags, t.fundingYear),
    index('funding_applications_year_idx').on(t.fundingYear, t.status),
  ],
);

/** A call for funds (Mittelabruf) on an approved grant. */
export const fundingCalls = pgTable(
  'funding_calls',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => fundingApplications.id),
    calledOn: date('called_on').notNull(),
    amountCent: cent('amount_cent').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('funding_calls_application_idx').on(t.applicationId)],
);

/** One receipt of the proof of use (Belegliste), paid from the grant, with its scanned document. */
export const fundingReceipts = pgTable(
  'funding_receipts',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => fundingApplications.id),
    paidOn: date('paid_on').notNull(),
    payee: text('payee').notNull(),
    purpose: text('purpose').notNull(),
    amountCent: cent('amount_cent').notNull(),
    document: jsonb('document').$type<StoredFile | null>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('funding_receipts_application_idx').on(t.applicationId)],
);

/** The funds available per funding year (Haushaltsmittel), set by the LPR. */
export const fundingBudgets = pgTable('funding_budgets', {
  year: integer('year').primaryKey(),
  budgetCent: cent('budget_cent').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
