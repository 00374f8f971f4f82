// The Lagebericht workflow through the API (issue 11): the demo's seeded version, drafts with edited
// texts, publishing with recorded inputs, byte-identical regeneration (also in a fresh process and after
// the data changed), downloads with their types, and who may do what (admin, kommune, rat, coach).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CoreContext, DEMO_AGS } from '@asskomm/core';
import { remarks, reportVersions } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_MEASURE_TEXTS,
  DEMO_PLACE_TEXTS,
} from '../../../packages/core/src/surveys/synthetic/demo-free-texts';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform, REPO_ROOT } from '../../../test/helpers/test-platform';

const OTHER = '14627060'; // Großenhain
const FORMATS = ['pdf', 'docx', 'html', 'xlsx'] as const;
const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const sha = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');

interface Block {
  kind: string;
  id?: string;
  editKey?: string;
  text?: string;
  edited?: boolean;
}
interface View {
  sections: { id: string; blocks: Block[] }[];
}
const blocksOf = (view: View, section: string) => view.sections.find((s) => s.id === section)!.blocks;

describe(`Lagebericht workflow API (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  let kommune: TestSession;
  let rat: TestSession;
  let coach: TestSession;
  const dir = mkdtempSync(join(tmpdir(), 'report-api-'));

  beforeAll(async () => {
    ctx = await createTestPlatform();
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: DEMO_AGS });
    rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: DEMO_AGS });
    coach = await loginAs(app, ctx, {
      email: 'coach@example.org',
      role: 'coach',
      assignedAgs: [DEMO_AGS],
    });
  }, 300_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await app?.close();
    await ctx?.database.close();
  });

  it('seeds a published version 1 of Musterstadt, with its inputs recorded', async () => {
    const res = await rat.request({ method: 'GET', url: `/api/reports/${DEMO_AGS}` });
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list.canEdit).toBe(false);
    expect(list.drafts).toEqual([]);
    expect(list.versions).toHaveLength(1);
    expect(list.versions[0]).toMatchObject({ number: 1, editCount: 0 });
    expect(list.versions[0].provenance.dataHash).toMatch(/^[0-9a-f]{64}$/);
    expect(list.versions[0].provenance.waveId).toEqual(expect.any(Number));
    expect(list.versions[0].provenance.pksYears.length).toBeGreaterThan(5);
  });

  let draftId = 0;
  let findingKey = '';
  const EDITED = 'Die Analystin fasst zusammen: Musterstadt bleibt sicher, die Angst am Bahnhof wächst.';

  it('creates a draft (latest wave by default) and replaces the wording of one finding only', async () => {
    const created = await admin.request({
      method: 'POST',
      url: `/api/reports/${DEMO_AGS}/drafts`,
      payload: {},
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    draftId = draft.id;
    expect(draft.waveId).toEqual(expect.any(Number));
    const summary = blocksOf(draft.report, 'zusammenfassung').filter((b) => b.kind === 'finding');
    expect(summary.length).toBeGreaterThan(3);
    findingKey = summary[0]!.editKey!;
    const untouched = summary[1]!;

    const patched = await admin.request({
      method: 'PATCH',
      url: `/api/reports/${DEMO_AGS}/drafts/${draftId}`,
      payload: { edits: [{ kind: 'finding', id: findingKey, text: EDITED }] },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const after = patched.json();
    expect(after.editCount).toBe(1);
    const findings = blocksOf(after.report, 'zusammenfassung').filter((b) => b.kind === 'finding');
    expect(findings[0]).toMatchObject({ text: EDITED, edited: true });
    expect(findings[1]).toMatchObject({ text: untouched.text, edited: false });
    // The same finding in its own section carries the analyst's wording too.
    const everywhere = after.report.sections.flatMap((s: { blocks: Block[] }) =>
      s.blocks.filter((b) => b.kind === 'finding' && b.editKey === findingKey),
    );
    expect(everywhere.length).toBeGreaterThanOrEqual(1);
    for (const b of everywhere) expect(b.text).toBe(EDITED);

    // A recommendation can be reworded as well.
    const rec = blocksOf(after.report, 'handlungsfelder').find((b) => b.kind === 'recommendation')!;
    const recPatch = await admin.request({
      method: 'PATCH',
      url: `/api/reports/${DEMO_AGS}/drafts/${draftId}`,
      payload: {
        edits: [{ kind: 'recommendation', id: rec.id, text: 'Beleuchtung am Bahnhof bis Mai erneuern.' }],
      },
    });
    expect(recPatch.statusCode).toBe(200);
    expect(blocksOf(recPatch.json().report, 'handlungsfelder').find((b) => b.id === rec.id)).toMatchObject({
      text: 'Beleuchtung am Bahnhof bis Mai erneuern.',
      edited: true,
    });
    // …and restored with null.
    const restore = await admin.request({
      method: 'PATCH',
      url: `/api/reports/${DEMO_AGS}/drafts/${draftId}`,
      payload: { edits: [{ kind: 'recommendation', id: rec.id, text: null }] },
    });
    expect(blocksOf(restore.json().report, 'handlungsfelder').find((b) => b.id === rec.id)).toMatchObject({
      text: rec.text,
      edited: false,
    });
  }, 120_000);

  it('refuses an unknown id, an empty text and a wave of another municipality, naming the problem', async () => {
    const unknown = await admin.request({
      method: 'PATCH',
      url: `/api/reports/${DEMO_AGS}/drafts/${draftId}`,
      payload: { edits: [{ kind: 'finding', id: 'gibt-es-nicht', text: 'x' }] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('„gibt-es-nicht“');
    const empty = await admin.request({
      method: 'PATCH',
      url: `/api/reports/${DEMO_AGS}/drafts/${draftId}`,
      payload: { edits: [{ kind: 'finding', id: findingKey, text: '   ' }] },
    });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json().error.fields)).toContain('edits.0.text');
    const wrongWave = await admin.request({
      method: 'POST',
      url: `/api/reports/${DEMO_AGS}/drafts`,
      payload: { waveId: 999_999 },
    });
    expect(wrongWave.statusCode).toBe(404);
    expect(wrongWave.json().error.message).toContain('999999');
  }, 60_000);

  let versionId = 0;
  const bytes: Record<string, Buffer> = {};

  it('publishes version 2 with the edits; the draft is then read-only', async () => {
    const draft = (
      await admin.request({ method: 'GET', url: `/api/reports/${DEMO_AGS}/drafts/${draftId}` })
    ).json();
    const stale = await admin.request({
      method: 'POST',
      url: `/api/reports/${DEMO_AGS}/drafts/${draftId}/publish`,
      payload: { dataHash: '0'.repeat(64) },
    });
    expect(stale.statusCode).toBe(409);
    const res = await admin.request({
      method: 'POST',
      url: `/api/reports/${DEMO_AGS}/drafts/${draftId}/publish`,
      payload: { dataHash: draft.provenance.dataHash },
    });
    expect(res.statusCode, res.body).toBe(201);
    const version = res.json();
    versionId = version.id;
    expect(version).toMatchObject({ number: 2, editCount: 1 });
    expect(version.provenance).toMatchObject({
      dataHash: draft.provenance.dataHash,
      waveId: draft.waveId,
      softwareVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    const finding = blocksOf(version.report, 'zusammenfassung').find((b) => b.editKey === findingKey);
    expect(finding?.text).toBe(EDITED);
    const again = await admin.request({
      method: 'PATCH',
      url: `/api/reports/${DEMO_AGS}/drafts/${draftId}`,
      payload: { edits: [{ kind: 'finding', id: findingKey, text: 'Später' }] },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('REPORT_DRAFT_PUBLISHED');
    const twice = await admin.request({
      method: 'POST',
      url: `/api/reports/${DEMO_AGS}/drafts/${draftId}/publish`,
      payload: {},
    });
    expect(twice.statusCode).toBe(409);
  }, 120_000);

  it('downloads every format with its type and name, byte-identical on every request', async () => {
    for (const format of FORMATS) {
      const url = `/api/reports/${DEMO_AGS}/versions/${versionId}/file?format=${format}`;
      const first = await rat.request({ method: 'GET', url });
      expect(first.statusCode, `${format} ${first.body.slice(0, 200)}`).toBe(200);
      expect(first.headers['content-type']).toBe(TYPES[format]);
      expect(first.headers['content-disposition']).toBe(
        `attachment; filename="lagebericht-musterstadt-demodaten-version-2.${format}"`,
      );
      const second = await admin.request({ method: 'GET', url });
      expect(sha(second.rawPayload), format).toBe(sha(first.rawPayload));
      bytes[format] = first.rawPayload;
    }
    expect(bytes.pdf!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.html!.toString()).toContain(EDITED);
  }, 180_000);

  it('renders a version from its recorded inputs after the data changed', async () => {
    await ctx.db.insert(remarks).values({
      publicId: '2026-TESTHW1',
      token: 'test-token-report-remark',
      ags: DEMO_AGS,
      category: 'graffiti',
      description: 'Neue Schmiererei am Rathaus.',
      agencyResponsible: 'Ordnungsamt',
    });
    const fresh = await admin.request({
      method: 'POST',
      url: `/api/reports/${DEMO_AGS}/drafts`,
      payload: {},
    });
    const [stored] = await ctx.db.select().from(reportVersions).where(eq(reportVersions.id, versionId));
    expect(fresh.json().provenance.dataHash).not.toBe(stored!.dataHash);
    for (const format of FORMATS) {
      const res = await rat.request({
        method: 'GET',
        url: `/api/reports/${DEMO_AGS}/versions/${versionId}/file?format=${format}`,
      });
      expect(sha(res.rawPayload), format).toBe(sha(bytes[format]!));
    }
  }, 180_000);

  it('regenerates the same bytes in a fresh process from the stored input and edits', async () => {
    const [stored] = await ctx.db.select().from(reportVersions).where(eq(reportVersions.id, versionId));
    const file = join(dir, 'version.json');
    writeFileSync(file, JSON.stringify({ input: stored!.input, edits: stored!.edits }));
    const script = join(REPO_ROOT, 'packages/report/test/lagebericht/render-version-hashes.ts');
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, file], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    });
    const hashes = JSON.parse(out);
    for (const format of FORMATS) expect(hashes[format], format).toBe(sha(bytes[format]!));
  }, 180_000);

  it('stores only aggregates: no free texts, remark texts or answers in the recorded input', async () => {
    const [stored] = await ctx.db.select().from(reportVersions).where(eq(reportVersions.id, versionId));
    const json = JSON.stringify(stored!.input);
    for (const text of [...DEMO_PLACE_TEXTS, ...DEMO_MEASURE_TEXTS])
      expect(json).not.toContain(text.slice(0, 30));
    const demoRemarks = await ctx.db.select().from(remarks).where(eq(remarks.ags, DEMO_AGS));
    expect(demoRemarks.length).toBeGreaterThan(0);
    // Remark texts and status notes stay out (addresses are street names the questionnaire also uses).
    for (const r of demoRemarks) {
      expect(json).not.toContain(r.description);
      if (r.statusNote && r.statusNote.length > 12) expect(json).not.toContain(r.statusNote);
    }
    expect(json).not.toMatch(/example\.org|23125|28817386/);
    expect(json).not.toMatch(/"(answers|reporter\w*|statusNote|freeTexts)"/);
    expect(json).not.toMatch(/"responses":\s*[[{]/); // only the count of responses
    // The remark counts are there, by category.
    const input = stored!.input as { remarks: { total: number; byCategory: { category: string }[] } };
    expect(input.remarks.total).toBe(demoRemarks.length - 1); // the test remark came after publishing
    expect(input.remarks.byCategory.map((c) => c.category)).toContain('Graffiti');
  });

  it('lets the municipality edit and publish its own reports only', async () => {
    const own = await kommune.request({
      method: 'POST',
      url: `/api/reports/${DEMO_AGS}/drafts`,
      payload: {},
    });
    expect(own.statusCode).toBe(201);
    const list = (await kommune.request({ method: 'GET', url: `/api/reports/${DEMO_AGS}` })).json();
    expect(list.canEdit).toBe(true);
    expect(list.drafts.map((d: { id: number }) => d.id)).toContain(own.json().id);
    const published = await kommune.request({
      method: 'POST',
      url: `/api/reports/${DEMO_AGS}/drafts/${own.json().id}/publish`,
      payload: {},
    });
    expect(published.statusCode).toBe(201);
    expect(published.json().number).toBe(3);
    for (const req of [
      { method: 'GET' as const, url: `/api/reports/${OTHER}` },
      { method: 'POST' as const, url: `/api/reports/${OTHER}/drafts`, payload: {} },
    ])
      expect((await kommune.request(req)).statusCode).toBe(403);
  }, 120_000);

  it('shows council members (rat) published versions only; coaches get no drafts', async () => {
    const list = (await rat.request({ method: 'GET', url: `/api/reports/${DEMO_AGS}` })).json();
    expect(list.drafts).toEqual([]);
    expect(list.versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
    const version = await rat.request({
      method: 'GET',
      url: `/api/reports/${DEMO_AGS}/versions/${versionId}`,
    });
    expect(version.statusCode).toBe(200);
    for (const session of [rat, coach]) {
      for (const req of [
        { method: 'GET' as const, url: `/api/reports/${DEMO_AGS}/drafts/${draftId}` },
        { method: 'GET' as const, url: `/api/reports/${DEMO_AGS}/drafts/${draftId}/file?format=pdf` },
        { method: 'POST' as const, url: `/api/reports/${DEMO_AGS}/drafts`, payload: {} },
        {
          method: 'PATCH' as const,
          url: `/api/reports/${DEMO_AGS}/drafts/${draftId}`,
          payload: { edits: [{ kind: 'finding', id: findingKey, text: 'x' }] },
        },
        { method: 'POST' as const, url: `/api/reports/${DEMO_AGS}/drafts/${draftId}/publish`, payload: {} },
      ])
        expect((await session.request(req)).statusCode, `${req.method} ${req.url}`).toBe(403);
    }
    expect((await rat.request({ method: 'GET', url: `/api/reports/${OTHER}` })).statusCode).toBe(403);
    // A version id of another municipality is not found under this one.
    expect(
      (await admin.request({ method: 'GET', url: `/api/reports/${OTHER}/versions/${versionId}` })).statusCode,
    ).toBe(404);
  }, 60_000);
});
