import { consultations } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { assertCan } from '../auth/authorize';
import { type Actor, type CoreContext, now } from '../context';
import { berlinDate } from '../surveys/waves/berlin-date';
import { type ApplicationRow, loadApplication } from './application-row';
import { writeStatus } from './change-status';
import { assertNoViolations, assertStatus } from './funding-errors';
import { checkApplicationWindow } from './rules/application-window';
import { checkBalancedPlan } from './rules/balanced-plan';
import { checkGrantShare } from './rules/grant-share';
import { checkNoInvestiveItems } from './rules/no-investive-items';
import { checkOwnShare } from './rules/own-share';
import { checkPriorConsultation, priorConsultation } from './rules/prior-consultation';

/**
 * Submits a draft: the submission day (Europe/Berlin, from the context's clock) must lie in the window,
 * an LPR consultation must precede it, and the plan must keep every RL KommPräv rule. All broken rules
 * are reported together; nothing changes then.
 */
export async function submitApplication(ctx: CoreContext, actor: Actor, id: number): Promise<ApplicationRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:write', app.ags);
    assertStatus(app.status, ['entwurf'], 'Antrag einreichen');
    const submittedOn = berlinDate(now(ctx));
    const held = await tx
      .select({ id: consultations.id, heldOn: consultations.heldOn })
      .from(consultations)
      .where(eq(consultations.ags, app.ags));
    assertNoViolations([
      checkApplicationWindow(submittedOn, app.fundingYear),
      checkPriorConsultation(submittedOn, held),
      checkNoInvestiveItems(app.costItems),
      checkBalancedPlan(app.costItems, app.financing),
      checkGrantShare(app.costItems, app.financing),
      checkOwnShare(app.costItems, app.financing),
    ]);
    return writeStatus(tx, actor, app, {
      status: 'eingereicht',
      submittedOn,
      consultationId: priorConsultation(submittedOn, held)!.id,
    });
  });
}

/** The municipality withdraws its application (until the decision). */
export async function withdrawApplication(
  ctx: CoreContext,
  actor: Actor,
  id: number,
): Promise<ApplicationRow> {
  return ctx.db.transaction(async (tx) => {
    const app = await loadApplication(tx, id, true);
    assertCan(actor, 'funding:write', app.ags);
    assertStatus(app.status, ['entwurf', 'eingereicht', 'in_pruefung'], 'Antrag zurückziehen');
    return writeStatus(tx, actor, app, { status: 'zurueckgezogen' });
  });
}
