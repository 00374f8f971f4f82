// A survey wave's letter batch as a job: the request refuses bad input at once (same messages as a
// direct draw) and queues nothing then; the worker draws and prints; the wave's staff follow the job
// and download the letters; the register extract waits encrypted and is gone afterwards; a worker that
// dies after its claim does not make the draw happen twice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreContext } from '@asskomm/core';
import { jobDir, runNextJobItem } from '@asskomm/core/jobs';
import { addDays, berlinDate } from '@asskomm/core/surveys/waves';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import { multipartBody } from './multipart-body';
import { DISTRICTS, registerCsv } from './surveys-fixtures';

const AGS = '14999999'; // Musterstadt (Demodaten), always present

describe(`letter batches as jobs (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  let kommune: TestSession;
  let rat: TestSession;
  let otherCoach: TestSession;
  let waveId: number;
  const today = berlinDate();

  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: AGS });
    rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: AGS });
    otherCoach = await loginAs(app, ctx, { email: 'coach@example.org', role: 'coach', assignedAgs: [] });
    await admin.request({
      method: 'PUT',
      url: '/api/settings',
      payload: { publicUrl: 'https://sicher.example' },
    });
    const created = await kommune.request({
      method: 'POST',
      url: '/api/surveys',
      payload: {
        ags: AGS,
        title: 'Briefe als Auftrag',
        fieldStart: addDays(today, 7),
        fieldEnd: addDays(today, 40),
        sampleSize: 12,
        config: { districts: DISTRICTS, localPlaces: [], enabledOptionalBlocks: [] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    waveId = created.json().id;
    const sender = await kommune.request({
      method: 'PATCH',
      url: `/api/surveys/${waveId}`,
      payload: { sender: { street: 'Markt 1', contactPerson: 'Erika Beispiel', phone: '09999 123-45' } },
    });
    expect(sender.statusCode, sender.body).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  const start = (session: TestSession, register: string, fields: Record<string, string> = {}) =>
    session.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/letter-batches`,
      ...multipartBody(
        { seed: '11', ...fields },
        { field: 'file', filename: 'register.csv', content: register },
      ),
    });
  const jobCount = async () =>
    Number(
      ((await ctx.db.execute(sql`select count(*) as n from jobs`)) as unknown as { rows: { n: number }[] })
        .rows[0]!.n,
    );

  it('refuses a faulty register at once, with the draw’s message, and queues nothing', async () => {
    const res = await start(kommune, 'id;name\n1;x\n');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('IMPORT_REJECTED');
    expect(res.json().error.message).toMatch(/^Der Melderegisterauszug wurde nicht verwendet/);
    expect(await jobCount()).toBe(0);
    expect((await start(rat, registerCsv(60))).statusCode).toBe(403);
  });

  it('draws and prints in the worker; staff follow the job and download the letters; the register is gone', async () => {
    const res = await start(kommune, registerCsv(120));
    expect(res.statusCode, res.body).toBe(202);
    const job = res.json();
    expect(job).toMatchObject({ kind: 'letter_batch', status: 'wartend', total: 1, done: 0, outcome: null });
    expect(job.label).toBe(`Briefe der Befragung ${waveId}`);
    expect(job.waveId).toBe(waveId);
    // Waiting: encrypted, not the CSV in clear.
    const input = readFileSync(join(jobDir(ctx.config, job.id), 'eingabe.bin'));
    expect(input.includes(Buffer.from('Lindenstraße'))).toBe(false);
    expect(input.includes(Buffer.from(registerCsv(120).split('\n')[1]!.slice(0, 12)))).toBe(false);

    expect(await runNextJobItem(ctx)).toBe(true);
    expect(await runNextJobItem(ctx)).toBe(false);
    const done = (await kommune.request({ method: 'GET', url: `/api/jobs/${job.id}` })).json();
    expect(done).toMatchObject({ status: 'fertig', done: 1, error: null, outcome: { codesCreated: 12 } });
    const pdf = await kommune.request({
      method: 'GET',
      url: `/api/surveys/${waveId}/sample-runs/${done.outcome.sampleRunId}/letters/einladungen`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(jobDir(ctx.config, job.id), 'eingabe.bin'))).toBe(false);
    const noFile = await kommune.request({ method: 'GET', url: `/api/jobs/${job.id}/result` });
    expect(noFile.statusCode).toBe(404);
    expect(noFile.json().error.message).toBe(
      `Der Auftrag ${job.id} hat keine eigene Datei; die Briefe liegen bei Stichprobe ${done.outcome.sampleRunId} der Befragung.`,
    );

    // Visible to the wave's staff only.
    expect(
      (await kommune.request({ method: 'GET', url: '/api/jobs' }))
        .json()
        .items.map((j: { id: number }) => j.id),
    ).toEqual([job.id]);
    expect((await admin.request({ method: 'GET', url: `/api/jobs/${job.id}` })).statusCode).toBe(200);
    for (const other of [rat, otherCoach]) {
      expect((await other.request({ method: 'GET', url: `/api/jobs/${job.id}` })).statusCode).toBe(404);
      expect((await other.request({ method: 'GET', url: '/api/jobs' })).json().items).toEqual([]);
    }
  });

  it('draws once although a first worker died after its claim (the retry finds the same seed)', async () => {
    const res = await start(kommune, registerCsv(120), { confirmAdditional: 'true' });
    expect(res.statusCode, res.body).toBe(202);
    const runsBefore = await sampleRuns();
    const { claimItem } = await import('../../../packages/core/src/jobs/job-queue.ts');
    expect(await claimItem(ctx.db, 'dead-worker', 200)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    expect(await runNextJobItem(ctx)).toBe(true);
    expect(await runNextJobItem(ctx)).toBe(false);
    const job = (await kommune.request({ method: 'GET', url: `/api/jobs/${res.json().id}` })).json();
    expect(job).toMatchObject({ status: 'fertig' });
    expect(await sampleRuns()).toBe(runsBefore + 1);
  });

  const sampleRuns = async () =>
    Number(
      (
        (await ctx.db.execute(
          sql`select count(*) as n from survey_sample_runs where wave_id = ${waveId}`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]!.n,
    );

  it('fails the job with a German message when the wave changed meanwhile, and deletes the register', async () => {
    const res = await start(kommune, registerCsv(120), { confirmAdditional: 'true' });
    const id = res.json().id;
    // Fieldwork ends before the worker comes: no more draws.
    await ctx.db.execute(sql`update survey_waves set status = 'abgeschlossen' where id = ${waveId}`);
    for (let i = 0; i < 3; i++) {
      await ctx.db.execute(sql`update job_items set run_after = now() where job_id = ${id}`);
      await runNextJobItem(ctx);
    }
    const job = (await kommune.request({ method: 'GET', url: `/api/jobs/${id}` })).json();
    expect(job.status).toBe('fehlgeschlagen');
    expect(job.error).toBe(
      'Die Stichprobe mit Briefen konnte nicht erstellt werden: Stichproben können nur im Entwurf oder während der Feldphase gezogen werden.',
    );
    expect(readdirSync(jobDir(ctx.config, id))).toEqual([]);
  });
});
