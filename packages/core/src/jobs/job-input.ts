/**
 * A job's personal input (the register extract of a letter batch) between the request and the worker:
 * encrypted (AES-256-GCM, key derived from the server secret) in the job's directory (0600), never in
 * the database, and deleted when the job has run or failed. Without the secret the file is useless.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { CoreContext } from '../context.ts';
import { jobFile, removeJobFile, writeJobFile } from './job-files.ts';

export const JOB_INPUT_FILE = 'eingabe.bin';

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'asskomm-job-input', 'job input v1', 32));
}

export async function writeJobInput(
  ctx: Pick<CoreContext, 'config' | 'secret'>,
  jobId: number,
  data: Uint8Array,
) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(ctx.secret), iv);
  cipher.setAAD(Buffer.from(`job-${jobId}`));
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  await writeJobFile(ctx.config, jobId, JOB_INPUT_FILE, Buffer.concat([iv, cipher.getAuthTag(), body]));
}

/** The input, or null when it is gone (the job ran already, or the file was removed). */
export async function readJobInput(
  ctx: Pick<CoreContext, 'config' | 'secret'>,
  jobId: number,
): Promise<Buffer | null> {
  let raw: Buffer;
  try {
    raw = await readFile(jobFile(ctx.config, jobId, JOB_INPUT_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const decipher = createDecipheriv('aes-256-gcm', keyOf(ctx.secret), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(`job-${jobId}`));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

export async function removeJobInput(ctx: Pick<CoreContext, 'config'>, jobId: number) {
  await removeJobFile(ctx.config, jobId, JOB_INPUT_FILE);
}
