/**
 * Data entry of paper questionnaires by staff: the answers are typed in as item code + value (flat, one
 * value per item; matrix rows by their own item code), checked with validateAnswers against the wave's
 * questionnaire (the same rules as the online form) and stored as one anonymous response with mode
 * 'papier'. No access code is involved. Bad input is refused as a whole, with a message per item, and
 * nothing is stored.
 */
import { receivedOnProblem, type TPaperResponse } from '@asskomm/contracts';
import { surveyResponses } from '@asskomm/db';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { AnswerError } from '../answers/answer-types.ts';
import { surveyDataFromValues } from '../answers/survey-data-from-values.ts';
import { validateAnswers } from '../answers/validate-answers.ts';
import { todayInGermany } from '../monitoring/get-survey-monitoring.ts';
import type { ResolvedCodebook } from '../questionnaire/codebook-types.ts';
import { questionnaireVersionHash } from '../questionnaire/questionnaire-version-hash.ts';
import { type AnyActor, loadAnalysisWave, waveCodebook } from '../results/load-analysis-wave.ts';

/** Paper returns are entered while the field period runs and after it, until the wave is analysed. */
export const PAPER_ENTRY_STATUSES = ['feldphase', 'abgeschlossen'] as const;

export interface PaperEntryResult {
  /** Paper responses of the wave after this one. */
  readonly paperResponses: number;
  readonly totalResponses: number;
}

function refuse(errors: readonly AnswerError[]): never {
  const fields: Record<string, string> = {};
  for (const e of errors) fields[e.item || 'values'] ??= e.message;
  throw new AppError('VALIDATION_FAILED', {
    userMessage:
      errors.length === 1
        ? `Der Bogen wurde nicht gespeichert: ${errors[0]!.message}`
        : `Der Bogen wurde nicht gespeichert: ${errors.length} Angaben sind ungültig.`,
    fields,
    details: errors,
  });
}

/** Checks flat paper values against the codebook; returns the validated flat values. */
export function validatePaperValues(codebook: ResolvedCodebook, values: Record<string, unknown>) {
  const known = new Map(codebook.items.map((i) => [i.code, i]));
  const unknown = Object.keys(values)
    .filter((code) => !known.has(code))
    .map((code) => ({ item: code, message: `Unbekannte Frage „${code.slice(0, 40)}“.` }));
  if (unknown.length > 0) return { ok: false as const, errors: unknown };
  const present = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== ''));
  const nested = surveyDataFromValues(codebook, present as never);
  return validateAnswers(codebook, nested);
}

export async function enterPaperResponse(
  ctx: CoreContext,
  actor: AnyActor,
  waveId: number,
  input: TPaperResponse,
  now = new Date(),
): Promise<PaperEntryResult> {
  const wave = await loadAnalysisWave(ctx, actor, waveId, 'survey:manage');
  if (!(PAPER_ENTRY_STATUSES as readonly string[]).includes(wave.status)) {
    throw new AppError('SURVEY_ENTRY_CLOSED', {
      internal: `wave ${waveId} has status ${wave.status}`,
    });
  }
  const today = todayInGermany(now);
  const receivedOn = input.receivedOn ?? today;
  const dateProblem = receivedOnProblem(receivedOn, today);
  if (dateProblem) throw new AppError('VALIDATION_FAILED', { fields: { receivedOn: dateProblem } });
  const codebook = waveCodebook(wave);
  const checked = validatePaperValues(codebook, input.values);
  if (!checked.ok) refuse(checked.errors);

  return ctx.db.transaction(async (tx) => {
    await tx.insert(surveyResponses).values({
      waveId,
      mode: 'papier',
      submittedOn: receivedOn,
      questionnaireVersion: wave.questionnaireVersion ?? questionnaireVersionHash(codebook),
      values: checked.values,
    });
    // The audit row names the wave only: no answer, no response id.
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'survey_paper_response',
      entityId: waveId,
      ags: wave.ags,
    });
    const [counts] = await tx
      .select({
        total: sql<number>`count(*)::int`,
        paper: sql<number>`(count(*) filter (where ${surveyResponses.mode} = 'papier'))::int`,
      })
      .from(surveyResponses)
      .where(eq(surveyResponses.waveId, waveId));
    return { paperResponses: Number(counts?.paper ?? 0), totalResponses: Number(counts?.total ?? 0) };
  });
}
