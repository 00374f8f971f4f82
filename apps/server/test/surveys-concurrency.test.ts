// Exactly once across server instances: two separate server PROCESSES on one PostgreSQL redeem the same
// codes at the same moment, in a loop. Every code must yield exactly one stored response, one 201 and
// one 410. PostgreSQL only (PGlite is one process by design); skipped with a reason without DATABASE_URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type CoreContext, openPlatform, testConfig } from '@asskomm/core';
import { createDb } from '@asskomm/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, TEST_DATABASE_URL } from '../../../test/helpers/test-platform';
import { completeAnswers, waveInField } from './surveys-fixtures';

const CODES = 50;
const SECRET = `concurrency-${randomBytes(16).toString('hex')}`;

if (!TEST_DATABASE_URL)
  console.warn(
    'surveys-concurrency: DATABASE_URL not set: the two-process test needs PostgreSQL and is skipped',
  );

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: string[];
}

/** Every process started, so that afterAll stops them even when a start fails half-way. */
const started: ChildProcess[] = [];

async function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
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
      ASSKOMM_SECRET: SECRET,
      ASSKOMM_REFERENCE_DIR: '/nonexistent-reference-dir',
      ASSKOMM_WEB_DIST: '/nonexistent-web-dist',
      ASSKOMM_LOG_LEVEL: 'info',
      ASSKOMM_SURVEY_RATE_LIMIT: '1000000',
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

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

describe.skipIf(!TEST_DATABASE_URL)('exactly-once submission across two server processes (postgres)', () => {
  const dbName = `asskomm_test_${randomBytes(6).toString('hex')}`;
  let databaseUrl: string;
  let ctx: CoreContext;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  let codes: string[];
  let waveId: number;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(TEST_DATABASE_URL!);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
    const database = await createDb({ kind: 'postgres', url: databaseUrl, max: 4 });
    ctx = await openPlatform(testConfig({ ASSKOMM_SECRET: SECRET, DATABASE_URL: databaseUrl }), {
      database,
      log: { info() {}, warn() {}, error() {} },
      skipReference: true,
    });
    ({ waveId, codes } = await waveInField(ctx, { codes: CODES }));
    // One after the other: first-start work (e.g. a first admin account) is not meant to race.
    a = await startServerProcess(databaseUrl);
    b = await startServerProcess(databaseUrl);
  });

  afterAll(async () => {
    await Promise.all(started.map(stop));
    await ctx?.database.close();
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  });

  it(`stores exactly one response per code when both processes redeem it at once (${CODES} codes)`, async () => {
    const submit = (server: ServerProcess, code: string) =>
      fetch(`${server.url}/api/public/survey/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, values: completeAnswers() }),
      }).then(async (res) => ({
        status: res.status,
        body: (await res.json()) as { error?: { code: string } },
      }));
    const outcomes: string[] = [];
    for (const code of codes) {
      // Two requests to each process, all four in flight together.
      const results = await Promise.all([
        submit(a!, code),
        submit(b!, code),
        submit(a!, code),
        submit(b!, code),
      ]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses, code).toEqual([201, 410, 410, 410]);
      for (const r of results.filter((x) => x.status === 410))
        expect(r.body.error?.code).toBe('SURVEY_CODE_USED');
      outcomes.push(results[0]!.status === 201 || results[2]!.status === 201 ? 'a' : 'b');
    }
    // Both processes won some races (otherwise the test would not have tested concurrency).
    expect(new Set(outcomes).size, outcomes.join('')).toBe(2);

    const counts = await ctx.database.pool!.query(
      // Stored answers: moved into the final table in batches, or still waiting in the inbox.
      `select (select count(*)::int from survey_responses where wave_id = $1)
            + (select count(*)::int from survey_response_inbox where wave_id = $1) as responses,
              (select count(*)::int from survey_access_codes where wave_id = $1 and used) as used`,
      [waveId],
    );
    expect(counts.rows[0]).toEqual({ responses: CODES, used: CODES });

    // Neither process logged a code, a hash or the public route.
    const logs = [...a!.output, ...b!.output].join('');
    for (const code of codes) {
      expect(logs).not.toContain(code);
      expect(logs).not.toContain(code.replace(/-/g, ''));
    }
    expect(logs).not.toContain('/api/public/survey');
  });
});
