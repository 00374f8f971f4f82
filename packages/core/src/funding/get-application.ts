import type { FundingApplicationSummary, FundingApplicationView, TCostItem } from '@asskomm/contracts';
import {
  consultations,
  fundingApplications,
  fundingCalls,
  municipalities,
  preventionProjects,
} from '@asskomm/db';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { assertCan, can } from '../auth/authorize';
import { type Actor, type CoreContext, now } from '../context';
import { readableAgs } from '../projects/readable-scope';
import { berlinDate } from '../surveys/waves/berlin-date';
import { type ApplicationRow, loadApplication } from './application-row';
import { listReceipts } from './proof-of-use';
import { applicationWindow, checkApplicationWindow } from './rules/application-window';
import { checkBalancedPlan } from './rules/balanced-plan';
import { checkGrantShare, maxGrantCent } from './rules/grant-share';
import { interimReportDueOn, isInterimReportOverdue } from './rules/interim-report-due';
import { checkNoInvestiveItems } from './rules/no-investive-items';
import { checkOwnShare } from './rules/own-share';
import { planSums } from './rules/plan-sums';
import { checkPriorConsultation } from './rules/prior-consultation';
import type { FundingViolation } from './rules/violation';

export async function listApplications(
  ctx: CoreContext,
  actor: Actor,
  query: { ags?: string; year?: number; status?: string } = {},
): Promise<FundingApplicationSummary[]> {
  const scope = readableAgs(actor, 'funding:read', query.ags);
  if (scope !== 'all' && scope.length === 0) return [];
  const conditions: SQL[] = [];
  if (scope !== 'all') conditions.push(inArray(fundingApplications.ags, scope));
  if (query.year) conditions.push(eq(fundingApplications.fundingYear, query.year));
  if (query.status) conditions.push(eq(fundingApplications.status, query.status));
  const rows = await ctx.db
    .select({
      a: fundingApplications,
      projectTitle: preventionProjects.title,
      municipalityName: municipalities.name,
    })
    .from(fundingApplications)
    .innerJoin(preventionProjects, eq(preventionProjects.id, fundingApplications.projectId))
    .innerJoin(municipalities, eq(municipalities.ags, fundingApplications.ags))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(fundingApplications.fundingYear), asc(municipalities.name), asc(fundingApplications.id));
  return rows.map(({ a, projectTitle, municipalityName }) => ({
    id: a.id,
    projectId: a.projectId,
    projectTitle,
    ags: a.ags,
    municipalityName,
    fundingYear: a.fundingYear,
    status: a.status,
    requestedCent: a.requestedCent,
    approvedCent: a.approvedCent,
    submittedOn: a.submittedOn,
    isDemo: a.isDemo,
  }));
}

/** Rule hints for a draft: what submitting today would refuse (the plan rules, window and consultation). */
export function draftHints(
  app: ApplicationRow,
  today: string,
  consultationDays: { heldOn: string }[],
): FundingViolation[] {
  return [
    checkApplicationWindow(today, app.fundingYear),
    checkPriorConsultation(today, consultationDays),
    checkNoInvestiveItems(app.costItems),
    checkBalancedPlan(app.costItems, app.financing),
    checkGrantShare(app.costItems, app.financing),
    checkOwnShare(app.costItems, app.financing),
  ].filter((v): v is FundingViolation => v !== null);
}

export async function getApplication(
  ctx: CoreContext,
  actor: Actor,
  id: number,
): Promise<FundingApplicationView> {
  const app = await loadApplication(ctx.db, id);
  assertCan(actor, 'funding:read', app.ags);
  const [[context], calls, receipts, held] = await Promise.all([
    ctx.db
      .select({ projectTitle: preventionProjects.title, municipalityName: municipalities.name })
      .from(preventionProjects)
      .innerJoin(municipalities, eq(municipalities.ags, preventionProjects.ags))
      .where(eq(preventionProjects.id, app.projectId)),
    ctx.db
      .select({ id: fundingCalls.id, calledOn: fundingCalls.calledOn, amountCent: fundingCalls.amountCent })
      .from(fundingCalls)
      .where(eq(fundingCalls.applicationId, id))
      .orderBy(asc(fundingCalls.id)),
    listReceipts(ctx, id),
    ctx.db
      .select({ id: consultations.id, heldOn: consultations.heldOn, topic: consultations.topic })
      .from(consultations)
      .where(eq(consultations.ags, app.ags)),
  ]);
  const today = berlinDate(now(ctx));
  // Payees can be private persons (fees): only those who keep the books see them.
  const seesPayees = can(actor, 'funding:write', app.ags) || can(actor, 'funding:decide', app.ags);
  const sums = planSums(app.costItems, app.financing);
  const consultation = held.find((c) => c.id === app.consultationId) ?? null;
  return {
    id: app.id,
    projectId: app.projectId,
    projectTitle: context?.projectTitle ?? '',
    ags: app.ags,
    municipalityName: context?.municipalityName ?? app.ags,
    fundingYear: app.fundingYear,
    status: app.status,
    isDemo: app.isDemo,
    plan: { items: app.costItems as TCostItem[], financing: app.financing },
    sums: { ...sums, maxGrantCent: maxGrantCent(sums.eligibleCostCent) },
    window: applicationWindow(app.fundingYear),
    hints: app.status === 'entwurf' ? draftHints(app, today, held) : [],
    submittedOn: app.submittedOn,
    consultation: consultation
      ? { id: consultation.id, heldOn: consultation.heldOn, topic: consultation.topic }
      : null,
    reviewStartedOn: app.reviewStartedOn,
    decision: {
      approvedCent: app.approvedCent,
      decidedOn: app.decidedOn,
      conditions: app.conditions,
      rejectionReason: app.rejectionReason,
    },
    calls,
    calledCent: calls.reduce((s, c) => s + c.amountCent, 0),
    interimReport: {
      dueOn: interimReportDueOn(app.fundingYear),
      filedOn: app.interimReportOn,
      text: app.interimReport,
      overdue:
        app.approvedCent != null && isInterimReportOverdue(app.fundingYear, today, app.interimReportOn),
    },
    proof: {
      report: app.proofReport,
      ownShareSpentCent: app.ownShareSpentCent,
      submittedOn: app.proofSubmittedOn,
      spentCent: app.spentCent,
      receiptsCent: receipts.reduce((s, r) => s + r.amountCent, 0),
      receipts: receipts.map((r) => ({
        id: r.id,
        paidOn: r.paidOn,
        payee: seesPayees ? r.payee : null,
        purpose: r.purpose,
        amountCent: r.amountCent,
        document: r.document ? { name: r.document.name, type: r.document.type, size: r.document.size } : null,
      })),
    },
    repayment: { repaymentCent: app.repaymentCent, repaidOn: app.repaidOn },
    closedOn: app.closedOn,
  };
}
