// The jobs API: an admin starts a report batch, follows its progress and downloads the ZIP; other roles
// neither see nor fetch it. Steps are worked off in-process here, as `asskomm start` does.
import { type CoreContext, DEMO_AGS } from '@asskomm/core';
import { runNextJobItem } from '@asskomm/core/jobs';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

const GROSSENHAIN = '14627060';

describe(`jobs API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  let kommune: TestSession;
  let coach: TestSession;

  beforeAll(async () => {
    ctx = await createTestPlatform();
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: DEMO_AGS });
    coach = await loginAs(app, ctx, { email: 'coach@example.org', role: 'coach', assignedAgs: [DEMO_AGS] });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('runs a report batch with progress and hands out the ZIP to admins only', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/jobs/report-batches',
      payload: { ags: [DEMO_AGS, GROSSENHAIN], formats: ['html', 'xlsx'] },
    });
    expect(created.statusCode).toBe(202);
    const job = created.json();
    expect(job).toMatchObject({ status: 'wartend', done: 0, total: 4, kind: 'report_batch' });
    const early = await admin.request({ method: 'GET', url: `/api/jobs/${job.id}/result` });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe(
      `Der Auftrag ${job.id} ist noch nicht fertig (0 von 4 Schritten erledigt).`,
    );

    await runNextJobItem(ctx);
    const running = (await admin.request({ method: 'GET', url: `/api/jobs/${job.id}` })).json();
    expect(running).toMatchObject({ status: 'laeuft', done: 1 });
    while (await runNextJobItem(ctx)) {}

    const list = (await admin.request({ method: 'GET', url: '/api/jobs' })).json();
    expect(list.items[0]).toMatchObject({ id: job.id, status: 'fertig', done: 4 });
    const download = await admin.request({ method: 'GET', url: `/api/jobs/${job.id}/result` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="lageberichte-auftrag-${job.id}.zip"`,
    );
    const zip = await JSZip.loadAsync(download.rawPayload);
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        `lagebericht-${DEMO_AGS}.html`,
        `lagebericht-${DEMO_AGS}.xlsx`,
        `lagebericht-${GROSSENHAIN}.html`,
        `lagebericht-${GROSSENHAIN}.xlsx`,
      ].sort(),
    );

    for (const other of [kommune, coach]) {
      expect((await other.request({ method: 'GET', url: '/api/jobs' })).json()).toEqual({ items: [] });
      expect((await other.request({ method: 'GET', url: `/api/jobs/${job.id}` })).statusCode).toBe(404);
      expect((await other.request({ method: 'GET', url: `/api/jobs/${job.id}/result` })).statusCode).toBe(
        404,
      );
    }
  }, 120_000);

  it('refuses a batch with an unknown municipality or no format, naming the problem', async () => {
    const unknown = await admin.request({
      method: 'POST',
      url: '/api/jobs/report-batches',
      payload: { ags: ['14000001'], formats: ['pdf'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe('Unbekannter Gemeindeschlüssel: 14000001.');
    const noFormat = await admin.request({
      method: 'POST',
      url: '/api/jobs/report-batches',
      payload: { ags: 'alle', formats: [] },
    });
    expect(noFormat.statusCode).toBe(400);
    expect(JSON.stringify(noFormat.json())).toContain('Bitte mindestens ein Format wählen.');
  });
});
