import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StoredFile } from '@asskomm/db';
import type { CoreContext } from '../context';
import { AppError } from '../errors';

// Uploaded files (agreement documents, remark photos) live in files/ under the data directory, one file
// per upload with a random name, readable by the platform's user only (0600). With several server
// instances on PostgreSQL, ASSKOMM_DATA_DIR must be a shared volume.

function fileRoot(ctx: CoreContext): string {
  return path.resolve(ctx.config.ASSKOMM_DATA_DIR, 'files');
}

/** Writes the bytes under files/<folder>/ and returns the row's description of them. */
export async function storeFile(
  ctx: CoreContext,
  folder: string,
  file: { bytes: Buffer; name: string; type: string; extension: string },
): Promise<StoredFile> {
  const dir = path.join(fileRoot(ctx), folder);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const relative = path.join(folder, `${randomUUID()}.${file.extension}`);
  await writeFile(path.join(fileRoot(ctx), relative), file.bytes, { mode: 0o600, flag: 'wx' });
  return { path: relative, name: file.name, type: file.type, size: file.bytes.length };
}

export async function readStoredFile(ctx: CoreContext, stored: StoredFile): Promise<Buffer> {
  const full = path.resolve(fileRoot(ctx), stored.path);
  // Paths come from our own rows, but a restored backup could carry anything: stay inside the root.
  if (!full.startsWith(fileRoot(ctx) + path.sep)) throw new AppError('NOT_FOUND');
  try {
    return await readFile(full);
  } catch {
    throw new AppError('NOT_FOUND', { userMessage: 'Die Datei ist nicht mehr vorhanden.' });
  }
}

export async function removeStoredFile(ctx: CoreContext, stored: StoredFile): Promise<void> {
  await rm(path.resolve(fileRoot(ctx), stored.path), { force: true });
}
