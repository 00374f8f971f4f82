/**
 * A survey wave's letter batch as a job: the request checks everything a draw checks (prepareDraw:
 * wave status, dates, sender, public address, the register file, the sample size) and answers at once
 * with the same messages; the worker then draws, stores the code hashes and renders the letters
 * (drawSample), and marks its step done in the draw's own transaction, so a retry never draws twice.
 * The register extract waits for the worker encrypted in the data directory (job-input.ts).
 */
import { randomInt } from 'node:crypto';
import { jobItems, jobs } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, CoreContext } from '../context.ts';
import { type DrawSampleInput, MAX_SEED, prepareDraw } from '../surveys/fieldwork/draw-sample.ts';
import { removeJobDir } from './job-files.ts';
import { writeJobInput } from './job-input.ts';

/** What the worker needs besides the register; nothing personal (the sender is the wave's office). */
export type LetterJobParams = Omit<DrawSampleInput, 'register'> & { waveId: number; seed: number };

export async function createLetterBatch(
  ctx: CoreContext,
  actor: Actor,
  waveId: number,
  input: DrawSampleInput,
): Promise<{ id: number }> {
  // A seed now, so that every attempt of the job draws the same persons.
  const seed = input.seed ?? randomInt(0, MAX_SEED);
  const { wave } = await prepareDraw(ctx, actor, waveId, { ...input, seed });
  const { register, ...rest } = input;
  const params: LetterJobParams = { ...rest, seed, waveId };
  const { id } = await ctx.db.transaction(async (tx) => {
    const [job] = await tx
      .insert(jobs)
      .values({ kind: 'letter_batch', params, createdBy: actor.id, ags: wave.ags, total: 1 })
      .returning({ id: jobs.id });
    // Held back until the register is stored (below).
    await tx
      .insert(jobItems)
      .values({ jobId: job!.id, seq: 0, kind: 'letters', params: {}, status: 'warten' });
    await recordAudit(tx, actor, {
      action: 'create_letter_batch',
      entity: 'job',
      entityId: job!.id,
      ags: wave.ags,
      detail: { waveId, seed },
    });
    return job!;
  });
  try {
    await writeJobInput(ctx, id, typeof register === 'string' ? Buffer.from(register) : register);
    await ctx.db.update(jobItems).set({ status: 'offen' }).where(eq(jobItems.jobId, id));
  } catch (error) {
    await ctx.db.delete(jobs).where(eq(jobs.id, id));
    await removeJobDir(ctx.config, id).catch(() => undefined);
    throw error;
  }
  return { id };
}
