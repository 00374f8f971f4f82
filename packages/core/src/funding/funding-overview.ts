import type { FundingYearOverview } from '@asskomm/contracts';
import { fundingApplications, fundingBudgets, fundingCalls } from '@asskomm/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';

/** Statuses in which a grant stands approved (the decision was positive and not taken back). */
export const APPROVED_STATUSES = [
  'bewilligt',
  'nachweis_eingereicht',
  'rueckforderung',
  'abgeschlossen',
] as const;
/** Statuses in which an application counts as filed (requested money). */
const FILED_STATUSES = ['eingereicht', 'in_pruefung', 'abgelehnt', ...APPROVED_STATUSES] as const;

/** A sum from SQL (bigint, sent as text by both drivers) as an exact cent number. */
function cents(value: string | number | null): number {
  const big = BigInt(value ?? 0);
  if (big > BigInt(Number.MAX_SAFE_INTEGER))
    throw new AppError('INTERNAL', { internal: 'cent sum beyond 2^53' });
  return Number(big);
}

/**
 * Approved grants summed per funding year, for the public figures (kennzahlen
 * `foerdermittel_bewilligt_cent`). No actor: the sums are public, the applications are not. Demo rows
 * (synthetic, and the Großenhain example) count only with `includeDemo`, so public figures stay real.
 */
export async function approvedFundingCentByYear(
  ctx: Pick<CoreContext, 'db'>,
  options: { includeDemo?: boolean } = {},
): Promise<{ year: number; approvedCent: number }[]> {
  const rows = await ctx.db
    .select({
      year: fundingApplications.fundingYear,
      approved: sql<string>`coalesce(sum(${fundingApplications.approvedCent}), 0)::text`,
    })
    .from(fundingApplications)
    .where(
      and(
        inArray(fundingApplications.status, [...APPROVED_STATUSES]),
        options.includeDemo ? undefined : eq(fundingApplications.isDemo, false),
      ),
    )
    .groupBy(fundingApplications.fundingYear)
    .orderBy(fundingApplications.fundingYear);
  return rows.map((r) => ({ year: r.year, approvedCent: cents(r.approved) }));
}

/** Budgets, requests, approvals, payments and repayments per funding year (the LPR's overview). */
export async function fundingOverview(ctx: CoreContext, actor: Actor): Promise<FundingYearOverview[]> {
  assertCan(actor, 'funding:decide', null);
  const filed = sql`${fundingApplications.status} in (${sql.join(
    FILED_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )})`;
  const approved = sql`${fundingApplications.status} in (${sql.join(
    APPROVED_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )})`;
  const [byYear, calls, budgets] = await Promise.all([
    ctx.db
      .select({
        year: fundingApplications.fundingYear,
        applications: sql<number>`count(*) filter (where ${filed})::int`,
        requested: sql<string>`coalesce(sum(${fundingApplications.requestedCent}) filter (where ${filed}), 0)::text`,
        approvals: sql<number>`count(*) filter (where ${approved})::int`,
        approved: sql<string>`coalesce(sum(${fundingApplications.approvedCent}) filter (where ${approved}), 0)::text`,
        repayment: sql<string>`coalesce(sum(${fundingApplications.repaymentCent}), 0)::text`,
      })
      .from(fundingApplications)
      .groupBy(fundingApplications.fundingYear),
    ctx.db
      .select({
        year: fundingApplications.fundingYear,
        called: sql<string>`coalesce(sum(${fundingCalls.amountCent}), 0)::text`,
      })
      .from(fundingCalls)
      .innerJoin(fundingApplications, eq(fundingApplications.id, fundingCalls.applicationId))
      .groupBy(fundingApplications.fundingYear),
    ctx.db.select().from(fundingBudgets),
  ]);
  const years = new Set([...byYear.map((r) => r.year), ...budgets.map((b) => b.year)]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const r = byYear.find((x) => x.year === year);
      const budget = budgets.find((b) => b.year === year)?.budgetCent ?? null;
      const approvedCent = cents(r?.approved ?? 0);
      return {
        year,
        budgetCent: budget,
        applications: r?.applications ?? 0,
        requestedCent: cents(r?.requested ?? 0),
        approvedCent,
        approvals: r?.approvals ?? 0,
        calledCent: cents(calls.find((c) => c.year === year)?.called ?? 0),
        repaymentCent: cents(r?.repayment ?? 0),
        remainingCent: budget === null ? null : budget - approvedCent,
      };
    });
}

/** Sets the funds available for a funding year. */
export async function setFundingBudget(
  ctx: CoreContext,
  actor: Actor,
  year: number,
  budgetCent: number,
): Promise<void> {
  assertCan(actor, 'funding:decide', null);
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(fundingBudgets)
      .values({ year, budgetCent })
      .onConflictDoUpdate({ target: fundingBudgets.year, set: { budgetCent, updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: 'budget',
      entity: 'funding-budget',
      entityId: year,
      detail: { budgetCent },
    });
  });
}
