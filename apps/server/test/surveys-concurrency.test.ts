// Exactly once across server instances: two separate server PROCESSES on one PostgreSQL redeem the same
// codes at the same moment, in a loop. Every code must yield exactly one stored response, one 201 and
// one 410. And no acknowledged submission is lost when a process is killed with SIGKILL under load. PostgreSQL only (PGlite is one process by design); skipped with a reason without DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { type CoreContext, openPlatform, testConfig } from '@asskomm/core';
import { createDb } from '@asskomm/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ServerProcess,
  startServerProcess as startProcess,
  stopAllServerProcesses,
} from '../../../test/helpers/server-process';
import { TEST_DATABASE_URL } from '../../../test/helpers/test-platform';
import { completeAnswers, waveInField } from './surveys-fixtures';

const CODES = 50;
const SECRET = `concurrency-${randomBytes(16).toString('hex')}`;

if (!TEST_DATABASE_URL)
  console.warn(
    'surveys-concurrency: DATABASE_URL not set: the two-process test needs PostgreSQL and is skipped',
  );

const startServerProcess = (databaseUrl: string) =>
  startProcess(databaseUrl, SECRET, { ASSKOMM_SURVEY_RATE_LIMIT: '1000000' });

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
    await stopAllServerProcesses();
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

  it('loses no acknowledged submission when a server process is killed (kill -9) under load', async () => {
    const wave = await waveInField(ctx, { codes: 400, title: 'kill -9' });
    const victim = await startServerProcess(databaseUrl);
    const acked: string[] = [];
    let next = 0;
    // 16 clients in parallel against the victim; it is killed after the first 60 acknowledgements.
    const client = async () => {
      for (;;) {
        const code = wave.codes[next++];
        if (code === undefined) return;
        try {
          const res = await fetch(`${victim.url}/api/public/survey/submit`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ code, values: completeAnswers() }),
          });
          if (res.status === 201) acked.push(code);
          if (acked.length >= 60 && victim.child.exitCode === null) victim.child.kill('SIGKILL');
        } catch {
          return; // the process is gone
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, client));
    if (victim.child.exitCode === null && victim.child.signalCode === null)
      await new Promise((r) => victim.child.once('exit', r));
    expect(victim.child.signalCode).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(60);
    expect(next).toBeLessThan(wave.codes.length); // killed mid-run, not after the last code

    const { hashAccessCode } = await import('@asskomm/core/surveys');
    const hashes = acked.map((c) => hashAccessCode(c, SECRET));
    const stored = await ctx.database.pool!.query(
      `select (select count(*)::int from survey_access_codes where code_hash = any($2::text[]) and used) as acked_used,
              (select count(*)::int from survey_access_codes where wave_id = $1 and used) as used,
              (select count(*)::int from survey_responses where wave_id = $1)
            + (select count(*)::int from survey_response_inbox where wave_id = $1) as answers`,
      [wave.waveId, hashes],
    );
    const row = stored.rows[0] as { acked_used: number; used: number; answers: number };
    // Every acknowledged code is used; every used code has exactly one stored answer.
    expect(row.acked_used).toBe(acked.length);
    expect(row.answers).toBe(row.used);
    // The surviving process still takes submissions and moves full batches.
    const rest = wave.codes.slice(next, next + 25);
    for (const code of rest) {
      const res = await fetch(`${a!.url}/api/public/survey/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, values: completeAnswers() }),
      });
      expect(res.status).toBe(201);
    }
  });
});
