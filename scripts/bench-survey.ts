// Benchmark of the public survey submit endpoint (issue 5): POST /api/public/survey/submit on PostgreSQL.
//
//   node --import tsx scripts/bench-survey.ts [--duration 10] [--connections 50] [--codes 60000]
//
// Creates a fresh temporary database (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres,
// is only used to create and drop it), a wave in the field with enough access codes, starts the real
// server as its own process (`asskomm start`) on a loopback port, and loads it with autocannon from this
// process: every request carries a complete answer and a code not used before. Afterwards it checks that
// every acknowledged (201) submission is in the database. Then, in the same run and database, the
// baseline: a bare Fastify + pg server inserting the same body as one row (bench-baseline-server.ts),
// loaded the same way. Goal (issue 8): submissions/s ≥ 1/3 of the baseline's inserts/s, p99 < 100 ms,
// no acknowledged submission lost. Bounded: each load stops after --duration seconds or when the
// codes run out, whichever comes first.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type Actor, openPlatform, testConfig } from '../packages/core/src/index';
import { hashAccessCode } from '../packages/core/src/surveys/codes/hash-access-code';
import { createAccessCodes } from '../packages/core/src/surveys/fieldwork/index';
import { addDays, berlinDate, createWave, setWaveStatus } from '../packages/core/src/surveys/waves/index';
import { createDb } from '../packages/db/src/index';

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
  duration: number;
  latency: { p50: number; p90: number; p99: number; max: number };
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
}
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    maxOverallRequests: number;
    requests: {
      method: string;
      headers: Record<string, string>;
      setupRequest: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
      onResponse: (status: number, body: string, context: Record<string, unknown>) => void;
    }[];
  },
  done: (error: Error | null, result: AutocannonResult) => void,
) => unknown;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const GOAL_RATIO = 1 / 3;
const GOAL_P99_MS = 100;
const ADMIN: Actor = {
  id: 0,
  email: 'bench@example.org',
  name: 'Bench',
  role: 'admin',
  ags: null,
  assignedAgs: [],
};

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} braucht eine positive Zahl`);
  return value;
}

/** A complete answer as the form sends it (matrices nested under their group). */
const ANSWER = {
  WG01: 3,
  WG02: 2,
  INC: { INC_01: 1, INC_02: 2, INC_03: 3, INC_04: 4, INC_05: -1, INC_06: 1, INC_07: 1, INC_08: 2, INC_09: 1 },
  SF01: 2,
  ORT: { ORT_01: 1, ORT_02: 2, ORT_03: 3, ORT_04: -2, ORT_05: 5, ORT_06: 1 },
  AFF: { AFF_01: 1, AFF_02: 2, AFF_03: 3, AFF_04: 4, AFF_05: 1 },
  KOG: { KOG_01: 1, KOG_02: 2, KOG_03: 3, KOG_04: 4, KOG_05: 5 },
  KON_AUSGEHEN: { KON_01: 1, KON_02: -2 },
  KON_MEIDEN: { KON_03: 1, KON_04: 2, KON_05: 3, KON_06: 4, KON_07: 5 },
  VIK: { VIK_01: 1, VIK_02: 2, VIK_03: 2, VIK_04: -1, VIK_05: 2, VIK_06: 2, VIK_07: 2 },
  VIK_POL: { VIK_01_POL: 1 },
  VER: { VER_POL: 2, VER_OA: 3 },
  ANG_ORTE: [1, 97],
  ANG_TEXT: 'Die Unterführung am Bahnhof ist nachts schlecht beleuchtet.',
  MAS_WAHL: [1, 2, 5],
  MAS_ZUF: 3,
  MAS_TEXT: 'Mehr Licht und öfter eine Streife am Abend.',
  SD_ALTER: 4,
  SD_GESCHLECHT: 2,
  SD_ORTSTEIL: 2,
};

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => res(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function startServer(
  databaseUrl: string,
  secret: string,
  nodeArgs: string[] = [],
  script: string[] = [join(ROOT, 'apps/cli/bin/asskomm.mjs'), 'start'],
  healthPath = '/api/health',
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [...nodeArgs, ...script], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      ASSKOMM_SECRET: secret,
      ASSKOMM_REFERENCE_DIR: '/nonexistent-reference-dir',
      ASSKOMM_WEB_DIST: '/nonexistent-web-dist',
      ASSKOMM_LOG_LEVEL: 'warn',
      ASSKOMM_SURVEY_RATE_LIMIT: '100000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server beendet: ${output.join('')}`);
    try {
      if ((await fetch(`${url}${healthPath}`)).ok) return { child, url };
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Server startet nicht: ${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stopServer(server: { child: ChildProcess } | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
}

interface LoadResult {
  acked: string[];
  result: AutocannonResult;
}

function load(
  url: string,
  codes: string[],
  duration: number,
  connections: number,
  path = '/api/public/survey/submit',
): Promise<LoadResult> {
  let next = 0;
  const acked: string[] = [];
  const prefix = '{"code":"';
  const suffix = `","values":${JSON.stringify(ANSWER)}}`;
  return new Promise((res, rej) => {
    autocannon(
      {
        url: `${url}${path}`,
        connections,
        duration,
        maxOverallRequests: codes.length,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request, context) => {
              const code = codes[next++];
              if (code === undefined) return request; // bounded by maxOverallRequests; never reached
              context.code = code;
              return { ...request, body: `${prefix}${code}${suffix}` };
            },
            onResponse: (status, _body, context) => {
              if (status === 201) acked.push(context.code as string);
            },
          },
        ],
      },
      (error, result) => (error ? rej(error) : res({ acked, result })),
    );
  });
}

export async function benchSurvey(): Promise<void> {
  const duration = option('duration', 10);
  const connections = option('connections', 50);
  const codeCount = option('codes', 60_000);
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const host = new URL(adminUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
    throw new Error(
      `Der Benchmark läuft nur gegen PostgreSQL auf dieser Maschine (loopback), nicht ${host}.`,
    );
  }
  const dbName = `asskomm_bench_${randomBytes(6).toString('hex')}`;
  const secret = randomBytes(32).toString('base64url');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  let server: { child: ChildProcess; url: string } | undefined;
  const database = await createDb({ kind: 'postgres', url: databaseUrl, max: 4 });
  try {
    const ctx = await openPlatform(testConfig({ DATABASE_URL: databaseUrl, ASSKOMM_SECRET: secret }), {
      database,
      log: { info() {}, warn() {}, error() {} },
      skipReference: true,
    });
    const today = berlinDate();
    const wave = await createWave(ctx, ADMIN, {
      ags: '14999999',
      title: 'Benchmark',
      fieldStart: addDays(today, -1),
      fieldEnd: addDays(today, 30),
      config: {
        districts: ['Altstadt', 'Nordviertel', 'Südvorstadt'],
        localPlaces: ['Bahnhofsvorplatz', 'Stadtpark'],
        enabledOptionalBlocks: ['INC', 'KOG', 'KON', 'ANG', 'MAS'],
      },
    });
    const codes: string[] = [];
    const t0 = performance.now();
    while (codes.length < codeCount) {
      const batch = Math.min(20_000, codeCount - codes.length);
      codes.push(...(await createAccessCodes(ctx, ADMIN, wave.id, batch)).codes);
    }
    await setWaveStatus(ctx, ADMIN, wave.id, 'feldphase');
    console.log(
      `Welle ${wave.id} mit ${codes.length} Zugangscodes angelegt (${Math.round(performance.now() - t0)} ms).`,
    );

    // --profile writes a CPU profile of the server process to var/profile (open it in Chrome DevTools).
    const profile = process.argv.includes('--profile')
      ? ['--cpu-prof', '--cpu-prof-dir', join(ROOT, 'var/profile')]
      : [];
    server = await startServer(databaseUrl, secret, profile);
    console.log(`Server läuft auf ${server.url} (eigener Prozess, PostgreSQL ${dbName}).`);
    const warmupCodes = codes.splice(0, Math.min(3000, Math.floor(codes.length / 10)));
    const warm = await load(server.url, warmupCodes, 3, connections);
    console.log(`Aufwärmen: ${warm.acked.length} Abgaben.`);
    const { acked, result } = await load(server.url, codes, duration, connections);

    const perSecond = acked.length / result.duration;
    const p99 = result.latency.p99;
    const statusCounts = {
      '2xx': result['2xx'],
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    };
    console.log('');
    console.log(
      `POST /api/public/survey/submit, ${connections} Verbindungen, ${result.duration.toFixed(1)} s:`,
    );
    console.log(`  Abgaben (201):  ${acked.length} = ${Math.round(perSecond)} /s`);
    console.log(
      `  Latenz:         p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${p99} ms (Ziel < ${GOAL_P99_MS}), max ${result.latency.max} ms`,
    );
    console.log(`  Antworten:      ${JSON.stringify(statusCounts)}`);

    // Every acknowledged submission is in the database. Answers carry no code (by design), so: each
    // acknowledged code is marked used, and stored answers (final table and inbox) = used codes ≥
    // acknowledged. Requests still in flight when the clock ran out can be stored without their 201
    // having been read.
    const allAcked = [...warm.acked, ...acked];
    const counts = await database.pool!.query(
      `select (select count(*)::int from survey_responses where wave_id = $1)
            + (select count(*)::int from survey_response_inbox where wave_id = $1) as responses,
              (select count(*)::int from survey_response_inbox where wave_id = $1) as waiting,
              (select count(*)::int from survey_access_codes where wave_id = $1 and used) as used`,
      [wave.id],
    );
    const { responses, used, waiting } = counts.rows[0] as {
      responses: number;
      used: number;
      waiting: number;
    };
    const hashes = allAcked.map((c) => hashAccessCode(c, secret));
    const usedAcked = (
      await database.pool!.query(
        'select count(*)::int as n from survey_access_codes where code_hash = any($1::text[]) and used',
        [hashes],
      )
    ).rows[0].n as number;
    const lost = allAcked.length - usedAcked;
    const ok = lost === 0 && responses === used && responses >= allAcked.length;
    console.log(
      `  Prüfung:        ${allAcked.length} bestätigt (mit Aufwärmen), davon als verbraucht gespeichert: ${usedAcked}; ${responses} Antworten (${waiting} davon noch im Eingang) = ${used} verbrauchte Codes (${responses - allAcked.length} beim Abbruch unterwegs) → ${ok ? 'vollständig, 0 verloren' : 'FEHLER'}`,
    );
    if (!ok) process.exitCode = 1;

    // Baseline in the same run: the real server stops first, so both have the machine to themselves.
    await stopServer(server);
    server = await startServer(
      databaseUrl,
      secret,
      [],
      ['--import', 'tsx', join(ROOT, 'scripts/bench-baseline-server.ts')],
      '/health',
    );
    const fakeCodes = Array.from(
      { length: codes.length + warmupCodes.length },
      (_, i) => `BASE-LINE-${String(i).padStart(6, '0')}`,
    );
    await load(server.url, fakeCodes.splice(0, warmupCodes.length), 3, connections, '/insert');
    const base = await load(server.url, fakeCodes, duration, connections, '/insert');
    const basePerSecond = base.acked.length / base.result.duration;
    console.log('');
    console.log(
      `Vergleich: Fastify + pg, eine Zeile einfügen (POST /insert), ${connections} Verbindungen, ${base.result.duration.toFixed(1)} s:`,
    );
    console.log(
      `  Einfügungen:    ${base.acked.length} = ${Math.round(basePerSecond)} /s; Latenz p50 ${base.result.latency.p50} ms, p99 ${base.result.latency.p99} ms`,
    );
    const ratio = perSecond / basePerSecond;
    const goals = ratio >= GOAL_RATIO && p99 < GOAL_P99_MS && ok;
    console.log(
      `  Verhältnis:     Abgaben/Einfügungen = ${ratio.toFixed(2)} (Ziel ≥ ${GOAL_RATIO.toFixed(2)}), p99 ${p99} ms (Ziel < ${GOAL_P99_MS}), verloren ${lost} (Ziel 0)`,
    );
    console.log(`  Ziel ${goals ? 'erreicht' : 'NICHT erreicht'}.`);
  } finally {
    await stopServer(server);
    await database.close();
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${dbName} with (force)`);
    await c.end();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchSurvey();
}
