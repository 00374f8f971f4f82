import type { TFundingApplicationCreate, TFundingPlan } from '@asskomm/contracts';
import { fundingApplications } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { loadProject } from '../projects/project-row';
import { type ApplicationRow, loadApplication } from './application-row';
import { assertStatus } from './funding-errors';
import { planSums } from './rules/plan-sums';

function planColumns(plan: TFundingPlan) {
  const sums = planSums(plan.items, plan.financing);
  return {
    costItems: plan.items,
    financing: plan.financing,
    totalCostCent: sums.totalCostCent,
    requestedCent: plan.financing.requestedCent,
  };
}

/** A draft application for a project and funding year; the rules are checked when it is submitted. */
export async function createApplication(
  ctx: CoreContext,
  actor: Actor,
  input: TFundingApplicationCreate,
  options: { isDemo?: boolean } = {},
): Promise<ApplicationRow> {
  const project = await loadProject(ctx, input.projectId);
  assertCan(actor, 'funding:write', project.ags);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(fundingApplications)
      .values({
        projectId: project.id,
        ags: project.ags,
        fundingYear: input.fundingYear,
        ...planColumns(input.plan),
        isDemo: options.isDemo ?? false,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'funding-application',
      entityId: row!.id,
      ags: project.ags,
      detail: {
        projectId: project.id,
        fundingYear: input.fundingYear,
        requestedCent: input.plan.financing.requestedCent,
      },
    });
    return row!;
  });
}

/** Replaces the cost and financing plan of a draft. */
export async function updateApplicationPlan(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  plan: TFundingPlan,
): Promise<ApplicationRow> {
  return ctx.db.transaction(async (tx) => {
    const before = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:write', before.ags);
    assertStatus(before.status, ['entwurf'], 'Plan ändern');
    const [row] = await tx
      .update(fundingApplications)
      .set({ ...planColumns(plan), updatedAt: new Date() })
      .where(eq(fundingApplications.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'funding-application',
      entityId: id,
      ags: before.ags,
      detail: { requestedCent: { from: before.requestedCent, to: plan.financing.requestedCent } },
    });
    return row!;
  });
}
