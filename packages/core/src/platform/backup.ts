import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type BackupDocument, type Db, dumpDatabase, restoreDatabase, settings } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../context';
import { SYSTEM_ACTOR } from '../context';
import { AppError } from '../errors';
import { logSafeError } from '../log-safe-error';
import { checkCodeSecret, SECRET_FINGERPRINT_KEY, secretFingerprint } from './code-secret';

/**
 * What a backup leaves out (issue 8): sessions (useless after a restore, and each holds a CSRF token) and
 * the generated secret of the access codes (`settings.secret`). The secret is carried by the operator as
 * ASSKOMM_SECRET, never inside a file that is copied around.
 */
// Jobs: their files live in the data directory, not in the backup; a restored job would point at nothing.
const SKIPPED_TABLES = ['sessions', 'rate_limits', 'jobs', 'job_items'] as const;
const SKIPPED_SETTINGS = ['secret'] as const;

export interface BackupResult {
  tables: number;
  rows: number;
  bytes: number;
  /** Whether the codes' secret comes from ASSKOMM_SECRET; if not, the operator must note it (README). */
  secretFromEnvironment: boolean;
}

/**
 * Writes all data to FILE (gzip-compressed JSON), readable by the owner only (mode 0600): it holds
 * password hashes and, during fieldwork, code hashes. Written to a temporary file first and renamed, so
 * an existing file is replaced whole and never readable by others for a moment.
 */
export async function backupToFile(ctx: CoreContext, file: string): Promise<BackupResult> {
  const doc = await dumpDatabase(ctx.db, {
    skipTables: SKIPPED_TABLES,
    skipRow: (table, row) =>
      table === 'settings' && (SKIPPED_SETTINGS as readonly string[]).includes(String(row.key)),
  });
  doc.omitted = [...SKIPPED_TABLES.map((t) => `table ${t}`), ...SKIPPED_SETTINGS.map((k) => `settings.${k}`)];
  doc.secretFingerprint = secretFingerprint(ctx.secret);
  const bytes = gzipSync(JSON.stringify(doc));
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Die Sicherung konnte nicht nach ${file} geschrieben werden: ${(error as Error).message}`,
    });
  }
  const rows = Object.values(doc.tables).reduce((n, t) => n + t.length, 0);
  return {
    tables: Object.keys(doc.tables).length,
    rows,
    bytes: bytes.length,
    secretFromEnvironment: ctx.config.ASSKOMM_SECRET !== undefined,
  };
}

export interface RestoreResult {
  tables: number;
  rows: number;
  /**
   * The state of the access codes after the restore: 'match' (same secret as the backup's), 'no-live-codes'
   * (another secret, but no wave in draft or fieldwork has codes), or the German message of the blocked
   * waves (see code-secret.ts).
   */
  codes: 'match' | 'no-live-codes' | { blocked: string };
}

/**
 * Replaces all data with the backup in FILE, in one transaction (all or nothing). Sessions end (everyone
 * signs in again). The secret of the access codes is not in the backup: this installation's own generated
 * secret is kept, ASSKOMM_SECRET takes precedence anyway; if the running secret is not the one the codes
 * were made with, their waves are blocked (see code-secret.ts) instead of every code silently failing.
 */
export async function restoreFromFile(ctx: CoreContext, file: string): Promise<RestoreResult> {
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
  const [ownSecret] = await ctx.db.select().from(settings).where(eq(settings.key, 'secret'));
  const backupSecret = (doc.tables?.settings ?? []).find((row) => row.key === 'secret')?.value;
  // The secret the platform runs with after the restore: ASSKOMM_SECRET, else the backup's own (a backup
  // of an older version still holds it), else this installation's generated one, which is kept.
  const secretAfter =
    ctx.config.ASSKOMM_SECRET ?? (typeof backupSecret === 'string' ? backupSecret : undefined) ?? ctx.secret;
  let problem: string | null = null;
  try {
    const result = await restoreDatabase(ctx.db, doc, {
      after: async (tx: Db) => {
        if (ownSecret && backupSecret === undefined) await tx.insert(settings).values(ownSecret);
        // A backup of an older version has no fingerprint row: its codes were made with its own secret.
        if (
          doc.secretFingerprint &&
          !(doc.tables.settings ?? []).some((r) => r.key === SECRET_FINGERPRINT_KEY)
        )
          await tx.insert(settings).values({ key: SECRET_FINGERPRINT_KEY, value: doc.secretFingerprint });
        problem = await checkCodeSecret(tx, secretAfter);
        await recordAudit(tx, SYSTEM_ACTOR, {
          action: 'restore',
          entity: 'database',
          detail: { file, rows: countRows(doc), codesBlocked: problem !== null },
        });
      },
    });
    ctx.codeSecretProblem = problem;
    const match = doc.secretFingerprint === secretFingerprint(secretAfter);
    return {
      ...result,
      codes: problem ? { blocked: problem } : match || !doc.secretFingerprint ? 'match' : 'no-live-codes',
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Never the raw message: a failed insert would carry the backup's rows (password hashes) in it.
    const safe = logSafeError(error);
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Wiederherstellung abgebrochen, nichts wurde geändert: ${safe.message}${safe.cause ? ` (${safe.cause.message})` : ''}`,
    });
  }
}

function countRows(doc: BackupDocument): number {
  return Object.values(doc.tables ?? {}).reduce((n, t) => n + (Array.isArray(t) ? t.length : 0), 0);
}
