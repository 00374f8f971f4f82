// Exactly once across processes: two `asskomm worker` processes and two servers on one PostgreSQL run
// a batch of 50 reports (HTML: the test is about exactly-once, not speed). One worker is killed with
// SIGKILL while it holds a report; the other takes the report over after its lease. Every report must
// be made exactly once (one counted result per AGS) and none lost. PostgreSQL only (PGlite is one
// process by design); skipped with a reason without DATABASE_URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CoreContext, createUser, openPlatform, SYSTEM_ACTOR, testConfig } from '@asskomm/core';
import { createDb } from '@asskomm/db';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_DIR, REPO_ROOT, TEST_DATABASE_URL } from '../../../test/helpers/test-platform';

const REPORTS = 50;
const SECRET = `jobs-${randomBytes(16).toString('hex')}`;
const PASSWORD = 'Jobs-Test-Passwort-2026!';
const LEASE_SECONDS = 4;

if (!TEST_DATABASE_URL)
  console.warn(
    'jobs-concurrency: DATABASE_URL not set: the multi-process test needs PostgreSQL and is skipped',
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

interface Proc {
  child: ChildProcess;
  output: string[];
}

const started: ChildProcess[] = [];

function spawnCli(args: string[], env: Record<string, string>): Proc {
  const output: string[] = [];
  const child = spawn(process.execPath, [join(REPO_ROOT, 'apps/cli/bin/asskomm.mjs'), ...args], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TZ: 'Europe/Berlin',
      ASSKOMM_SECRET: SECRET,
      ASSKOMM_REFERENCE_DIR: REFERENCE_DIR,
      ASSKOMM_WEB_DIST: '/nonexistent-web-dist',
      ASSKOMM_JOB_LEASE_SECONDS: String(LEASE_SECONDS),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  return { child, output };
}

async function startServer(env: Record<string, string>): Promise<{ url: string } & Proc> {
  const port = await freePort();
  const proc = spawnCli(['start'], { ...env, PORT: String(port), HOST: '127.0.0.1', ASSKOMM_WORKER: '0' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`server exited: ${proc.output.join('')}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${proc.output.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { ...proc, url };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

async function login(url: string, email: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = String(res.headers.get('set-cookie')).split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (path: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, {
      ...init,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', ...init.headers },
    });
}

describe.skipIf(!TEST_DATABASE_URL)(
  'report batch exactly once across processes, with kill -9 (postgres)',
  () => {
    const dbName = `asskomm_test_${randomBytes(6).toString('hex')}`;
    const dataDir = mkdtempSync(join(tmpdir(), 'asskomm-jobs-'));
    let databaseUrl: string;
    let ctx: CoreContext;

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${dbName}`);
      await admin.end();
      const url = new URL(TEST_DATABASE_URL!);
      url.pathname = `/${dbName}`;
      databaseUrl = url.toString();
      const database = await createDb({ kind: 'postgres', url: databaseUrl, max: 4 });
      ctx = await openPlatform(
        testConfig({
          ASSKOMM_SECRET: SECRET,
          DATABASE_URL: databaseUrl,
          ASSKOMM_DATA_DIR: dataDir,
          ASSKOMM_REFERENCE_DIR: REFERENCE_DIR,
        }),
        { database, log: { info() {}, warn() {}, error() {} } },
      );
      await createUser(ctx, SYSTEM_ACTOR, { email: 'lpr@example.org', role: 'admin', password: PASSWORD });
    }, 300_000);

    afterAll(async () => {
      await Promise.all(started.map(stop));
      await ctx?.database.close();
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    });

    it(`makes each of ${REPORTS} reports exactly once, none lost, after a worker is killed mid-report`, async () => {
      const env = { DATABASE_URL: databaseUrl, ASSKOMM_DATA_DIR: dataDir };
      // One after the other: first-start work is not meant to race.
      const serverA = await startServer(env);
      const serverB = await startServer(env);
      const apiA = await login(serverA.url, 'lpr@example.org');
      const apiB = await login(serverB.url, 'lpr@example.org');

      const agsList = (
        (await ctx.db.execute(
          sql`select ags from municipalities order by ags limit ${REPORTS}`,
        )) as unknown as {
          rows: { ags: string }[];
        }
      ).rows.map((r) => r.ags);
      expect(agsList).toHaveLength(REPORTS);
      const created = await apiA('/api/jobs/report-batches', {
        method: 'POST',
        body: JSON.stringify({ ags: agsList, formats: ['html'], reportDate: '2026-12-01' }),
      });
      expect(created.status).toBe(202);
      const { id } = (await created.json()) as { id: number };

      const workerA = spawnCli(['worker'], env);
      const workerB = spawnCli(['worker'], env);
      const pidA = workerA.child.pid!;

      // Wait until worker A holds a report (its pid is in the lease token) after some progress, then kill it.
      // It is frozen first (SIGSTOP), so that it cannot finish the report between the look and the kill.
      const killDeadline = Date.now() + 120_000;
      let killedSeq: number | null = null;
      const heldByA = async () =>
        (
          (await ctx.db.execute(sql`
          select i.seq, j.done from job_items i join jobs j on j.id = i.job_id
          where i.job_id = ${id} and i.status = 'offen' and i.kind = 'report'
            and i.lease_token like ${`${pidA}-%`}`)) as unknown as { rows: { seq: number; done: number }[] }
        ).rows[0];
      while (killedSeq === null) {
        const held = await heldByA();
        if (held && held.done >= 5) {
          workerA.child.kill('SIGSTOP');
          const still = await heldByA();
          if (still) {
            workerA.child.kill('SIGKILL');
            killedSeq = still.seq;
            break;
          }
          workerA.child.kill('SIGCONT');
        }
        if (Date.now() > killDeadline)
          throw new Error(`worker A never held a report: ${workerA.output.join('')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => workerA.child.once('exit', r));
      expect(workerA.child.signalCode).toBe('SIGKILL');

      // Worker B finishes the batch, the killed worker's report included; progress read through server B.
      const doneDeadline = Date.now() + 240_000;
      let job: { status: string; done: number; total: number; error: string | null };
      for (;;) {
        job = (await (await apiB(`/api/jobs/${id}`)).json()) as typeof job;
        if (job.status === 'fertig' || job.status === 'fehlgeschlagen') break;
        if (Date.now() > doneDeadline)
          throw new Error(`batch not done: ${JSON.stringify(job)} ${workerB.output.join('')}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(job).toMatchObject({ status: 'fertig', done: REPORTS, total: REPORTS, error: null });

      // Exactly once: one counted result per AGS, each item done once; the killed report was taken over.
      const items = (
        (await ctx.db.execute(sql`
        select seq, params->>'ags' as ags, status, attempts, done_by, output from job_items
        where job_id = ${id} and kind = 'report' order by seq`)) as unknown as {
          rows: {
            seq: number;
            ags: string;
            status: string;
            attempts: number;
            done_by: string;
            output: string;
          }[];
        }
      ).rows;
      expect(items).toHaveLength(REPORTS);
      expect(items.every((i) => i.status === 'fertig')).toBe(true);
      expect(new Set(items.map((i) => i.ags)).size).toBe(REPORTS);
      expect(new Set(items.map((i) => i.output)).size).toBe(REPORTS);
      const killed = items.find((i) => i.seq === killedSeq)!;
      expect(killed.attempts).toBeGreaterThanOrEqual(2);
      expect(killed.done_by.endsWith(`:${workerB.child.pid}`)).toBe(true);
      // Both workers did part of the batch before the kill.
      const byWorker = new Set(items.map((i) => i.done_by.split(':').pop()));
      expect(byWorker).toEqual(new Set([String(pidA), String(workerB.child.pid)]));

      // The ZIP, downloaded through the other server: every AGS exactly once.
      const download = await apiB(`/api/jobs/${id}/result`);
      expect(download.status).toBe(200);
      const zip = await JSZip.loadAsync(new Uint8Array(await download.arrayBuffer()));
      const names = Object.keys(zip.files);
      expect(names).toHaveLength(REPORTS);
      expect(names.sort()).toEqual(agsList.map((a) => `lagebericht-${a}.html`).sort());
      // Nothing left in the job's directory but the ZIP (the killed attempt's file, if any, is gone).
      expect(readdirSync(join(dataDir, 'jobs', String(id)))).toHaveLength(1);
    }, 600_000);
  },
);
