// PKS import benchmark (issue 4): a generated municipality table of 1,000,000 rows (template format,
// generateGemeindePksCsv) imported into PostgreSQL through the platform's real import path
// (importPksFile: parsing and every check, permissions, import log, audit, COPY in one transaction),
// beside a raw PostgreSQL COPY of the same bytes into an identical table (same columns, primary key and
// indexes) in the same run. Goal: the platform reaches at least 50 % of the raw COPY throughput.
//
//   node --import tsx scripts/bench-pks.ts [--rows 1000000] [--rounds 3]
//
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names a server on which the bench
// creates, and afterwards drops, its own temporary database. Each round times the raw COPY and the
// platform import on empty tables after a CHECKPOINT; the median round is the result.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  type CoreContext,
  importPksFile,
  openPlatform,
  REFERENCE_FILES,
  SYSTEM_ACTOR,
  testConfig,
} from '../packages/core/src/index';
import { createDb, districts, municipalities, pksOffenceKeys } from '../packages/db/src/index';
import {
  BKA_KREISE_STANDARD_KEYS,
  classifyKey,
  DISTRICT_TABLE_EXTRA_KEYS,
  generateGemeindePksCsv,
  MAIN_GROUP_LABELS,
} from '../packages/importers/src/index';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const REFERENCE_DATA = resolve(import.meta.dirname, '../data/reference');

const int = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const sec = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

interface Round {
  platformMs: number;
  copyMs: number;
}

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Districts and the key catalogue when data/reference is absent (e.g. removed to save space). */
async function seedMinimalReference(ctx: CoreContext): Promise<void> {
  const kreise = ['511', '521', '522', '523', '524', '612', '625', '626', '627', '628', '713', '729', '730'];
  await ctx.db
    .insert(districts)
    .values(kreise.map((k) => ({ kreisSchluessel: `14${k}`, name: `Kreis 14${k}`, kreisTyp: 'Landkreis' })))
    .onConflictDoNothing();
  const keys = [...new Set([...BKA_KREISE_STANDARD_KEYS, ...DISTRICT_TABLE_EXTRA_KEYS.map((e) => e.key)])];
  await ctx.db
    .insert(pksOffenceKeys)
    .values(
      keys.map((key) => {
        const c = classifyKey(key);
        return {
          key,
          label: key,
          mainGroup: c.mainGroup,
          mainGroupLabel: MAIN_GROUP_LABELS[c.mainGroup],
          isSummary: c.isSummary,
          isWildcard: c.isWildcard,
          isTotal: c.isTotal,
          firstYear: 2015,
          lastYear: 2025,
          source: 'bench',
        };
      }),
    )
    .onConflictDoNothing();
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function benchPks(options: { rows?: number; rounds?: number } = {}): Promise<void> {
  const rows = options.rows ?? 1_000_000;
  const rounds = options.rounds ?? 3;
  const baseUrl = process.env.DATABASE_URL || DEFAULT_URL;
  const name = `asskomm_bench_pks_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  const version = (await admin.query('show server_version')).rows[0]?.server_version as string;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const database = await createDb({ kind: 'postgres', url: url.toString(), max: 4 });
  const raw = new pg.Client({ connectionString: url.toString() });
  try {
    await raw.connect();
    const withReference = existsSync(resolve(REFERENCE_DATA, REFERENCE_FILES.gemeinden));
    const quiet = { info() {}, warn() {}, error() {} };
    const ctx = await openPlatform(
      testConfig({
        ASSKOMM_SECRET: 'bench-secret-bench-secret-bench-secret',
        ASSKOMM_REFERENCE_DIR: withReference ? REFERENCE_DATA : '/nonexistent-reference-dir',
      }),
      { database, log: quiet, skipReference: !withReference },
    );
    if (!withReference) await seedMinimalReference(ctx);

    let t = performance.now();
    const bytes = generateGemeindePksCsv({ rows, seed: 1 });
    const genMs = performance.now() - t;
    // The synthetic AGS (14 + district + running number) must be known municipalities: setup, not timed.
    const agsList = new Set<string>();
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let at = text.indexOf(10) + 1; at > 0 && at < text.length; at = text.indexOf(10, at) + 1)
      agsList.add(text.toString('latin1', at, at + 8));
    await ctx.db
      .insert(municipalities)
      .values(
        [...agsList].map((ags) => ({
          ags,
          name: `Bench ${ags}`,
          gemeindetyp: 'Gemeinde',
          kreisSchluessel: ags.slice(0, 5),
        })),
      )
      .onConflictDoNothing();
    await raw.query('create table bench_raw_copy (like pks_facts including all)');
    await raw.query(
      `alter table bench_raw_copy alter column area_kind set default 'gemeinde',
         alter column source set default 'COPY', alter column import_id set default 0`,
    );

    console.log(
      `PKS-Import: ${int.format(rows)} Zeilen Gemeinde-Vorlage (${sec.format(bytes.length / 1048576)} MB, erzeugt in ${sec.format(genMs / 1000)} s), ${int.format(agsList.size)} Gemeinden, PostgreSQL ${version}`,
    );
    console.log(
      'Plattform = importPksFile (alle Prüfungen, Protokoll, Audit, COPY in einer Transaktion); COPY = COPY der Datei in eine gleich gebaute Tabelle (Primärschlüssel, Indizes).',
    );
    const results: Round[] = [];
    for (let round = 1; round <= rounds; round++) {
      // Both tables start each round equally clean: no rows, no dead tuples of the round before.
      await raw.query('truncate bench_raw_copy');
      await raw.query("delete from pks_facts where source = 'Bench'");
      await raw.query("delete from pks_imports where source = 'Bench'");
      await raw.query('vacuum pks_facts');
      await raw.query('checkpoint');
      t = performance.now();
      await raw.query('begin');
      await pipeline(
        Readable.from([text]),
        raw.query(
          copyFrom(
            "copy bench_raw_copy (ags, year, key, cases, attempts, cleared, suspects) from stdin (format csv, header true, delimiter ';')",
          ),
        ),
      );
      await raw.query('commit');
      const copyMs = performance.now() - t;
      await raw.query('checkpoint');
      t = performance.now();
      const result = await importPksFile(ctx, SYSTEM_ACTOR, {
        bytes,
        filename: 'bench.csv',
        source: 'Bench',
      });
      const platformMs = performance.now() - t;
      const count = Number(
        (await raw.query("select count(*)::int as n from pks_facts where source = 'Bench'")).rows[0]?.n,
      );
      if (count !== rows || result.summary.rowCount !== rows)
        throw new Error(`bench: ${count} Zeilen in pks_facts, erwartet ${rows}`);
      results.push({ platformMs, copyMs });
      console.log(
        `Lauf ${round}: Plattform ${sec.format(platformMs / 1000)} s (${int.format(rows / (platformMs / 1000))} Zeilen/s) · COPY ${sec.format(copyMs / 1000)} s (${int.format(rows / (copyMs / 1000))} Zeilen/s) · Verhältnis ${int.format((copyMs / platformMs) * 100)} %`,
      );
    }
    const platform = median(results.map((r) => r.platformMs));
    const copy = median(results.map((r) => r.copyMs));
    const ratio = copy / platform;
    console.log(
      `Median: Plattform ${int.format(rows / (platform / 1000))} Zeilen/s, COPY ${int.format(rows / (copy / 1000))} Zeilen/s, Verhältnis ${int.format(ratio * 100)} % (Ziel ≥ 50 %: ${ratio >= 0.5 ? 'erreicht' : 'NICHT erreicht'})`,
    );
  } finally {
    await raw.end().catch(() => {});
    await database.close();
    const cleanup = new pg.Client({ connectionString: baseUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  benchPks({ rows: argValue('--rows', 1_000_000), rounds: argValue('--rounds', 3) }).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
