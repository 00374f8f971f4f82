import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type BackupDocument, dumpDatabase, restoreDatabase } from '@asskomm/db';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../context';
import { SYSTEM_ACTOR } from '../context';
import { AppError } from '../errors';

/** Writes all data to FILE (gzip-compressed JSON). Works the same on PGlite and PostgreSQL. */
export async function backupToFile(
  ctx: CoreContext,
  file: string,
): Promise<{ tables: number; rows: number; bytes: number }> {
  const doc = await dumpDatabase(ctx.db);
  const bytes = gzipSync(JSON.stringify(doc));
  writeFileSync(file, bytes);
  const rows = Object.values(doc.tables).reduce((n, t) => n + t.length, 0);
  return { tables: Object.keys(doc.tables).length, rows, bytes: bytes.length };
}

/** Replaces all data with the backup in FILE, in one transaction (all or nothing). */
export async function restoreFromFile(
  ctx: CoreContext,
  file: string,
): Promise<{ tables: number; rows: number }> {
  let doc: BackupDocument;
  try {
    const raw = readFileSync(file);
    const text = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    doc = JSON.parse(text);
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Die Sicherung ${file} ist nicht lesbar: ${(error as Error).message}`,
    });
  }
  try {
    const result = await restoreDatabase(ctx.db, doc);
    await recordAudit(ctx.db, SYSTEM_ACTOR, {
      action: 'restore',
      entity: 'database',
      detail: { file, rows: result.rows },
    });
    return result;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Wiederherstellung abgebrochen, nichts wurde geändert: ${(error as Error).message}`,
    });
  }
}
