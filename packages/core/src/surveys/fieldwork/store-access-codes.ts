import { type Db, surveyAccessCodes } from '@asskomm/db';
import { inArray } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { generateAccessCodes } from '../codes/generate-access-codes.ts';
import { hashAccessCode } from '../codes/hash-access-code.ts';

const CHUNK = 2000;

export interface NewAccessCode {
  /** Display form, e.g. ABCD-EFGH-JKMN: only in memory, for letters or the CSV, never stored. */
  code: string;
  hash: string;
  district: string | null;
}

/** Fresh codes for the given slots (one per letter; the slot gives the district or null). In memory. */
export function newAccessCodes(secret: string, districts: readonly (string | null)[]): NewAccessCode[] {
  const codes = generateAccessCodes(districts.length);
  return codes.map((code, i) => ({
    code,
    hash: hashAccessCode(code, secret),
    district: districts[i] ?? null,
  }));
}

/**
 * Stores the hashes (with wave and district, unused). The codes themselves are never written. A repeat of
 * an existing hash (chance ≈ n²/2^60) aborts the transaction with CONFLICT; the caller may simply retry.
 */
export async function storeAccessCodes(
  tx: Db,
  waveId: number,
  codes: readonly NewAccessCode[],
  sampleRunId: number | null = null,
) {
  for (let i = 0; i < codes.length; i += CHUNK) {
    const chunk = codes.slice(i, i + CHUNK);
    const inserted = await tx
      .insert(surveyAccessCodes)
      .values(chunk.map((c) => ({ codeHash: c.hash, waveId, district: c.district, sampleRunId })))
      .onConflictDoNothing()
      .returning({ codeHash: surveyAccessCodes.codeHash });
    if (inserted.length !== chunk.length) {
      throw new AppError('CONFLICT', {
        userMessage: 'Ein Zugangscode war zufällig schon vergeben. Bitte wiederholen Sie den Vorgang.',
        internal: 'access code hash collision',
      });
    }
  }
}

/** True if none of the hashes exists yet (checked before letters are rendered). */
export async function hashesAreFree(db: Db, codes: readonly NewAccessCode[]): Promise<boolean> {
  for (let i = 0; i < codes.length; i += CHUNK) {
    const hashes = codes.slice(i, i + CHUNK).map((c) => c.hash);
    const taken = await db
      .select({ h: surveyAccessCodes.codeHash })
      .from(surveyAccessCodes)
      .where(inArray(surveyAccessCodes.codeHash, hashes))
      .limit(1);
    if (taken.length > 0) return false;
  }
  return true;
}
