import { auditLog, type Db } from '@asskomm/db';
import type { Actor } from '../context';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  ags?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Writes one audit-log row. Pass the transaction of the change itself, so the log and the change land
 * together or not at all. Never put secrets (passwords, access codes) into `detail`.
 */
export async function recordAudit(db: Db, actor: Actor | string, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    userId: typeof actor === 'string' ? null : actor.id,
    actor: typeof actor === 'string' ? actor : actor.email,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    ags: entry.ags ?? null,
    detail: entry.detail ?? null,
  });
}
