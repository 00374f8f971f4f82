import { surveyMargins } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { SurveyConfig } from '../questionnaire/codebook-types.ts';
import { sortMargins } from './get-wave.ts';
import { loadWave } from './load-wave.ts';
import {
  formatMarginIssue,
  type MarginsResult,
  parseMarginsCsv,
  type RawMarginRow,
  validateMarginRows,
} from './margin-rules.ts';
import type { WaveMargin } from './wave-types.ts';

export type MarginsInput =
  | { kind: 'csv'; data: string | Uint8Array }
  | { kind: 'rows'; rows: readonly Omit<RawMarginRow, 'line'>[] };

/**
 * Replaces the population margins of a wave, in one transaction: all rows land, or none (survey:manage).
 * Refused after evaluation ('ausgewertet'), when the results rest on them.
 */
export async function putMargins(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  input: MarginsInput,
): Promise<{ margins: WaveMargin[]; warnings: string[] }> {
  return ctx.db.transaction(async (tx) => {
    const { wave } = await loadWave({ db: tx }, actor, id, 'survey:manage', { forUpdate: true });
    if (wave.status === 'ausgewertet') {
      throw new AppError('SURVEY_WAVE_LOCKED', {
        userMessage: 'Die Welle ist ausgewertet; ihre Randverteilungen können nicht mehr geändert werden.',
      });
    }
    const config = wave.config as SurveyConfig;
    const where = input.kind === 'csv' ? 'Zeile' : 'Eintrag';
    const result: MarginsResult =
      input.kind === 'csv'
        ? parseMarginsCsv(input.data, config)
        : validateMarginRows(
            input.rows.map((r, i) => ({ ...r, line: i + 1 })),
            config,
            'Eintrag',
          );
    if (!result.ok) {
      throw new AppError('IMPORT_REJECTED', {
        userMessage: `Die Randverteilungen wurden nicht gespeichert: ${formatMarginIssue(result.errors[0]!, where)}${result.errors.length > 1 ? ` (und ${result.errors.length - 1} weitere Fehler)` : ''}`,
        details: result.errors.map((e) => ({ ...e, text: formatMarginIssue(e, where) })),
      });
    }
    await tx.delete(surveyMargins).where(eq(surveyMargins.waveId, id));
    await tx.insert(surveyMargins).values(result.margins.map((m) => ({ ...m, waveId: id })));
    await recordAudit(tx, actor, {
      action: 'replace_margins',
      entity: 'survey_wave',
      entityId: id,
      ags: wave.ags,
      detail: { rows: result.margins.length, variables: [...new Set(result.margins.map((m) => m.variable))] },
    });
    return { margins: sortMargins(result.margins), warnings: result.warnings };
  });
}
