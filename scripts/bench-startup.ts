// Start-up benchmark (issue 9): how fast the command line answers and the server becomes healthy.
//   - `asskomm --help`: median of several calls (goal < 0.3 s),
//   - `npm start` on an existing data directory until /api/health answers (goal < 3 s),
//   - `npm start` on a fresh data directory: migrations, reference data, demo (goal < 8 s).
// Baselines measured in the same run: `node -e 0` (the floor for any Node program) and `asskomm --help`
// run from the TypeScript sources through tsx (the way the CLI ran before the bundle).
//
//   node --import tsx scripts/bench-startup.ts [--runs 7]
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'apps/cli/bin/asskomm.mjs');
/** Bound for one start; far above the goals, so that a loaded machine still yields a figure. */
const START_TIMEOUT_MS = 300_000;
const GOALS = { help: 0.3, warm: 3, fresh: 8 };

const sec = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ratio = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Seconds one run of a command takes; fails loudly when the command fails. */
function timeCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return seconds;
}

function timeRepeated(runs: number, command: string, args: string[]): number {
  timeCommand(command, args); // warm-up: file cache, and the bundle is built if the sources changed
  return median(Array.from({ length: runs }, () => timeCommand(command, args)));
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM'); // npm and the server it started: the whole process group
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Seconds from `npm start` until GET /api/health answers 200 on the given data directory. */
async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  // Embedded PGlite and the shipped reference data, as after `npm install` in a fresh clone.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ASSKOMM_DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL;
  delete env.ASSKOMM_REFERENCE_DIR;
  const t0 = performance.now();
  const child = spawn('npm', ['start', '--silent'], { cwd: ROOT, env, detached: true, stdio: 'ignore' });
  try {
    while (performance.now() - t0 < START_TIMEOUT_MS) {
      if (child.exitCode !== null) throw new Error(`npm start ended with exit code ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.ok) return (performance.now() - t0) / 1000;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`server not healthy within ${START_TIMEOUT_MS / 1000} s`);
  } finally {
    await stop(child);
  }
}

function line(label: string, seconds: number, baseline: number, goal?: number): void {
  const verdict =
    goal === undefined
      ? ''
      : seconds < goal
        ? `  Ziel < ${goal} s: erreicht`
        : `  Ziel < ${goal} s: VERFEHLT`;
  console.log(
    `${label.padEnd(54)} ${sec.format(seconds).padStart(6)} s  (${ratio.format(seconds / baseline)} × node -e 0)${verdict}`,
  );
}

export async function benchStartup(options: { runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? 7;
  const work = mkdtempSync(join(tmpdir(), 'asskomm-bench-startup-'));
  try {
    const node = timeRepeated(runs, process.execPath, ['-e', '0']);
    console.log(`Start-up (Median; Basis: node -e 0 = ${sec.format(node)} s im selben Lauf)`);
    line('node -e 0 (Basis)', node, node);
    const tsxHelp = timeRepeated(Math.min(runs, 3), process.execPath, [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      "const { main } = await import('./apps/cli/src/main.ts'); process.exitCode = await main([...process.argv.slice(0, 1), 'asskomm', '--help']);",
    ]);
    line('asskomm --help (über tsx, ohne Bündel)', tsxHelp, node);
    const help = timeRepeated(runs, process.execPath, [BIN, '--help']);
    line('asskomm --help', help, node, GOALS.help);
    console.log(`  asskomm --help ist ${ratio.format(tsxHelp / help)}-mal so schnell wie über tsx.`);
    const fresh: number[] = [];
    for (let i = 0; i < 2; i++) fresh.push(await timeStart(join(work, `fresh-${i}`)));
    line('npm start bis /api/health, neues Datenverzeichnis', median(fresh), node, GOALS.fresh);
    const warmDir = join(work, 'fresh-0');
    const warm: number[] = [];
    for (let i = 0; i < Math.min(runs, 5); i++) warm.push(await timeStart(warmDir));
    line('npm start bis /api/health, Datenverzeichnis vorhanden', median(warm), node, GOALS.warm);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const i = process.argv.indexOf('--runs');
  await benchStartup({ runs: i >= 0 ? Number(process.argv[i + 1]) || 7 : 7 });
}
