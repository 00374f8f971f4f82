import type { Db } from '@asskomm/db';
import { fundingApplications } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { Actor, CoreContext } from '../context';
import type { ApplicationRow } from './application-row';

/** Writes a status change with its fields and the audit row, inside the caller's transaction. */
export async function writeStatus(
  tx: Db,
  actor: Actor,
  before: ApplicationRow,
  set: Partial<typeof fundingApplications.$inferInsert> & { status: string },
  detail: Record<string, unknown> = {},
): Promise<ApplicationRow> {
  const [row] = await tx
    .update(fundingApplications)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(fundingApplications.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'status',
    entity: 'funding-application',
    entityId: before.id,
    ags: before.ags,
    detail: { from: before.status, to: set.status, ...detail },
  });
  return row!;
}

export type { CoreContext };
