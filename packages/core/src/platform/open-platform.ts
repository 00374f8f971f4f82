import { randomBytes } from 'node:crypto';
import {
  createDb,
  type Database,
  districts,
  municipalities,
  settings,
  users,
  whileLoopHeld,
  withStartupLock,
} from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { Config } from '../config';
import { type CoreContext, type CoreLogger, SYSTEM_ACTOR } from '../context';
import { approvedGrants } from '../funding/approved-grants';
import { findReferenceDir } from '../reference/find-reference-dir';
import { loadReferenceData } from '../reference/load-reference-data';
import { getReferenceStatus } from '../reference/reference-status';
import { deleteExpiredLetterBatches } from '../surveys/fieldwork/letter-batches';
import { createUser } from '../users/create-user';
import { checkCodeSecret } from './code-secret';
import { DEMO_DISTRICT, DEMO_MUNICIPALITY } from './demo';
import { DEMO_SEEDS } from './demo-seeds';

const consoleLogger: CoreLogger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m) => console.error(m),
};

export interface OpenPlatformOptions {
  log?: CoreLogger;
  /** Skip loading reference data even when a directory is found (tests that want an empty platform). */
  skipReference?: boolean;
  /** An already open database (tests). */
  database?: Database;
  /**
   * When no account exists yet and no ASSKOMM_ADMIN_EMAIL is set, create admin@asskomm.local with a
   * one-time password printed once to the log, so `npm install && npm start` leads to a login.
   * Only the server start does this; CLI commands don't.
   */
  bootstrapAdmin?: boolean;
}

export { whileLoopHeld } from '@asskomm/db';

export const BOOTSTRAP_ADMIN_EMAIL = 'admin@asskomm.local';

/**
 * Prepares a data directory or database exactly as `npm start` does, for the server and every CLI
 * command: migrations, secret, demo municipality, reference data at first start, first admin.
 */
export function openPlatform(config: Config, options: OpenPlatformOptions = {}): Promise<CoreContext> {
  // The loop is held while PGlite warms up (see whileLoopHeld): otherwise the start pauses between queries.
  return whileLoopHeld(() => preparePlatform(config, options));
}

async function preparePlatform(config: Config, options: OpenPlatformOptions): Promise<CoreContext> {
  const log = options.log ?? consoleLogger;
  const database =
    options.database ??
    (config.DATABASE_URL
      ? await createDb({
          kind: 'postgres',
          url: config.DATABASE_URL,
          startupLockTimeoutMs: config.ASSKOMM_STARTUP_LOCK_SECONDS * 1000,
        })
      : await createDb({ kind: 'pglite', dataDir: config.ASSKOMM_DATA_DIR }));
  try {
    // Several instances may start at once on one PostgreSQL database: seed one after the other.
    return await withStartupLock(
      database,
      async () => {
        const db = database.db;
        const secret = config.ASSKOMM_SECRET ?? (await ensureStoredSecret(database));
        // The key figures take the approved grants from the funding module.
        const ctx: CoreContext = { config, database, db, secret, log, fundingFigures: approvedGrants };
        ctx.codeSecretProblem = await checkCodeSecret(db, secret);
        if (ctx.codeSecretProblem) log.warn(`Achtung: ${ctx.codeSecretProblem}`);

        await db.insert(districts).values(DEMO_DISTRICT).onConflictDoNothing();
        await db.insert(municipalities).values(DEMO_MUNICIPALITY).onConflictDoNothing();

        if (!options.skipReference) {
          const status = await getReferenceStatus(ctx);
          if (!status.loaded) {
            const dir = findReferenceDir(config.ASSKOMM_REFERENCE_DIR);
            if (dir) {
              const result = await loadReferenceData(ctx, SYSTEM_ACTOR, dir);
              log.info(
                `Referenzdaten geladen aus ${dir}: ${result.municipalities} Gemeinden, ${result.districts} Kreise.`,
              );
            } else {
              if (config.ASSKOMM_REFERENCE_DIR)
                log.warn(
                  `ASSKOMM_REFERENCE_DIR=${config.ASSKOMM_REFERENCE_DIR} enthält keine Referenzdaten.`,
                );
              log.warn(status.hint ?? '');
            }
          }
        }
        for (const seed of DEMO_SEEDS) await seed(ctx);
        await deleteExpiredLetterBatches(ctx);

        if (config.ASSKOMM_ADMIN_EMAIL && config.ASSKOMM_ADMIN_PASSWORD) {
          const email = config.ASSKOMM_ADMIN_EMAIL.toLowerCase();
          const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
          if (!existing) {
            const created = await unlessCreatedConcurrently(
              createUser(ctx, SYSTEM_ACTOR, {
                email,
                name: 'Administrator',
                role: 'admin',
                password: config.ASSKOMM_ADMIN_PASSWORD,
              }),
            );
            if (created) log.info(`Administrator ${email} angelegt (aus ASSKOMM_ADMIN_EMAIL).`);
          }
        }
        if (options.bootstrapAdmin && !config.ASSKOMM_ADMIN_EMAIL) {
          const [anyUser] = await db.select({ id: users.id }).from(users).limit(1);
          if (!anyUser) {
            const created = await unlessCreatedConcurrently(
              createUser(ctx, SYSTEM_ACTOR, {
                email: BOOTSTRAP_ADMIN_EMAIL,
                name: 'Administrator',
                role: 'admin',
              }),
            );
            if (created)
              log.info(
                [
                  '',
                  '  Erstes Administrationskonto angelegt (noch kein Konto vorhanden):',
                  `    E-Mail:         ${created.email}`,
                  `    Einmalpasswort: ${created.oneTimePassword}`,
                  '  Das Passwort wird nur jetzt angezeigt und muss bei der ersten Anmeldung geändert werden.',
                  '',
                ].join('\n'),
              );
          }
        }
        return ctx;
      },
      { onWait: (message) => log.warn(message) },
    );
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}

async function ensureStoredSecret(database: Database): Promise<string> {
  const [row] = await database.db.select().from(settings).where(eq(settings.key, 'secret'));
  if (row) return row.value;
  const value = randomBytes(32).toString('base64url');
  await database.db.insert(settings).values({ key: 'secret', value }).onConflictDoNothing();
  const [stored] = await database.db.select().from(settings).where(eq(settings.key, 'secret'));
  return stored!.value;
}

/**
 * Several server instances may start at once on one empty PostgreSQL database. The one that loses the
 * race for the first admin gets a unique violation (or CONFLICT); the account exists then, so it goes on.
 */
async function unlessCreatedConcurrently<T>(creation: Promise<T>): Promise<T | null> {
  try {
    return await creation;
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).code;
    const causeCode = (error as { cause?: { code?: string } }).cause?.code;
    if (code === 'CONFLICT' || code === '23505' || causeCode === '23505') return null;
    throw error;
  }
}
