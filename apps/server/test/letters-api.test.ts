// Issue 9, section 4: letters need a public address and a reachable sender; each batch is kept as a
// file (0600, outside the database) for the wave's staff until fieldwork starts; a second draw must be
// confirmed; lost letters can be voided; monitoring shows each batch; the margins upload has a template.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreContext } from '@asskomm/core';
import { resolvePublicUrl } from '@asskomm/core';
import { deleteExpiredLetterBatches, lettersDir } from '@asskomm/core/surveys/fieldwork';
import { addDays, berlinDate } from '@asskomm/core/surveys/waves';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import { DISTRICTS, registerCsv } from './surveys-fixtures';

const AGS = '14999999'; // Musterstadt (Demodaten), always present

function formData(fields: Record<string, string>, file: string) {
  const boundary = `----asskomm${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="register.csv"\r\nContent-Type: text/csv\r\n\r\n${file}\r\n--${boundary}--\r\n`,
  );
  return {
    payload: Buffer.from(parts.join('')),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe(`letter batches (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  let kommune: TestSession;
  let kommuneOther: TestSession;
  let rat: TestSession;
  let waveId: number;
  const today = berlinDate();

  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: AGS });
    // A coach not assigned to Musterstadt stands for the staff of another municipality.
    kommuneOther = await loginAs(app, ctx, { email: 'coach@example.org', role: 'coach', assignedAgs: [] });
    rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: AGS });
    const created = await kommune.request({
      method: 'POST',
      url: '/api/surveys',
      payload: {
        ags: AGS,
        title: 'Briefe-Test',
        fieldStart: addDays(today, 7),
        fieldEnd: addDays(today, 40),
        sampleSize: 12,
        config: { districts: DISTRICTS, localPlaces: [], enabledOptionalBlocks: [] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    waveId = created.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  const draw = (session: TestSession, fields: Record<string, string> = {}) =>
    session.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/sample`,
      ...formData({ seed: '7', ...fields }, registerCsv(120)),
    });

  it('refuses letters without a public address; the admin sets it on the settings page, over the environment', async () => {
    const refused = await draw(kommune);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('PUBLIC_URL_MISSING');
    expect(refused.json().error.message).toMatch(/öffentliche Adresse.*Einstellungen/);
    const preview = (
      await kommune.request({ method: 'GET', url: `/api/surveys/${waveId}/letters/preview` })
    ).json();
    expect(preview).toMatchObject({ publicUrl: null, surveyAddress: null, ready: false });

    expect((await kommune.request({ method: 'GET', url: '/api/settings' })).statusCode).toBe(403);
    const bad = await admin.request({
      method: 'PUT',
      url: '/api/settings',
      payload: { publicUrl: 'sicherheit' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.publicUrl).toMatch(/https:\/\//);
    const saved = await admin.request({
      method: 'PUT',
      url: '/api/settings',
      payload: { publicUrl: 'https://sicherheit.musterstadt.example/' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().publicUrl).toEqual({
      value: 'https://sicherheit.musterstadt.example',
      source: 'einstellung',
      environment: null,
    });
    // Without a stored setting the environment applies.
    const envOnly = await resolvePublicUrl({
      db: ctx.db,
      config: { ...ctx.config, ASSKOMM_PUBLIC_URL: 'https://env.example/' },
    });
    expect(envOnly.value).toBe('https://sicherheit.musterstadt.example');
    expect(envOnly.environment).toBe('https://env.example');
  });

  it('refuses letters whose sender gives no way to reach anyone, naming what is missing', async () => {
    // Musterstadt's record has a contact with e-mail, but no street.
    const refused = await draw(kommune);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('LETTER_SENDER_INCOMPLETE');
    expect(refused.json().error.message).toMatch(/Straße und Hausnummer/);
    const cleared = await kommune.request({
      method: 'PATCH',
      url: `/api/surveys/${waveId}`,
      payload: { sender: { street: 'Markt 1', contactPerson: '', email: '' } },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const stillRefused = await draw(kommune);
    expect(stillRefused.json().error.message).toMatch(/Ansprechperson, Telefon oder E-Mail/);
    const complete = await kommune.request({
      method: 'PATCH',
      url: `/api/surveys/${waveId}`,
      payload: {
        sender: {
          contactPerson: 'Erika Beispiel',
          phone: '09999 123-45',
          email: 'praevention@musterstadt.example',
        },
      },
    });
    expect(complete.statusCode, complete.body).toBe(200);
    const preview = (
      await kommune.request({ method: 'GET', url: `/api/surveys/${waveId}/letters/preview` })
    ).json();
    expect(preview).toMatchObject({
      surveyAddress: 'sicherheit.musterstadt.example/befragung',
      senderMissing: [],
      ready: true,
      sender: {
        street: 'Markt 1',
        postalCode: '09999',
        contactPerson: 'Erika Beispiel',
        phone: '09999 123-45',
      },
    });
    expect(
      (await rat.request({ method: 'GET', url: `/api/surveys/${waveId}/letters/preview` })).statusCode,
    ).toBe(403);
  });

  let firstRun: number;
  let firstPdf: Buffer;
  it('keeps the batch as files readable only by the platform (0600) and lets the wave’s staff download it again', async () => {
    const res = await draw(kommune);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const body = res.json();
    firstRun = body.sampleRun.id;
    firstPdf = Buffer.from(body.invitationsPdf, 'base64');
    expect(body.sampleRun.lettersAvailable).toBe(true);
    const dir = lettersDir(ctx.config);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir).sort();
    expect(files).toEqual([
      `welle-${waveId}-stichprobe-${firstRun}-einladungen.pdf`,
      `welle-${waveId}-stichprobe-${firstRun}-erinnerungen.pdf`,
    ]);
    for (const f of files) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);

    const url = `/api/surveys/${waveId}/sample-runs/${firstRun}/letters/einladungen`;
    const again = await kommune.request({ method: 'GET', url });
    expect(again.statusCode).toBe(200);
    expect(again.headers['content-type']).toBe('application/pdf');
    expect(again.rawPayload.equals(firstPdf)).toBe(true);
    expect((await rat.request({ method: 'GET', url })).statusCode).toBe(403);
    expect((await kommuneOther.request({ method: 'GET', url })).statusCode).toBe(403);
    const audit = (await ctx.database.db.execute(
      `select action from audit_log where entity = 'survey_sample_run' and entity_id = '${firstRun}'`,
    )) as unknown as { rows: { action: string }[] };
    expect(audit.rows.map((r) => r.action)).toContain('download_letters');
  });

  it('asks before a second draw and shows each batch separately in monitoring', async () => {
    const unconfirmed = await draw(kommune, { seed: '8' });
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().error.code).toBe('SAMPLE_ALREADY_DRAWN');
    expect(unconfirmed.json().error.message).toMatch(/schon eine Stichprobe gezogen \(12 Anschreiben\)/);
    const confirmed = await draw(kommune, { seed: '8', confirmAdditional: 'true' });
    expect(confirmed.statusCode, confirmed.body.slice(0, 300)).toBe(200);
    const secondRun = confirmed.json().sampleRun.id;
    const monitoring = (
      await rat.request({ method: 'GET', url: `/api/surveys/${waveId}/monitoring` })
    ).json();
    expect(monitoring.invited).toBe(24);
    expect(
      monitoring.batches.map((b: { id: number; letters: number; codes: number }) => [
        b.id,
        b.letters,
        b.codes,
      ]),
    ).toEqual([
      [firstRun, 12, 12],
      [secondRun, 12, 12],
    ]);
  });

  it('voids the codes of a lost batch and deletes its letters', async () => {
    const voided = await kommune.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/sample-runs/${firstRun}/void`,
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json()).toEqual({ codesVoided: 12 });
    const gone = await kommune.request({
      method: 'GET',
      url: `/api/surveys/${waveId}/sample-runs/${firstRun}/letters/einladungen`,
    });
    expect(gone.statusCode).toBe(410);
    expect(gone.json().error.message).toMatch(/als verloren gemeldet/);
    expect(readdirSync(lettersDir(ctx.config)).some((f) => f.includes(`stichprobe-${firstRun}-`))).toBe(
      false,
    );
    const detail = (await kommune.request({ method: 'GET', url: `/api/surveys/${waveId}` })).json();
    expect(detail.codes.total).toBe(12);
    expect(detail.sampleRuns[0]).toMatchObject({ id: firstRun, codesVoided: 12, lettersAvailable: false });
    const monitoring = (
      await kommune.request({ method: 'GET', url: `/api/surveys/${waveId}/monitoring` })
    ).json();
    expect(monitoring.batches[0]).toMatchObject({ id: firstRun, codes: 0, codesVoided: 12 });
    // After a void, the next draw counts only the remaining batch.
    const third = await draw(kommune, { seed: '9' });
    expect(third.json().error.message).toMatch(/\(12 Anschreiben\)/);
  });

  it('deletes the stored letters when fieldwork starts; a batch drawn in the field goes after a week', async () => {
    const patch = await kommune.request({
      method: 'PATCH',
      url: `/api/surveys/${waveId}`,
      payload: { fieldStart: today },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const start = await kommune.request({
      method: 'POST',
      url: `/api/surveys/${waveId}/status`,
      payload: { status: 'feldphase' },
    });
    expect(start.statusCode, start.body).toBe(200);
    expect(readdirSync(lettersDir(ctx.config))).toEqual([]);
    const runs = start.json().sampleRuns;
    const gone = await kommune.request({
      method: 'GET',
      url: `/api/surveys/${waveId}/sample-runs/${runs[1].id}/letters/erinnerungen`,
    });
    expect(gone.statusCode).toBe(410);
    expect(gone.json().error.code).toBe('LETTERS_DELETED');

    const inField = await draw(kommune, { seed: '10', confirmAdditional: 'true' });
    expect(inField.statusCode, inField.body.slice(0, 200)).toBe(200);
    const run = inField.json().sampleRun.id;
    const file = join(lettersDir(ctx.config), `welle-${waveId}-stichprobe-${run}-einladungen.pdf`);
    expect(existsSync(file)).toBe(true);
    expect(await deleteExpiredLetterBatches(ctx, new Date(Date.now() + 2 * 24 * 3600 * 1000))).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(await deleteExpiredLetterBatches(ctx, new Date(Date.now() + 8 * 24 * 3600 * 1000))).toBe(1);
    expect(existsSync(file)).toBe(false);
  });

  it('lists the codes the margins upload expects and offers a template that uploads once filled in', async () => {
    const template = await rat.request({ method: 'GET', url: `/api/surveys/${waveId}/margins/template` });
    expect(template.statusCode).toBe(200);
    const age = template.json().variables.find((v: { variable: string }) => v.variable === 'SD_ALTER');
    expect(age.levels[0]).toEqual({ level: '1', label: '16 bis 24 Jahre' });
    expect(age.levels).toHaveLength(7);
    const csv = await rat.request({ method: 'GET', url: `/api/surveys/${waveId}/margins/template.csv` });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('variable;level;bezeichnung;count');
    expect(lines).toContain('SD_ALTER×SD_GESCHLECHT;3×2;35 bis 44 Jahre, weiblich;');
    expect(lines).toContain('SD_ORTSTEIL;2;Nordviertel;');
    expect(lines).toHaveLength(1 + 7 * 3 + DISTRICTS.length);
    const filled = lines
      .map((l, i) => (i === 0 ? l : `${l}${l.startsWith('SD_ORTSTEIL') ? 7 : 1}`))
      .join('\n');
    const up = await kommune.request({
      method: 'PUT',
      url: `/api/surveys/${waveId}/margins`,
      payload: filled,
      headers: { 'content-type': 'text/csv' },
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().margins).toHaveLength(7 * 3 + DISTRICTS.length);
  });
});
