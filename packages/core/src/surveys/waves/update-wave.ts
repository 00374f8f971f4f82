import { surveyMargins, surveyWaves } from '@asskomm/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { storedSender } from '../fieldwork/letter-sender.ts';
import type { SurveyConfig } from '../questionnaire/codebook-types.ts';
import { berlinDate } from './berlin-date.ts';
import { assertFieldPeriod } from './create-wave.ts';
import { buildFrozenQuestionnaire } from './frozen-questionnaire.ts';
import { getWave } from './get-wave.ts';
import { loadWave } from './load-wave.ts';
import { DISTRICT_VARIABLE } from './margin-rules.ts';
import { type TWaveUpdate, WAVE_STATUS_LABELS, type WaveDetail } from './wave-types.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function locked(message: string): AppError {
  return new AppError('SURVEY_WAVE_LOCKED', { userMessage: message });
}

/**
 * Changes a wave (survey:manage). In 'entwurf' everything may change. In 'feldphase' the questionnaire
 * is frozen: title, field end and sample size may change, the start and the settings may not. After
 * fieldwork only the title may change. Fields sent unchanged are ignored, so a form may send them all.
 */
export async function updateWave(
  ctx: CoreContext,
  actor: Actor,
  id: number,
  update: TWaveUpdate,
): Promise<WaveDetail> {
  await ctx.db.transaction(async (tx) => {
    const { wave, municipalityName } = await loadWave({ db: tx }, actor, id, 'survey:manage', {
      forUpdate: true,
    });
    const changes: Partial<typeof surveyWaves.$inferInsert> = {};
    const detail: Record<string, { from: unknown; to: unknown }> = {};
    const take = <K extends 'title' | 'fieldStart' | 'fieldEnd' | 'sampleSize' | 'config' | 'sender'>(
      key: K,
      value: (typeof surveyWaves.$inferInsert)[K] | undefined,
    ) => {
      if (value === undefined || same(value, wave[key])) return;
      (changes as Record<string, unknown>)[key] = value;
      detail[key] = { from: wave[key], to: value };
    };
    take('title', update.title);
    take('fieldStart', update.fieldStart);
    take('fieldEnd', update.fieldEnd);
    take('sampleSize', update.sampleSize);
    take('config', update.config);
    if (update.sender !== undefined) take('sender', { ...storedSender(wave.sender), ...update.sender });
    if (Object.keys(changes).length === 0) return;

    const status = WAVE_STATUS_LABELS[wave.status];
    if (wave.status !== 'entwurf') {
      if ('config' in changes) {
        throw locked(
          `Die Fragebogen-Einstellungen (Ortsteile, Orte, Themenblöcke) können nur im Entwurf geändert werden. Die Welle ist im Status „${status}“; ihr Fragebogen ist festgeschrieben.`,
        );
      }
      if ('fieldStart' in changes) {
        throw locked(`Der Beginn der Feldphase kann im Status „${status}“ nicht mehr geändert werden.`);
      }
    }
    if (wave.status === 'abgeschlossen' || wave.status === 'ausgewertet') {
      const other = Object.keys(changes).filter((k) => k !== 'title');
      if (other.length > 0) {
        throw locked(
          `Die Feldphase ist beendet (Status „${status}“); nur der Titel kann noch geändert werden.`,
        );
      }
    }
    const fieldStart = changes.fieldStart !== undefined ? changes.fieldStart : wave.fieldStart;
    const fieldEnd = changes.fieldEnd !== undefined ? changes.fieldEnd : wave.fieldEnd;
    assertFieldPeriod(fieldStart, fieldEnd);
    if (wave.status === 'feldphase' && 'fieldEnd' in changes) {
      if (!fieldEnd) throw locked('Eine laufende Feldphase braucht ein Enddatum.');
      if (fieldEnd < berlinDate()) {
        throw new AppError('VALIDATION_FAILED', {
          userMessage: 'Das neue Ende der Feldphase liegt in der Vergangenheit.',
          fields: { fieldEnd: 'Das neue Ende der Feldphase liegt in der Vergangenheit.' },
        });
      }
    }
    if (changes.config) {
      const config = changes.config as SurveyConfig;
      buildFrozenQuestionnaire(config, municipalityName);
      await remapDistrictMargins(tx, id, wave.config as SurveyConfig, config);
    }
    await tx
      .update(surveyWaves)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(surveyWaves.id, id));
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'survey_wave',
      entityId: id,
      ags: wave.ags,
      detail,
    });
  });
  return getWave(ctx, actor, id);
}

/**
 * District margins are stored by district code (position in the configured list + 1). When the list
 * changes, the codes follow the names; margins of districts that were removed are dropped.
 */
async function remapDistrictMargins(
  tx: Parameters<Parameters<CoreContext['db']['transaction']>[0]>[0],
  waveId: number,
  before: SurveyConfig,
  after: SurveyConfig,
) {
  if (same(before.districts, after.districts)) return;
  const rows = await tx
    .select()
    .from(surveyMargins)
    .where(and(eq(surveyMargins.waveId, waveId), eq(surveyMargins.variable, DISTRICT_VARIABLE)));
  if (rows.length === 0) return;
  await tx
    .delete(surveyMargins)
    .where(and(eq(surveyMargins.waveId, waveId), eq(surveyMargins.variable, DISTRICT_VARIABLE)));
  const moved = rows.flatMap((r) => {
    const name = before.districts[Number(r.level) - 1];
    const index = name === undefined ? -1 : after.districts.indexOf(name);
    return index < 0 ? [] : [{ ...r, level: String(index + 1) }];
  });
  if (moved.length > 0) await tx.insert(surveyMargins).values(moved);
}
