/**
 * The demo's published Lagebericht: after the first start Musterstadt has version 1, recorded from its
 * seeded data (no files are rendered here; versions render on demand). Idempotent: runs once, when
 * Musterstadt has no version yet; Musterstadt's row is locked, so two instances starting at once seed once.
 */
import { municipalities, reportVersions } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { type CoreContext, SYSTEM_ACTOR } from '../../context.ts';
import { DEMO_AGS } from '../../platform/demo.ts';
import { gatherReportInput } from '../gather-report-input.ts';
import { insertReportVersion } from './publish-report-draft.ts';

const hasVersion = async (db: CoreContext['db']) =>
  (
    await db
      .select({ id: reportVersions.id })
      .from(reportVersions)
      .where(eq(reportVersions.ags, DEMO_AGS))
      .limit(1)
  ).length > 0;

export async function seedDemoReport(ctx: CoreContext): Promise<void> {
  if (await hasVersion(ctx.db)) return;
  const input = await gatherReportInput(ctx, SYSTEM_ACTOR, { ags: DEMO_AGS });
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as CoreContext['db'];
    await db
      .select({ ags: municipalities.ags })
      .from(municipalities)
      .where(eq(municipalities.ags, DEMO_AGS))
      .for('update');
    if (await hasVersion(db)) return;
    await insertReportVersion(db, SYSTEM_ACTOR, input, { findings: {}, recommendations: {} }, null);
  });
}
