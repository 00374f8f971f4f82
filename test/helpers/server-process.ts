// A real server as a child process (`asskomm start`), for tests that need more than one process on one
// PostgreSQL database or that kill a process with SIGKILL. The environment is spelled out so that nothing
// from the developer's shell (another DATABASE_URL, a rate limit) leaks into the test.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './test-platform';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stdout and stderr (for log privacy checks and failure messages). */
  output: string[];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Every process started, so that `stopAllServerProcesses` stops them even when a start fails half-way. */
const started: ChildProcess[] = [];

/**
 * Starts `asskomm start` on a free port against `databaseUrl` and waits until /api/health answers.
 * `env` adds or overrides variables (e.g. a rate limit or ASSKOMM_DATA_DIR).
 */
export async function startServerProcess(
  databaseUrl: string,
  secret: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [join(REPO_ROOT, 'apps/cli/bin/asskomm.mjs'), 'start'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TZ: 'Europe/Berlin',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      ASSKOMM_SECRET: secret,
      ASSKOMM_REFERENCE_DIR: '/nonexistent-reference-dir',
      ASSKOMM_WEB_DIST: '/nonexistent-web-dist',
      ASSKOMM_LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output.join('')}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, output };
}

/** Stops a process (SIGTERM, then SIGKILL after 5 s). */
export async function stopServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export async function stopAllServerProcesses(): Promise<void> {
  await Promise.all(started.map(stopServerProcess));
}

/** Resolves when the process has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}
