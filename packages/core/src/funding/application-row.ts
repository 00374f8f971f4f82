import type { Db } from '@asskomm/db';
import { fundingApplications } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../errors';

export type ApplicationRow = typeof fundingApplications.$inferSelect;

/** Loads an application; inside a transaction with `lock`, the row is locked for the status change. */
export async function loadApplication(db: Db, id: number, lock = false): Promise<ApplicationRow> {
  const query = db.select().from(fundingApplications).where(eq(fundingApplications.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND', { userMessage: `Kein Förderantrag mit der Nummer ${id}.` });
  return row;
}
