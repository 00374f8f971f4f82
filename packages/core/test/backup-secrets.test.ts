import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type BackupDocument, settings } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import {
  AppError,
  backupToFile,
  type CoreContext,
  createSession,
  createUser,
  openPlatform,
  restoreFromFile,
  testConfig,
} from '../src/index';
import { createAccessCodes } from '../src/surveys/fieldwork/index';
import { startSurvey } from '../src/surveys/public/index';
import { addDays, berlinDate, createWave, setWaveStatus } from '../src/surveys/waves/index';

const quiet = { info() {}, warn() {}, error() {} };
const ADMIN = {
  id: 0,
  email: 'test-admin@example.org',
  name: 'Test',
  role: 'admin' as const,
  ags: null,
  assignedAgs: [],
};

/** Backups hold no secrets (issue 8, section 3), and a restore without the codes' secret blocks instead of breaking. */
describe(`backup secrets (${BACKEND})`, () => {
  let source: CoreContext;
  const closers: CoreContext[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'asskomm-backup-secret-'));
  const file = join(dir, 'sicherung.json.gz');
  let codes: string[] = [];
  let waveId = 0;
  let generatedSecret = '';

  beforeAll(async () => {
    // No ASSKOMM_SECRET: the platform generates the codes' secret and keeps it in settings.secret.
    source = await createTestPlatform({ reference: false, config: { ASSKOMM_SECRET: undefined } });
    closers.push(source);
    const [row] = await source.db.select().from(settings).where(eq(settings.key, 'secret'));
    generatedSecret = row!.value;
    const user = await createUser(source, 'system', {
      email: 'admin@example.org',
      role: 'admin',
      password: 'Sehr-geheim-2026',
    });
    await createSession(source, user.id);
    const today = berlinDate();
    const wave = await createWave(source, ADMIN, {
      ags: '14999999',
      title: 'Feldphase',
      fieldStart: addDays(today, -1),
      fieldEnd: addDays(today, 20),
    });
    waveId = wave.id;
    codes = (await createAccessCodes(source, 'system', wave.id, 3)).codes;
    await setWaveStatus(source, ADMIN, wave.id, 'feldphase');
    // An older backup file with open permissions is replaced, not reused with its mode.
    writeFileSync(file, 'alt');
    chmodSync(file, 0o644);
    await backupToFile(source, file);
  });
  afterAll(async () => {
    for (const ctx of closers) await ctx.database.close();
  });

  function readBackup(): BackupDocument {
    return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  }

  it('writes the file readable by its owner only, without secret, sessions or CSRF tokens', () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const doc = readBackup();
    expect(doc.tables.settings!.some((r) => r.key === 'secret')).toBe(false);
    expect(doc.tables.sessions).toEqual([]);
    const text = JSON.stringify(doc);
    expect(text).not.toContain(generatedSecret);
    expect(text).not.toMatch(/csrf/i);
    expect(doc.tables.users!.length).toBe(1); // the data itself is there
    expect(doc.omitted).toEqual(expect.arrayContaining(['table sessions', 'settings.secret']));
  });

  it('restores with the operator’s ASSKOMM_SECRET: the codes keep working', async () => {
    const target = await createTestPlatform({
      reference: false,
      config: { ASSKOMM_SECRET: generatedSecret },
    });
    closers.push(target);
    const result = await restoreFromFile(target, file);
    expect(result.codes).toBe('match');
    expect(target.codeSecretProblem).toBeNull();
    const form = await startSurvey(target, { code: codes[0]! });
    expect(form.waveTitle).toBe('Feldphase');
  });

  it('restores without ASSKOMM_SECRET: waves in fieldwork are blocked with a clear message, until the secret is given', async () => {
    const target = await createTestPlatform({ reference: false, config: { ASSKOMM_SECRET: undefined } });
    closers.push(target);
    const result = await restoreFromFile(target, file);
    expect(result.codes).toEqual({ blocked: expect.stringMatching(/ASSKOMM_SECRET/) });
    const refused = await startSurvey(target, { code: codes[0]! }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('SURVEY_SECRET_MISMATCH');
    expect((refused as AppError).status).toBe(503);
    const staff = await createAccessCodes(target, 'system', waveId, 1).catch((e: unknown) => e);
    expect((staff as AppError).code).toBe('SURVEY_SECRET_MISMATCH');
    expect((staff as AppError).userMessage).toMatch(/ASSKOMM_SECRET/);

    // A restart without the secret stays blocked (the fingerprint is in the database) …
    const restarted = await openPlatform(testConfig({ ASSKOMM_SECRET: undefined }), {
      database: target.database,
      log: quiet,
      skipReference: true,
    });
    expect(restarted.codeSecretProblem).toMatch(/Befragungswelle/);
    // … and a restart with the original secret opens the wave again.
    const fixed = await openPlatform(testConfig({ ASSKOMM_SECRET: generatedSecret }), {
      database: target.database,
      log: quiet,
      skipReference: true,
    });
    expect(fixed.codeSecretProblem).toBeNull();
    expect((await startSurvey(fixed, { code: codes[1]! })).waveTitle).toBe('Feldphase');
  });
});
