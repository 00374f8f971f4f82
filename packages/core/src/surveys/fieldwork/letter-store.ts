/**
 * The letter PDFs of a sample run, kept as files in the data directory (`<ASSKOMM_DATA_DIR>/letters/`),
 * never in the database: they hold names and addresses. Directory 0700, files 0600, so only the
 * platform's own system user can read them; the API hands them only to the wave's staff.
 * How long they stay: letter-batches.ts.
 */
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Config } from '../../config.ts';

export const LETTER_KINDS = ['einladungen', 'erinnerungen'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export function lettersDir(config: Pick<Config, 'ASSKOMM_DATA_DIR'>): string {
  return resolve(config.ASSKOMM_DATA_DIR, 'letters');
}

/** Base name of a run's files: only ids, nothing personal. */
export const letterFileBase = (waveId: number, runId: number) => `welle-${waveId}-stichprobe-${runId}`;

const fileOf = (config: Pick<Config, 'ASSKOMM_DATA_DIR'>, base: string, kind: LetterKind) => {
  if (!/^welle-\d+-stichprobe-\d+$/.test(base)) throw new Error(`invalid letter file base ${base}`);
  return join(lettersDir(config), `${base}-${kind}.pdf`);
};

export async function writeLetterFiles(
  config: Pick<Config, 'ASSKOMM_DATA_DIR'>,
  base: string,
  pdfs: Record<LetterKind, Uint8Array>,
): Promise<void> {
  const dir = lettersDir(config);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  for (const kind of LETTER_KINDS) {
    const file = fileOf(config, base, kind);
    await writeFile(file, pdfs[kind], { mode: 0o600, flag: 'w' });
    await chmod(file, 0o600); // writeFile's mode applies only to new files
  }
}

/** The PDF, or null when the file is gone. */
export async function readLetterFile(
  config: Pick<Config, 'ASSKOMM_DATA_DIR'>,
  base: string,
  kind: LetterKind,
): Promise<Uint8Array | null> {
  try {
    return await readFile(fileOf(config, base, kind));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function deleteLetterFiles(
  config: Pick<Config, 'ASSKOMM_DATA_DIR'>,
  base: string,
): Promise<void> {
  for (const kind of LETTER_KINDS) await rm(fileOf(config, base, kind), { force: true });
}

/** Bases of letter files last written before `olderThan` (for removing files no sample run keeps). */
export async function listLetterFileBases(
  config: Pick<Config, 'ASSKOMM_DATA_DIR'>,
  olderThan: Date,
): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(lettersDir(config));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const bases = new Set<string>();
  for (const name of names) {
    const m = /^(welle-\d+-stichprobe-\d+)-(?:einladungen|erinnerungen)\.pdf$/.exec(name);
    if (!m) continue;
    const info = await stat(join(lettersDir(config), name)).catch(() => null);
    if (info && info.mtimeMs < olderThan.getTime()) bases.add(m[1]!);
  }
  return [...bases];
}
