// Report batch benchmark (issue 11): 50 Lageberichte as PDF in one job, worked off by two `asskomm
// worker` processes (two cores) on PostgreSQL, against a baseline measured in the same run: the same
// reports rendered one after the other in this process without the queue (every fifth report timed,
// scaled to 50). Goal: the batch in under 60 s. Needs PostgreSQL (DATABASE_URL): PGlite allows one
// process only, so the batch there runs on one core.
//
//   DATABASE_URL=postgres://… node --import tsx scripts/bench-report-batch.ts
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { DEMO_AGS, openPlatform, SYSTEM_ACTOR, testConfig } from '../packages/core/src/index';
import { createReportBatch } from '../packages/core/src/jobs/index';
import { renderLageberichtFile } from '../packages/core/src/reports/index';
import { createDb } from '../packages/db/src/index';

const REPORTS = 50;
const WORKERS = 2;
const GOAL_MS = 60_000;
const ROOT = resolve(import.meta.dirname, '..');
const fmt = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'apps/cli/bin/asskomm.mjs'), 'worker'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'Europe/Berlin', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((ready, fail) => {
    let text = '';
    child.stderr!.on('data', (d) => {
      text += String(d);
      if (text.includes('Auftragsbearbeitung läuft')) ready(child);
    });
    child.once('exit', (code) => fail(new Error(`worker exited (${code}): ${text}`)));
  });
}

export async function benchReportBatch(): Promise<void> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    console.log(
      `Berichtsstapel (${REPORTS} PDF, ${WORKERS} Arbeitsprozesse): übersprungen, braucht PostgreSQL (DATABASE_URL); PGlite erlaubt nur einen Prozess.`,
    );
    return;
  }
  const dbName = `asskomm_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = new URL(base);
  url.pathname = `/${dbName}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'asskomm-bench-jobs-'));
  const secret = `bench-${randomBytes(16).toString('hex')}`;
  const referenceDir = join(ROOT, 'data/reference');
  const database = await createDb({ kind: 'postgres', url: url.toString(), max: 4 });
  const ctx = await openPlatform(
    testConfig({
      DATABASE_URL: url.toString(),
      ASSKOMM_DATA_DIR: dataDir,
      ASSKOMM_SECRET: secret,
      ASSKOMM_REFERENCE_DIR: referenceDir,
    }),
    { database, log: { info() {}, warn() {}, error() {} } },
  );
  const workers: ChildProcess[] = [];
  try {
    // Musterstadt (full report with survey) and 49 real municipalities (PKS through their district).
    const others = (
      (await ctx.db.execute(
        sql`select ags from municipalities where ags <> ${DEMO_AGS} order by ags limit ${REPORTS - 1}`,
      )) as unknown as { rows: { ags: string }[] }
    ).rows.map((r) => r.ags);
    const agsList = [DEMO_AGS, ...others];
    const reportDate = '2026-12-01';

    // Baseline: one process, no queue; every fifth report (after a warm-up), scaled to all.
    await renderLageberichtFile(ctx, SYSTEM_ACTOR, {
      ags: agsList[1]!,
      format: 'pdf',
      reportDate: '2026-01-01',
    });
    const sampled = agsList.filter((_, i) => i % 5 === 0);
    const b0 = performance.now();
    for (const ags of sampled)
      await renderLageberichtFile(ctx, SYSTEM_ACTOR, { ags, format: 'pdf', reportDate });
    const serialMs = ((performance.now() - b0) / sampled.length) * REPORTS;

    const env = {
      DATABASE_URL: url.toString(),
      ASSKOMM_DATA_DIR: dataDir,
      ASSKOMM_SECRET: secret,
      ASSKOMM_REFERENCE_DIR: referenceDir,
    };
    for (let i = 0; i < WORKERS; i++) workers.push(await startWorker(env));
    const t0 = performance.now();
    const { id } = await createReportBatch(ctx, SYSTEM_ACTOR, { ags: agsList, formats: ['pdf'], reportDate });
    let status = 'wartend';
    while (status !== 'fertig' && status !== 'fehlgeschlagen') {
      await new Promise((r) => setTimeout(r, 100));
      const row = (
        (await ctx.db.execute(sql`select status, error from jobs where id = ${id}`)) as unknown as {
          rows: { status: string; error: string | null }[];
        }
      ).rows[0]!;
      status = row.status;
      if (status === 'fehlgeschlagen') throw new Error(`Auftrag fehlgeschlagen: ${row.error}`);
    }
    const batchMs = performance.now() - t0;
    const split = (
      (await ctx.db.execute(
        sql`select done_by, count(*) as n from job_items where job_id = ${id} and kind = 'report' group by done_by`,
      )) as unknown as { rows: { done_by: string; n: number }[] }
    ).rows.map((r) => Number(r.n));

    console.log(
      `Berichtsstapel: ${REPORTS} Lageberichte als PDF in einem Auftrag, ${WORKERS} Arbeitsprozesse (PostgreSQL):`,
    );
    console.log(
      `  Stapel inkl. ZIP  ${fmt.format(batchMs / 1000)} s (Ziel < ${GOAL_MS / 1000} s: ${batchMs < GOAL_MS ? 'erreicht' : 'verfehlt'}), je Prozess ${split.join(' + ')} Berichte`,
    );
    console.log(
      `  Vergleich: nacheinander in einem Prozess ohne Warteschlange ${fmt.format(serialMs / 1000)} s (${sampled.length} gemessen, auf ${REPORTS} hochgerechnet); Stapel = ${(batchMs / serialMs).toFixed(2)} × seriell`,
    );
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(
      workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))),
    );
    await ctx.database.close();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchReportBatch();
