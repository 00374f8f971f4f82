// "Lose nothing under a load test with a kill -9" (issue 12): many clients send remarks (some with a
// photo) to a real server process, which is killed with SIGKILL mid-run. Every remark the server
// acknowledged (201 with its number) must be stored, with its text and, if it had one, its photo file;
// a restarted process serves them. PostgreSQL only (the survey test next door does the same for answers);
// skipped with a reason without DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CoreContext, DEMO_AGS, openPlatform, testConfig } from '@asskomm/core';
import { createDb } from '@asskomm/db';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, startServerProcess, stopAllServerProcesses } from '../../../test/helpers/server-process';
import { TEST_DATABASE_URL } from '../../../test/helpers/test-platform';

const SECRET = `remarks-kill-${randomBytes(16).toString('hex')}`;
const TOTAL = 600;
const CLIENTS = 12;
const KILL_AFTER = 80;

if (!TEST_DATABASE_URL)
  console.warn('remarks-kill: DATABASE_URL not set: the kill -9 load test needs PostgreSQL and is skipped');

interface Acknowledged {
  publicId: string;
  description: string;
  withPhoto: boolean;
}

describe.skipIf(!TEST_DATABASE_URL)('remarks under load with kill -9 (postgres)', () => {
  const dbName = `asskomm_test_${randomBytes(6).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'asskomm-remarks-kill-'));
  const serverEnv = { ASSKOMM_REMARK_RATE_LIMIT: '1000000', ASSKOMM_DATA_DIR: dataDir };
  let databaseUrl: string;
  let ctx: CoreContext;
  let photo: Buffer;

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
    photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#557a6a' } })
      .jpeg()
      .toBuffer();
  });

  afterAll(async () => {
    await stopAllServerProcesses();
    await ctx?.database.close();
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores every acknowledged remark when the server is killed mid-run, and a restarted server serves them', async () => {
    const victim = await startServerProcess(databaseUrl, SECRET, serverEnv);
    const acked: Acknowledged[] = [];
    let next = 0;
    let killed = false;
    const send = (i: number) => {
      const description = `Lasttest-Hinweis Nummer ${String(i).padStart(4, '0')}: Laterne am Marktplatz ist aus.`;
      const withPhoto = i % 5 === 0;
      const fields = { ags: DEMO_AGS, category: 'beleuchtung', description, addressString: 'Marktplatz 1' };
      let body: FormData | string;
      const headers: Record<string, string> = {};
      if (withPhoto) {
        body = new FormData();
        for (const [key, value] of Object.entries(fields)) body.append(key, value);
        body.append('foto', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'laterne.jpg');
      } else {
        body = JSON.stringify(fields);
        headers['content-type'] = 'application/json';
      }
      return { description, withPhoto, request: { method: 'POST', headers, body } };
    };
    const client = async () => {
      for (;;) {
        const i = next++;
        if (i >= TOTAL) return;
        const { description, withPhoto, request } = send(i);
        try {
          const res = await fetch(`${victim.url}/api/remarks`, request);
          if (res.status === 201) {
            const { publicId } = (await res.json()) as { publicId: string };
            acked.push({ publicId, description, withPhoto });
          } else throw new Error(`HTTP ${res.status}: ${await res.text()}`);
          if (acked.length >= KILL_AFTER && !killed) killed = victim.child.kill('SIGKILL');
        } catch (error) {
          if (killed) return; // the process is gone (its exit event may not have arrived yet)
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    await exited(victim.child);
    expect(victim.child.signalCode).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(next).toBeLessThan(TOTAL); // killed mid-run, not after the last remark
    expect(acked.some((a) => a.withPhoto)).toBe(true);

    // Every acknowledged remark is stored with its text; those with a photo have their file on disk.
    const stored = await ctx.database.pool!.query<{
      public_id: string;
      description: string;
      photo: { path: string } | null;
    }>('select public_id, description, photo from remarks where public_id = any($1::text[])', [
      acked.map((a) => a.publicId),
    ]);
    const byId = new Map(stored.rows.map((row) => [row.public_id, row]));
    const missing = acked.filter((a) => !byId.has(a.publicId)).map((a) => a.publicId);
    expect(missing).toEqual([]);
    for (const a of acked) {
      const row = byId.get(a.publicId)!;
      expect(row.description).toBe(a.description);
      expect(row.photo != null).toBe(a.withPhoto);
      if (row.photo) expect(existsSync(join(dataDir, 'files', row.photo.path)), a.publicId).toBe(true);
    }
    // Nothing half-written: no stored remark points at a photo file that is not there.
    const all = await ctx.database.pool!.query<{ photo: { path: string } | null }>(
      'select photo from remarks where photo is not null',
    );
    for (const row of all.rows) expect(existsSync(join(dataDir, 'files', row.photo!.path))).toBe(true);

    // A restarted process serves the acknowledged remarks and takes new ones.
    const restarted = await startServerProcess(databaseUrl, SECRET, serverEnv);
    const sample = acked[acked.length - 1]!;
    const status = await fetch(`${restarted.url}/api/remarks/public/${sample.publicId}`);
    expect(status.status).toBe(200);
    expect(((await status.json()) as { status: string }).status).toBe('eingegangen');
    const again = send(TOTAL);
    expect((await fetch(`${restarted.url}/api/remarks`, again.request)).status).toBe(201);
  });
});
