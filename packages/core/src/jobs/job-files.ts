/**
 * Job files in the data directory (`<ASSKOMM_DATA_DIR>/jobs/<job id>/`): the items' outputs while a
 * batch runs, then its result. Directories 0700, files 0600: reports and letters are for the job's
 * staff only, and the API hands them out after checking who asks.
 */
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';

type DataDir = Pick<Config, 'ASSKOMM_DATA_DIR'>;

export function jobsDir(config: DataDir): string {
  return resolve(config.ASSKOMM_DATA_DIR, 'jobs');
}

export function jobDir(config: DataDir, jobId: number): string {
  return join(jobsDir(config), String(jobId));
}

/** A file name made by the job code itself; anything else (a path, `..`) is refused. */
export function jobFile(config: DataDir, jobId: number, name: string): string {
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) throw new Error(`invalid job file name ${name}`);
  return join(jobDir(config, jobId), name);
}

/** Writes a file of the job (via a temporary name, so a crash never leaves half a file under the name). */
export async function writeJobFile(config: DataDir, jobId: number, name: string, bytes: Uint8Array) {
  for (const dir of [jobsDir(config), jobDir(config, jobId)]) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
  }
  const target = jobFile(config, jobId, name);
  const temporary = `${target}.tmp`;
  await writeFile(temporary, bytes, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, target);
}

export async function removeJobFile(config: DataDir, jobId: number, name: string) {
  await rm(jobFile(config, jobId, name), { force: true });
}

export async function removeJobDir(config: DataDir, jobId: number) {
  await rm(jobDir(config, jobId), { recursive: true, force: true });
}
