/**
 * The access codes are stored as HMACs keyed with the server secret (ASSKOMM_SECRET, or one generated at
 * first start and kept in `settings.secret`). Backups never hold that secret (issue 8), so a database
 * restored elsewhere may meet another secret: every stored code would then silently fail to match.
 *
 * To notice instead: `settings.code_secret_fingerprint` holds a fingerprint of the secret the stored
 * codes were made with (an HMAC of a constant, which tells nothing about the secret). If the running
 * secret has another fingerprint while codes of waves in draft or fieldwork exist, those codes are
 * unusable: the public form, new codes and the start of fieldwork are refused with a message saying
 * what to do, until the platform runs with the right ASSKOMM_SECRET. Without such codes the new secret
 * simply becomes the recorded one.
 */
import { createHmac } from 'node:crypto';
import { type Db, settings, surveyAccessCodes, surveyWaves } from '@asskomm/db';
import { eq, inArray } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { AppError } from '../errors';

export const SECRET_FINGERPRINT_KEY = 'code_secret_fingerprint';

/** 16 hex digits identifying a secret without revealing it. */
export function secretFingerprint(secret: string): string {
  return createHmac('sha256', secret).update('asskomm:code-secret-fingerprint:v1').digest('hex').slice(0, 16);
}

/** Waves whose stored codes can still be used (draft or fieldwork). */
async function wavesWithLiveCodes(db: Db): Promise<number[]> {
  const rows = await db
    .selectDistinct({ id: surveyWaves.id })
    .from(surveyWaves)
    .innerJoin(surveyAccessCodes, eq(surveyAccessCodes.waveId, surveyWaves.id))
    .where(inArray(surveyWaves.status, ['entwurf', 'feldphase']));
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/**
 * Compares the running secret with the recorded fingerprint. Returns null when the codes work, else a
 * German message for operators and staff. Records the fingerprint when none is recorded, or when no
 * stored code depends on the old one.
 */
export async function checkCodeSecret(db: Db, secret: string): Promise<string | null> {
  const current = secretFingerprint(secret);
  const [row] = await db.select().from(settings).where(eq(settings.key, SECRET_FINGERPRINT_KEY));
  if (row?.value === current) return null;
  const live = row ? await wavesWithLiveCodes(db) : [];
  if (live.length === 0) {
    await db
      .insert(settings)
      .values({ key: SECRET_FINGERPRINT_KEY, value: current })
      .onConflictDoUpdate({ target: settings.key, set: { value: current } });
    return null;
  }
  return (
    `Die Zugangscodes der Befragungswelle(n) ${live.join(', ')} wurden mit einem anderen Geheimnis erzeugt, ` +
    'als diese Installation verwendet (z. B. nach einer Wiederherstellung ohne ASSKOMM_SECRET). ' +
    'Damit die Codes gültig bleiben, starten Sie die Plattform mit dem ASSKOMM_SECRET der gesicherten ' +
    'Installation. Bis dahin sind der Online-Fragebogen dieser Wellen, neue Codes und der Start einer ' +
    'Feldphase gesperrt.'
  );
}

/** Refuses work that needs the access codes while the secret does not match them. */
export function assertCodeSecretUsable(
  ctx: Pick<CoreContext, 'codeSecretProblem'>,
  audience: 'public' | 'staff',
) {
  if (!ctx.codeSecretProblem) return;
  throw new AppError(
    'SURVEY_SECRET_MISMATCH',
    audience === 'staff' ? { userMessage: ctx.codeSecretProblem } : { internal: ctx.codeSecretProblem },
  );
}
