// Report batches as jobs, worked off in-process step by step (as `asskomm start` does on PGlite):
// progress per report, the ZIP in the data directory (0600), retries with backoff and a German error,
// takeover of a killed worker's step after its lease, and who may see a job.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../../test/helpers/test-platform';
import { type Actor, type CoreContext, DEMO_AGS, SYSTEM_ACTOR } from '../../src/index.ts';
import {
  createReportBatch,
  deleteOldJobs,
  getJob,
  getJobResult,
  jobDir,
  listJobs,
  runNextJobItem,
  workerOptions,
} from '../../src/jobs/index.ts';
import { claimItem, completeItem } from '../../src/jobs/job-queue.ts';
import { listReportMunicipalities } from '../../src/reports/index.ts';
import { createUser } from '../../src/users/create-user.ts';

const GROSSENHAIN = '14627060';
const MEISSEN = '14627140';

describe(`report batch jobs (${BACKEND})`, () => {
  let ctx: CoreContext;
  let admin: Actor;
  let kommune: Actor;

  beforeAll(async () => {
    ctx = await createTestPlatform();
    const a = await createUser(ctx, SYSTEM_ACTOR, { email: 'admin@example.org', role: 'admin' });
    const k = await createUser(ctx, SYSTEM_ACTOR, { email: 'k@example.org', role: 'kommune', ags: DEMO_AGS });
    admin = { id: a.id, email: a.email, name: 'A', role: 'admin', ags: null, assignedAgs: [] };
    kommune = { id: k.id, email: k.email, name: 'K', role: 'kommune', ags: DEMO_AGS, assignedAgs: [] };
  }, 300_000);
  afterAll(async () => {
    await ctx?.database.close();
  });

  const items = async (jobId: number) =>
    (
      (await ctx.db.execute(
        sql`select seq, kind, status, attempts, last_error, output, run_after - now() as wait
            from job_items where job_id = ${jobId} order by seq`,
      )) as unknown as {
        rows: { seq: number; kind: string; status: string; attempts: number; last_error: string | null }[];
      }
    ).rows;

  it('counts progress per report and packs one ZIP with each report once, readable only by the owner', async () => {
    const { id } = await createReportBatch(ctx, admin, {
      ags: [DEMO_AGS, GROSSENHAIN, MEISSEN],
      formats: ['html'],
    });
    expect(await getJob(ctx, admin, id)).toMatchObject({ status: 'wartend', done: 0, total: 3 });
    const progress: number[] = [];
    while (await runNextJobItem(ctx)) progress.push((await getJob(ctx, admin, id)).done);
    // Three reports, then the pack step (which does not count as a report).
    expect(progress).toEqual([1, 2, 3, 3]);
    const job = await getJob(ctx, admin, id);
    expect(job).toMatchObject({
      status: 'fertig',
      done: 3,
      error: null,
      resultName: `lageberichte-auftrag-${id}.zip`,
    });
    expect(job.label).toBe('Lageberichte (HTML): 3 Kommunen');
    const result = await getJobResult(ctx, admin, id);
    expect(statSync(result.path).mode & 0o777).toBe(0o600);
    const zip = await JSZip.loadAsync(await readFile(result.path));
    expect(Object.keys(zip.files).sort()).toEqual(
      [DEMO_AGS, MEISSEN, GROSSENHAIN].sort().map((a) => `lagebericht-${a}.html`),
    );
    const html = await zip.file(`lagebericht-${GROSSENHAIN}.html`)!.async('string');
    expect(html).toContain('Großenhain');
    // The single reports are gone once they are in the ZIP.
    expect((await items(id)).every((i) => i.status === 'fertig')).toBe(true);
    expect(readdirSync(jobDir(ctx.config, id))).toEqual([basename(result.path)]);
  }, 120_000);

  it('hides report batches from non-admins and refuses them the creation', async () => {
    const { id } = await createReportBatch(ctx, admin, { ags: [GROSSENHAIN], formats: ['xlsx'] });
    expect((await listJobs(ctx, admin)).map((j) => j.id)).toContain(id);
    expect(await listJobs(ctx, kommune)).toEqual([]);
    await expect(getJob(ctx, kommune, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getJobResult(ctx, kommune, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      createReportBatch(ctx, kommune, { ags: [DEMO_AGS], formats: ['pdf'] }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getJobResult(ctx, admin, id)).rejects.toMatchObject({ code: 'JOB_NOT_DONE' });
    while (await runNextJobItem(ctx)) {}
  }, 120_000);

  it('names unknown municipalities and empty choices in German', async () => {
    await expect(
      createReportBatch(ctx, admin, { ags: [DEMO_AGS, '14000001'], formats: ['pdf'] }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      userMessage: 'Unbekannter Gemeindeschlüssel: 14000001.',
    });
    await expect(createReportBatch(ctx, admin, { ags: [DEMO_AGS], formats: [] })).rejects.toMatchObject({
      fields: { formats: 'Kein Format gewählt.' },
    });
  });

  it('retries a failing report with growing backoff, then fails the job with a German message', async () => {
    const { id } = await createReportBatch(ctx, admin, { ags: [GROSSENHAIN, '14627010'], formats: ['html'] });
    // The municipality disappears after the job was made: every attempt at its report fails.
    await ctx.db.execute(
      sql`update job_items set params = jsonb_set(params, '{ags}', '"14000002"') where job_id = ${id} and seq = 1`,
    );
    const options = workerOptions(ctx, { retryMs: 300, maxAttempts: 3 });
    expect(await runNextJobItem(ctx, options)).toBe(true); // report 0 done
    expect(await runNextJobItem(ctx, options)).toBe(true); // report 1, attempt 1 fails
    let [, failing] = await items(id);
    expect(failing).toMatchObject({ status: 'offen', attempts: 1 });
    expect(failing!.last_error).toBe(
      'Der Lagebericht für 14000002 (HTML) konnte nicht erstellt werden: Keine Kommune mit der AGS 14000002.',
    );
    // Backoff: not before 300 ms have passed.
    expect(await runNextJobItem(ctx, options)).toBe(false);
    expect((await getJob(ctx, admin, id)).status).toBe('laeuft');
    await new Promise((r) => setTimeout(r, 350));
    expect(await runNextJobItem(ctx, options)).toBe(true); // attempt 2 fails, next wait 600 ms
    [, failing] = await items(id);
    expect(failing).toMatchObject({ status: 'offen', attempts: 2 });
    await new Promise((r) => setTimeout(r, 350));
    expect(await runNextJobItem(ctx, options)).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(await runNextJobItem(ctx, options)).toBe(true); // attempt 3 fails: the last
    const job = await getJob(ctx, admin, id);
    expect(job).toMatchObject({ status: 'fehlgeschlagen', done: 1, resultName: null });
    expect(job.error).toBe(
      'Der Lagebericht für 14000002 (HTML) konnte nicht erstellt werden: Keine Kommune mit der AGS 14000002.',
    );
    expect((await items(id)).map((i) => i.status)).toEqual(['fertig', 'fehlgeschlagen', 'abgebrochen']);
    await expect(getJobResult(ctx, admin, id)).rejects.toMatchObject({ code: 'JOB_NOT_DONE' });
    expect(await runNextJobItem(ctx, options)).toBe(false);
  }, 120_000);

  it('hands a killed worker’s step to another after its lease; the late worker cannot complete it', async () => {
    const { id } = await createReportBatch(ctx, admin, { ags: [GROSSENHAIN], formats: ['html'] });
    // A worker claims the report and dies (never renews, never completes).
    const dead = await claimItem(ctx.db, 'dead-worker', 400);
    expect(dead).toMatchObject({ jobId: id, seq: 0, attempts: 1 });
    expect(await runNextJobItem(ctx)).toBe(false); // still leased
    await new Promise((r) => setTimeout(r, 500));
    expect(await runNextJobItem(ctx)).toBe(true); // taken over
    expect((await items(id))[0]).toMatchObject({ status: 'fertig', attempts: 2 });
    // The dead worker wakes up: its completion does not count.
    expect(await ctx.db.transaction((tx) => completeItem(tx, dead!, { output: 'x', doneBy: 'dead' }))).toBe(
      false,
    );
    expect(await runNextJobItem(ctx)).toBe(true); // pack
    expect(await getJob(ctx, admin, id)).toMatchObject({ status: 'fertig', done: 1 });
  }, 120_000);

  it('gives up on a step whose workers were killed at every attempt', async () => {
    const { id } = await createReportBatch(ctx, admin, { ags: [GROSSENHAIN], formats: ['html'] });
    const options = workerOptions(ctx, { maxAttempts: 2, leaseMs: 200 });
    await claimItem(ctx.db, 'dead-1', 200);
    await new Promise((r) => setTimeout(r, 250));
    await claimItem(ctx.db, 'dead-2', 200);
    await new Promise((r) => setTimeout(r, 250));
    expect(await runNextJobItem(ctx, options)).toBe(true);
    const job = await getJob(ctx, admin, id);
    expect(job.status).toBe('fehlgeschlagen');
    expect(job.error).toBe(
      `Der Lagebericht für ${GROSSENHAIN} (HTML) konnte nicht erstellt werden: nach 2 Versuchen abgebrochen (der Arbeitsprozess wurde jedes Mal beendet).`,
    );
  });

  it('deletes jobs finished longer ago than ASSKOMM_JOB_KEEP_DAYS, with their files', async () => {
    const { id } = await createReportBatch(ctx, admin, { ags: [GROSSENHAIN], formats: ['html'] });
    while (await runNextJobItem(ctx)) {}
    expect(readdirSync(jobDir(ctx.config, id))).toHaveLength(1);
    const keepDays = ctx.config.ASSKOMM_JOB_KEEP_DAYS;
    const later = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);
    expect(await deleteOldJobs(ctx, later(keepDays - 1))).toBe(0);
    expect(await deleteOldJobs(ctx, later(keepDays + 1))).toBeGreaterThanOrEqual(1);
    await expect(getJob(ctx, admin, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(existsSync(jobDir(ctx.config, id))).toBe(false);
  });

  it('takes every municipality with data for „alle“', async () => {
    const { id } = await createReportBatch(ctx, admin, { ags: 'alle', formats: ['xlsx'] });
    const job = await getJob(ctx, admin, id);
    const withData = await listReportMunicipalities(ctx);
    expect(withData.map((m) => m.ags)).toContain(DEMO_AGS);
    expect(job.total).toBe(withData.length);
    expect(job.label).toBe(`Lageberichte (XLSX): alle Kommunen mit Daten (${job.total})`);
  });
});
