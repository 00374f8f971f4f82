import { surveyWaves, type WaveStatus } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { assertCodeSecretUsable } from '../../platform/code-secret.ts';
import { releaseLetterBatches, removeLetterFiles } from '../fieldwork/letter-batches.ts';
import type { SurveyConfig } from '../questionnaire/codebook-types.ts';
import { berlinDate } from './berlin-date.ts';
import { buildFrozenQuestionnaire, frozenVersion } from './frozen-questionnaire.ts';
import { getWave } from './get-wave.ts';
import { loadWave } from './load-wave.ts';
import { rewriteSurveyTables, unlinkWaveRows } from './unlink-closed-wave.ts';
import { WAVE_STATUS_LABELS, WAVE_TRANSITIONS, type WaveDetail } from './wave-types.ts';

/**
 * Moves a wave along Entwurf → Feldphase → abgeschlossen → ausgewertet (survey:manage).
 * - Start of fieldwork: needs both field dates and an end not in the past; freezes the questionnaire
 *   (every shipped locale) with its version hash.
 * - Start of fieldwork: also deletes the stored letter batches (they hold addresses).
 * - End of fieldwork: unlinks answers from codes, also in the database files (unlink-closed-wave.ts):
 *   partial answers deleted, per-code rows replaced by counts, answers rewritten shuffled with fresh
 *   ids, then the tables rewritten into new relation files and a checkpoint.
 */
export async function setWaveStatus(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  status: WaveStatus,
): Promise<WaveDetail> {
  let closed = false;
  let closingXid: string | null = null;
  let letterFiles: string[] = [];
  await ctx.db.transaction(async (tx) => {
    const { wave, municipalityName } = await loadWave({ db: tx }, actor, id, 'survey:manage', {
      forUpdate: true,
    });
    if (wave.status === status) return;
    const allowed = WAVE_TRANSITIONS[wave.status];
    if (!allowed.includes(status)) {
      const from = WAVE_STATUS_LABELS[wave.status];
      const to = WAVE_STATUS_LABELS[status];
      throw new AppError('SURVEY_WAVE_LOCKED', {
        userMessage:
          allowed.length > 0
            ? `Vom Status „${from}“ geht es nur zu „${WAVE_STATUS_LABELS[allowed[0]!]}“, nicht zu „${to}“.`
            : `Die Welle ist ausgewertet; ihr Status kann nicht mehr geändert werden (gewünscht: „${to}“).`,
      });
    }
    const detail: Record<string, unknown> = { from: wave.status, to: status };
    const set: Partial<typeof surveyWaves.$inferInsert> = { status, updatedAt: new Date() };
    if (status === 'feldphase') {
      assertCodeSecretUsable(ctx, 'staff');
      const missing = [wave.fieldStart ? null : 'Beginn', wave.fieldEnd ? null : 'Ende'].filter(Boolean);
      if (missing.length > 0) {
        throw new AppError('SURVEY_WAVE_LOCKED', {
          userMessage: `Die Feldphase kann erst beginnen, wenn ${missing.join(' und ')} der Feldphase eingetragen ${missing.length > 1 ? 'sind' : 'ist'}.`,
        });
      }
      if (wave.fieldEnd! < berlinDate()) {
        throw new AppError('SURVEY_WAVE_LOCKED', {
          userMessage: `Das Ende der Feldphase (${wave.fieldEnd}) liegt in der Vergangenheit. Bitte zuerst ein späteres Ende eintragen.`,
        });
      }
      const frozen = buildFrozenQuestionnaire(wave.config as SurveyConfig, municipalityName);
      set.questionnaire = frozen;
      set.questionnaireVersion = frozenVersion(frozen);
      detail.questionnaireVersion = set.questionnaireVersion;
    }
    if (status === 'abgeschlossen') {
      const unlinked = await unlinkWaveRows(tx, id);
      closingXid = unlinked.xid;
      detail.partialAnswersDeleted = unlinked.partialAnswersDeleted;
      detail.codesReplacedByCounts = unlinked.codes;
      detail.responsesRewritten = unlinked.responses;
      closed = true;
    }
    if (status === 'feldphase' || status === 'abgeschlossen') {
      // Stored letter batches hold addresses: they go when fieldwork starts (and at its end at the latest).
      letterFiles = await releaseLetterBatches(tx, id);
      if (letterFiles.length > 0) detail.letterBatchesDeleted = letterFiles.length;
    }
    await tx.update(surveyWaves).set(set).where(eq(surveyWaves.id, id));
    await recordAudit(tx, actor, {
      action: 'set_status',
      entity: 'survey_wave',
      entityId: id,
      ags: wave.ags,
      detail,
    });
  });
  if (closed) await rewriteSurveyTables(ctx.database, closingXid, ctx.log);
  await removeLetterFiles(ctx, letterFiles);
  return getWave(ctx, actor, id);
}
