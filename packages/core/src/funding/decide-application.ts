import type { TFundingDecision } from '@asskomm/contracts';
import { assertCan } from '../auth/authorize';
import { type Actor, type CoreContext, now } from '../context';
import { AppError } from '../errors';
import { berlinDate } from '../surveys/waves/berlin-date';
import { type ApplicationRow, loadApplication } from './application-row';
import { writeStatus } from './change-status';
import { assertNoViolations, assertStatus } from './funding-errors';
import { checkApprovalWithinRequest } from './rules/approval-within-request';

/** The LPR starts the review of a submitted application. */
export async function startReview(ctx: CoreContext, actor: Actor, id: number): Promise<ApplicationRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:decide', app.ags);
    assertStatus(app.status, ['eingereicht'], 'Prüfung beginnen');
    return writeStatus(tx, actor, app, { status: 'in_pruefung', reviewStartedOn: berlinDate(now(ctx)) });
  });
}

/** The decision (Bewilligungsbescheid or Ablehnung) on an application under review. */
export async function decideApplication(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  decision: TFundingDecision,
): Promise<ApplicationRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:decide', app.ags);
    assertStatus(app.status, ['in_pruefung'], 'Entscheiden');
    if (app.submittedOn && decision.decidedOn < app.submittedOn)
      throw new AppError('VALIDATION_FAILED', {
        fields: {
          decidedOn: `Der Bescheid (${decision.decidedOn}) kann nicht vor dem Antrag (${app.submittedOn}) liegen.`,
        },
      });
    if (decision.outcome === 'abgelehnt')
      return writeStatus(tx, actor, app, {
        status: 'abgelehnt',
        decidedOn: decision.decidedOn,
        rejectionReason: decision.reason,
      });
    assertNoViolations([checkApprovalWithinRequest(decision.approvedCent, app.requestedCent)]);
    return writeStatus(
      tx,
      actor,
      app,
      {
        status: 'bewilligt',
        decidedOn: decision.decidedOn,
        approvedCent: decision.approvedCent,
        conditions: decision.conditions,
      },
      { approvedCent: decision.approvedCent },
    );
  });
}
