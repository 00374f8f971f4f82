import { fundingApplications, fundingCalls } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/authorize';
import { type Actor, type CoreContext, now } from '../context';
import { berlinDate } from '../surveys/waves/berlin-date';
import { type ApplicationRow, loadApplication } from './application-row';
import { assertNoViolations, assertStatus } from './funding-errors';
import { checkCallWithinApproval } from './rules/call-within-approval';

export type FundingCallRow = typeof fundingCalls.$inferSelect;

/** A call for funds (Mittelabruf) on an approved grant; all calls together stay within the approval. */
export async function callFunds(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  amountCent: number,
): Promise<FundingCallRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:write', app.ags);
    assertStatus(app.status, ['bewilligt'], 'Mittel abrufen');
    const before = await tx
      .select({ amountCent: fundingCalls.amountCent })
      .from(fundingCalls)
      .where(eq(fundingCalls.applicationId, id));
    assertNoViolations([
      checkCallWithinApproval(
        amountCent,
        before.map((c) => c.amountCent),
        app.approvedCent ?? 0,
      ),
    ]);
    const [row] = await tx
      .insert(fundingCalls)
      .values({ applicationId: id, amountCent, calledOn: berlinDate(now(ctx)) })
      .returning();
    await recordAudit(tx, actor, {
      action: 'call-funds',
      entity: 'funding-application',
      entityId: id,
      ags: app.ags,
      detail: { amountCent },
    });
    return row!;
  });
}

/** The interim report (Zwischennachweis), due 30 April of the year after the funding year. */
export async function fileInterimReport(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  text: string,
): Promise<ApplicationRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:write', app.ags);
    assertStatus(app.status, ['bewilligt'], 'Zwischennachweis einreichen');
    const [row] = await tx
      .update(fundingApplications)
      .set({ interimReport: text, interimReportOn: berlinDate(now(ctx)), updatedAt: new Date() })
      .where(eq(fundingApplications.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'interim-report',
      entity: 'funding-application',
      entityId: id,
      ags: app.ags,
    });
    return row!;
  });
}
