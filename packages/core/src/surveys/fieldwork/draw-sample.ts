/**
 * Draws a wave's sample from a register extract, creates one access code per drawn person and renders the
 * invitation and reminder letters, all in one step: codes are stored only as hashes, so the letters can
 * be made only while the codes are still in memory.
 *
 * Privacy (docs/datenschutz-befragung.md): the register extract lives only in this function's memory.
 * The database gets the code hashes with their district and batch and a sample-run record (seed, counts,
 * allocation by district); the audit log the same counts. The letter PDFs (names, addresses, codes) go
 * back to the caller and are kept as files outside the database until fieldwork starts
 * (letter-batches.ts), so staff can download them again. Error messages may quote a faulty cell to help
 * fix the file; they go only to the uploader (HTTP 422 is not logged).
 *
 * This is the one function that makes a letter batch, so that it can later run as a job.
 */
import { randomInt } from 'node:crypto';
import { type Db, surveySampleRuns } from '@asskomm/db';
import { senderProblems } from '@asskomm/report';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor, CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { assertCodeSecretUsable } from '../../platform/code-secret.ts';
import { resolvePublicUrl } from '../../settings/platform-settings.ts';
import type { SurveyConfig } from '../questionnaire/codebook-types.ts';
import { drawStratifiedSample } from '../sample/draw-stratified-sample.ts';
import { formatRegisterIssue, parseRegisterCsv } from '../sample/parse-register-csv.ts';
import type { RegisterPerson } from '../sample/register-types.ts';
import { addDays, berlinDate } from '../waves/berlin-date.ts';
import { loadWave } from '../waves/load-wave.ts';
import type { SampleRunInfo } from '../waves/wave-types.ts';
import { deleteExpiredLetterBatches, letterFileBase } from './letter-batches.ts';
import { letterSender, storedSender, type TLetterSender } from './letter-sender.ts';
import { deleteLetterFiles, writeLetterFiles } from './letter-store.ts';
import { renderLetters } from './report-letters.ts';
import { hashesAreFree, newAccessCodes, storeAccessCodes } from './store-access-codes.ts';

/** Largest seed (seeds are stored as a PostgreSQL integer). */
export const MAX_SEED = 2_147_483_647;

export interface DrawSampleInput {
  /** The register extract (CSV bytes or text); see parseRegisterCsv for the columns. */
  register: string | Uint8Array;
  seed?: number;
  /** 'proportional' (default) or set sizes per district name. */
  allocation?: 'proportional' | Record<string, number>;
  /** Total size for proportional allocation; defaults to the wave's sample size. */
  size?: number;
  /** Overrides of the wave's sender for this draw only. */
  sender?: TLetterSender;
  /** Must be true when the wave already has a sample that was not voided: more letters go out. */
  confirmAdditional?: boolean;
  /** Dates printed on the letters (YYYY-MM-DD); defaults: the later of today and the field start, and three weeks after. */
  letterDate?: string;
  reminderDate?: string;
}

export interface DrawSampleResult {
  sampleRun: SampleRunInfo;
  codesCreated: number;
  invitationsPdf: Uint8Array;
  remindersPdf: Uint8Array;
}

function rejected(summary: string, details: unknown): AppError {
  return new AppError('IMPORT_REJECTED', { userMessage: summary, details });
}

/** Maps the register's districts onto the wave's configured ones (case-insensitive), or refuses the file. */
function districtsOf(persons: readonly RegisterPerson[], config: SurveyConfig): RegisterPerson[] {
  if (config.districts.length === 0) return [...persons];
  const byKey = new Map(config.districts.map((d) => [d.toLocaleLowerCase('de'), d]));
  const unknown = new Map<string, { count: number; firstId: string }>();
  const mapped = persons.map((p) => {
    const district = byKey.get(p.district.toLocaleLowerCase('de'));
    if (district === undefined) {
      const u = unknown.get(p.district);
      if (u) u.count++;
      else unknown.set(p.district, { count: 1, firstId: p.id });
      return p;
    }
    return { ...p, district };
  });
  if (unknown.size > 0) {
    const details = [...unknown].map(([district, u]) => ({
      column: 'ortsteil',
      value: district,
      message: `Ortsteil „${district}“ (${u.count} Person${u.count === 1 ? '' : 'en'}, z. B. ID ${u.firstId}) ist in den Fragebogen-Einstellungen nicht eingetragen (eingetragen: ${config.districts.join(', ')}).`,
    }));
    throw rejected(`Der Melderegisterauszug wurde nicht verwendet: ${details[0]!.message}`, details);
  }
  return mapped;
}

/**
 * Every check of a draw and the draw itself, without codes, letters or writes: the letter-batch job's
 * request calls it to refuse a bad register at once (with the same messages), before it queues the job.
 */
export async function prepareDraw(ctx: CoreContext, actor: Actor, waveId: number, input: DrawSampleInput) {
  const { wave } = await loadWave(ctx, actor, waveId, 'survey:manage');
  assertCodeSecretUsable(ctx, 'staff');
  if (wave.status !== 'entwurf' && wave.status !== 'feldphase') {
    throw new AppError('SURVEY_WAVE_LOCKED', {
      userMessage: 'Stichproben können nur im Entwurf oder während der Feldphase gezogen werden.',
    });
  }
  if (!wave.fieldStart || !wave.fieldEnd) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage:
        'Bitte zuerst Beginn und Ende der Feldphase eintragen: Der Beginn bestimmt die Altersgrenze (16 Jahre), das Ende steht im Brief.',
      fields: { fieldStart: 'Beginn und Ende der Feldphase fehlen.' },
    });
  }
  // The public address (settings page, else ASSKOMM_PUBLIC_URL) goes into every link and QR code.
  const publicUrl = (await resolvePublicUrl(ctx)).value;
  if (!publicUrl) throw new AppError('PUBLIC_URL_MISSING');
  const { sender, place } = await letterSender(ctx, wave.ags, storedSender(wave.sender), input.sender);
  const missing = senderProblems(sender);
  if (missing.length > 0) {
    throw new AppError('LETTER_SENDER_INCOMPLETE', {
      userMessage: `Im Brief fehlt eine Möglichkeit, jemanden zu erreichen: Bitte beim Absender ${missing.join(', ')} eintragen (Bereich „Stichprobe“, „Absender und Ansprechperson“).`,
      details: { missing },
    });
  }
  const earlier = await ctx.db
    .select({ id: surveySampleRuns.id, sampleSize: surveySampleRuns.sampleSize })
    .from(surveySampleRuns)
    .where(and(eq(surveySampleRuns.waveId, waveId), isNull(surveySampleRuns.voidedAt)));
  if (earlier.length > 0 && input.confirmAdditional !== true) {
    const letters = earlier.reduce((sum, r) => sum + r.sampleSize, 0);
    throw new AppError('SAMPLE_ALREADY_DRAWN', {
      userMessage: `Für diese Befragung ${earlier.length === 1 ? 'wurde schon eine Stichprobe' : `wurden schon ${earlier.length} Stichproben`} gezogen (${letters.toLocaleString('de-DE')} Anschreiben). Eine weitere Ziehung verschickt zusätzliche Briefe mit neuen Codes, und die Rücklaufquote bezieht sich dann auf alle. Bitte bestätigen Sie die weitere Ziehung ausdrücklich (confirmAdditional).`,
      fields: { confirmAdditional: 'Bitte bestätigen Sie die weitere Stichprobe.' },
      details: { earlierRuns: earlier.length, earlierLetters: letters },
    });
  }
  const parsed = parseRegisterCsv(input.register);
  if (!parsed.ok) {
    const details = parsed.errors.map((e) => ({ ...e, text: formatRegisterIssue(e) }));
    throw rejected(
      `Der Melderegisterauszug wurde nicht verwendet: ${details[0]!.text}${details.length > 1 ? ` (und ${details.length - 1} weitere Fehler)` : ''}`,
      details,
    );
  }
  const persons = districtsOf(parsed.persons, wave.config as SurveyConfig);
  const allocation = input.allocation ?? 'proportional';
  const size = allocation === 'proportional' ? (input.size ?? wave.sampleSize) : allocation;
  if (size == null) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: 'Bitte eine Stichprobengröße angeben (bei der Welle oder beim Ziehen).',
      fields: { size: 'Stichprobengröße fehlt.' },
    });
  }
  if (
    input.seed !== undefined &&
    (!Number.isInteger(input.seed) || input.seed < 0 || input.seed > MAX_SEED)
  ) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: `Der Startwert muss eine ganze Zahl zwischen 0 und ${MAX_SEED} sein.`,
      fields: { seed: 'Ungültiger Startwert.' },
    });
  }
  const seed = input.seed ?? randomInt(0, MAX_SEED);
  const sample = drawStratifiedSample(persons, { seed: String(seed), fieldStart: wave.fieldStart, size });
  if (sample.persons.length === 0) {
    throw new AppError('VALIDATION_FAILED', {
      userMessage: 'Die Stichprobe ist leer: Es wurde niemand gezogen.',
      fields: { size: 'Stichprobe ist leer.' },
    });
  }
  const fieldStart = wave.fieldStart;
  const fieldEnd = wave.fieldEnd;
  return { wave, fieldStart, fieldEnd, sender, place, publicUrl, parsed, sample, seed, allocation };
}

export interface DrawSampleOptions {
  /**
   * Runs in the draw's transaction before it commits (the job marks its step done there, so a retried
   * job cannot draw twice); throwing undoes the draw.
   */
  inTransaction?: (tx: Db, run: { sampleRunId: number; codesCreated: number }) => Promise<void>;
}

export async function drawSample(
  ctx: CoreContext,
  actor: Actor,
  waveId: number,
  input: DrawSampleInput,
  options: DrawSampleOptions = {},
): Promise<DrawSampleResult> {
  const { wave, fieldStart, fieldEnd, sender, place, publicUrl, parsed, sample, seed, allocation } =
    await prepareDraw(ctx, actor, waveId, input);

  const codes = newAccessCodes(
    ctx.secret,
    sample.persons.map((p) => p.district || null),
  );
  if (!(await hashesAreFree(ctx.db, codes))) {
    throw new AppError('CONFLICT', {
      userMessage: 'Ein Zugangscode war zufällig schon vergeben. Bitte wiederholen Sie den Vorgang.',
    });
  }

  const today = berlinDate();
  // ISO dates sort as text: the later of field start and today.
  const letterDate = input.letterDate ?? [fieldStart, today].sort()[1]!;
  const threeWeeks = addDays(letterDate, 21);
  const reminderDate = input.reminderDate ?? (threeWeeks < fieldEnd ? threeWeeks : letterDate);
  const recipients = sample.persons.map((p, i) => ({ ...p.address, accessCode: codes[i]!.code }));
  const batch = { sender, placeName: place, publicUrl, fieldEnd, recipients };
  const invitationsPdf = await renderLetters({ ...batch, kind: 'invitation', letterDate });
  const remindersPdf = await renderLetters({ ...batch, kind: 'reminder', letterDate: reminderDate });

  const allocationRecord = sample.allocation.map((a) => ({
    district: a.district,
    population: a.population,
    sampleSize: a.sampleSize,
  }));
  let written: string | null = null;
  const run = await ctx.db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(surveySampleRuns)
        .values({
          waveId,
          seed,
          registerRows: parsed.persons.length,
          eligibleRows: sample.eligible,
          sampleSize: sample.persons.length,
          allocation: {
            method: allocation === 'proportional' ? 'proportional' : 'fixed',
            strata: allocationRecord,
          },
        })
        .returning();
      await storeAccessCodes(tx, waveId, codes, row!.id);
      const base = letterFileBase(waveId, row!.id);
      await tx.update(surveySampleRuns).set({ lettersFile: base }).where(eq(surveySampleRuns.id, row!.id));
      await recordAudit(tx, actor, {
        action: 'draw_sample',
        entity: 'survey_wave',
        entityId: waveId,
        ags: wave.ags,
        detail: {
          sampleRunId: row!.id,
          seed,
          registerRows: parsed.persons.length,
          eligibleRows: sample.eligible,
          codesCreated: codes.length,
        },
      });
      await options.inTransaction?.(tx, { sampleRunId: row!.id, codesCreated: codes.length });
      // Last step of the transaction: a failed write undoes the draw.
      written = base;
      await writeLetterFiles(ctx.config, base, { einladungen: invitationsPdf, erinnerungen: remindersPdf });
      return { ...row!, lettersFile: base };
    })
    .catch(async (error: unknown) => {
      if (written) await deleteLetterFiles(ctx.config, written).catch(() => undefined);
      throw error;
    });
  await deleteExpiredLetterBatches(ctx);
  return {
    sampleRun: {
      id: run.id,
      seed: run.seed,
      registerRows: run.registerRows,
      eligibleRows: run.eligibleRows,
      sampleSize: run.sampleSize,
      allocation: run.allocation,
      createdAt: run.createdAt.toISOString(),
      lettersAvailable: true,
      voidedAt: null,
      codesVoided: 0,
    },
    codesCreated: codes.length,
    invitationsPdf,
    remindersPdf,
  };
}
