import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { assertCodeSecretUsable } from '../../platform/code-secret.ts';
import { resolvePublicUrl } from '../../settings/platform-settings.ts';
import { loadWave } from '../waves/load-wave.ts';
import { MAX_CODES_PER_REQUEST } from './limits.ts';
import { surveyLink } from './report-letters.ts';
import { newAccessCodes, storeAccessCodes } from './store-access-codes.ts';

export { MAX_CODES_PER_REQUEST } from './limits.ts';

/**
 * Creates `count` access codes without a sample (for letters printed elsewhere, or paper returns) and
 * returns them once, in display form. Only their hashes are stored (survey:manage; draft or fieldwork).
 */
export async function createAccessCodes(
  ctx: CoreContext,
  actor: Actor | string,
  waveId: number,
  count: number,
): Promise<{ waveId: number; codes: string[]; publicUrl: string | null }> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_PER_REQUEST) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Die Anzahl muss eine ganze Zahl zwischen 1 und ${MAX_CODES_PER_REQUEST.toLocaleString('de-DE')} sein.`,
      fields: { count: 'Ungültige Anzahl.' },
    });
  }
  const { wave } = await loadWave(ctx, typeof actor === 'string' ? null : actor, waveId, 'survey:manage');
  if (wave.status !== 'entwurf' && wave.status !== 'feldphase') {
    throw new AppError('SURVEY_WAVE_LOCKED', {
      userMessage: 'Zugangscodes können nur im Entwurf oder während der Feldphase erzeugt werden.',
    });
  }
  assertCodeSecretUsable(ctx, 'staff');
  const codes = newAccessCodes(ctx.secret, new Array<null>(count).fill(null));
  await ctx.db.transaction(async (tx) => {
    await storeAccessCodes(tx, waveId, codes);
    await recordAudit(tx, actor, {
      action: 'create_codes',
      entity: 'survey_wave',
      entityId: waveId,
      ags: wave.ags,
      detail: { count },
    });
  });
  return { waveId, codes: codes.map((c) => c.code), publicUrl: (await resolvePublicUrl(ctx)).value };
}

/** The codes as CSV (`;`, CRLF) with the link for a QR code, for a print shop's mail merge. */
export function accessCodesCsv(codes: readonly string[], publicUrl: string): string {
  const lines = ['zugangscode;link', ...codes.map((code) => `${code};${surveyLink(publicUrl, code)}`)];
  return `${lines.join('\r\n')}\r\n`;
}
