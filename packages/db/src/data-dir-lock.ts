import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Thrown when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `Das Datenverzeichnis ${dataDir} wird bereits von Prozess ${holderPid} verwendet (läuft der Server schon?). ` +
        `Beenden Sie diesen Prozess oder nutzen Sie ein anderes ASSKOMM_DATA_DIR. / ` +
        `The data directory ${dataDir} is in use by process ${holderPid}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** Thrown when the data directory cannot be created or written. */
export class DataDirUnwritableError extends Error {
  constructor(
    readonly dataDir: string,
    cause: unknown,
  ) {
    super(
      `Das Datenverzeichnis ${dataDir} ist nicht beschreibbar (${(cause as Error)?.message ?? cause}). ` +
        `Prüfen Sie die Rechte oder setzen Sie ASSKOMM_DATA_DIR. / The data directory ${dataDir} is not writable.`,
    );
    this.name = 'DataDirUnwritableError';
  }
}

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock on a PGlite data directory. PGlite has no lock of its own, and a second
 * process opening the same directory corrupts it (measured, see shared/reference/stack.md), so the
 * lock is taken before PGlite touches the files. The lock file holds host and pid; a lock left by a
 * process that no longer runs on this host (kill -9, power loss) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new DataDirUnwritableError(dataDir, error);
  }
  const lockPath = join(dataDir, 'asskomm.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx', 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new DataDirUnwritableError(dataDir, error);
      const [host, pidText] = readFileSync(lockPath, 'utf8').trim().split(':');
      const pid = Number(pidText);
      if (host === hostname() && Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
        unlinkSync(lockPath); // stale lock of a dead process
        continue;
      }
      throw new DataDirLockedError(dataDir, pid);
    }
    writeSync(fd, `${hostname()}:${process.pid}\n`);
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      try {
        unlinkSync(lockPath);
      } catch {
        // already gone
      }
    };
    process.once('exit', release);
    return { release };
  }
  throw new DataDirLockedError(dataDir, -1);
}
