// The web app (apps/web, Vite) is built into apps/web/dist when its sources changed since the last build:
// at `npm install` (root postinstall) and before `asskomm start` serves it. The stamp of the last build
// lies beside the CLI builds in apps/cli/dist.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressWeb } from './precompress-web.mjs';
import { sourceStamp } from './source-stamp.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const WEB_INPUTS = ['apps/web', 'package-lock.json'];
const STAMP_FILE = join(ROOT, 'apps/cli/dist/web-build.json');
const INDEX = join(ROOT, 'apps/web/dist/index.html');
const LOCK = join(ROOT, 'apps/cli/dist/web-build.lock');
/** A lock older than this belongs to a build that died; it is taken over. */
const STALE_LOCK_MS = 10 * 60 * 1000;

/** Takes the build lock (a directory: creating it is atomic); waits while another process builds. */
function lock() {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
          rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP_FILE, 'utf8')).stamp;
  } catch {
    return null;
  }
}

/**
 * Builds the web app unless the last build used the same sources. Returns what happened; a missing Vite
 * (installed without dev dependencies) or a failed build is reported, not thrown: the API still starts.
 * @returns {{ status: 'current' | 'built' | 'failed' | 'no-vite', message?: string }}
 */
export function ensureWebBuild({ force = false, log = (m) => console.error(m) } = {}) {
  const stamp = sourceStamp(ROOT, WEB_INPUTS);
  if (!force && existsSync(INDEX) && readStamp() === stamp) return { status: 'current' };
  let viteBin;
  try {
    const pkg = createRequire(join(ROOT, 'package.json')).resolve('vite/package.json');
    viteBin = join(dirname(pkg), 'bin/vite.js');
  } catch {
    const message =
      'Die Weboberfläche kann nicht gebaut werden: Vite fehlt (npm install ohne --omit=dev ausführen).';
    log(message);
    return { status: 'no-vite', message };
  }
  // Two starts at once (e.g. two server processes) must not build into the same folder together.
  lock();
  try {
    if (!force && existsSync(INDEX) && readStamp() === stamp) return { status: 'current' };
    return build(viteBin, stamp, log);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function build(viteBin, stamp, log) {
  log('Weboberfläche wird gebaut (nur nach Änderungen) …');
  const run = spawnSync(
    process.execPath,
    [viteBin, 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (run.status !== 0) {
    const message = `Die Weboberfläche konnte nicht gebaut werden (vite build, Exit-Code ${run.status}).`;
    log(message);
    return { status: 'failed', message };
  }
  precompressWeb(dirname(INDEX));
  mkdirSync(dirname(STAMP_FILE), { recursive: true });
  // The stamp from before the build: sources changed while it ran make the next start build again.
  writeFileSync(STAMP_FILE, `${JSON.stringify({ stamp, builtAt: new Date().toISOString() })}\n`);
  return { status: 'built' };
}
