import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Config, type CoreContext, openPlatform, testConfig } from '@asskomm/core';
import { createDb, type Database } from '@asskomm/db';
import pg from 'pg';

/** Repository root and the open reference data shipped in it (data/reference, see its SOURCES.md). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const REFERENCE_DIR = resolve(REPO_ROOT, 'data/reference');

/** Which database the tests run on: PostgreSQL when DATABASE_URL is set (CI), else in-memory PGlite. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL;
export const BACKEND = TEST_DATABASE_URL ? 'postgres' : 'pglite';

/**
 * Opens a fresh, empty database for one test file. On PostgreSQL each call creates its own database
 * (dropped again by `close`), so test files can run in parallel without sharing state.
 */
export async function createTestDatabase(): Promise<Database> {
  if (!TEST_DATABASE_URL) return createDb({ kind: 'pglite', dataDir: null });
  const name = `asskomm_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const database = await createDb({ kind: 'postgres', url: url.toString(), max: 4 });
  const close = database.close;
  database.close = async () => {
    await close();
    // pool.end() resolves before the sockets are closed; dropping "with (force)" right away would kill
    // connections that are still closing and surface as uncaught errors. Wait for them instead.
    const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await c.connect();
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`drop database if exists ${name}`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await c.end();
  };
  return database;
}

export interface TestPlatformOptions {
  /** Load the real reference data from data/reference (default true). */
  reference?: boolean;
  config?: Partial<Config>;
}

const quiet = { info() {}, warn() {}, error() {} };

/** A platform as `npm start` prepares it, on a fresh test database. */
export async function createTestPlatform(options: TestPlatformOptions = {}): Promise<CoreContext> {
  const database = await createTestDatabase();
  const withReference = options.reference ?? true;
  const config = testConfig({
    // Its own data directory: letter batches are files there (and clean-up removes files it does not know).
    ASSKOMM_DATA_DIR: mkdtempSync(join(tmpdir(), 'asskomm-test-data-')),
    ASSKOMM_REFERENCE_DIR: withReference ? REFERENCE_DIR : '/nonexistent-reference-dir',
    ASSKOMM_SECRET: 'test-secret-test-secret-test-secret-1234',
    ...options.config,
  });
  return openPlatform(config, { database, log: quiet, skipReference: !withReference });
}
