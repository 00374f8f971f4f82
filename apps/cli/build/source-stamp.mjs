// A fingerprint of source files: path, size and modification time of every file under the given folders.
// Cheap enough to compute on every start (a few milliseconds for the whole workspace); it changes when a
// file is added, removed, edited or checked out, so builds run only when their sources changed.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'coverage']);

function walk(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // a folder that does not exist contributes nothing
  }
  for (const entry of entries) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
}

/**
 * @param {string} root repository root
 * @param {string[]} inputs folders or files, relative to root
 * @returns {string} 16 hex digits
 */
export function sourceStamp(root, inputs) {
  const files = [];
  for (const input of inputs) {
    const path = join(root, input);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) walk(path, files);
    else files.push(path);
  }
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const stat = statSync(file);
    hash.update(`${relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The workspace folders directly below packages/ and apps/. */
export function workspaceDirs(root, parent) {
  try {
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(parent, e.name));
  } catch {
    return [];
  }
}
