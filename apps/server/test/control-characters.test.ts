import { type CoreContext, DEMO_AGS } from '@asskomm/core';
import { berlinDate } from '@asskomm/core/surveys/waves';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import { multipartBody } from './multipart-body';
import { completeAnswers, registerCsv, waveInField } from './surveys-fixtures';

/**
 * A NUL byte (and every other control character) in any text field must give a 400 that names the field,
 * never a 500 (issue 8, section 2). The routes and their fields come from the registered schemas: a route
 * with a text field in its body or query string that this file has no example for fails the first test,
 * so a new route or field cannot slip past.
 */

const NUL = '\u0000';

/** A valid example request per route (body or query string); each text leaf gets a NUL in turn. */
type Example = { body?: Record<string, unknown>; query?: Record<string, string> };

/** The wave in the field: `code` is refused again and again (so stays unused), `spare` is used once. */
const OPEN = { waveId: 0, code: '', spare: '' };

const COACHING = {
  coachName: 'Coach',
  year: 2026,
  topic: 'Sicherheitsanalyse',
  hours: 2,
  notes: 'Notiz',
  milestones: [{ title: 'Auftakt', dueOn: '2026-03-01', doneOn: null }],
};
const PRACTICE = {
  title: 'Saubere Stadt',
  summary: 'Kampagne',
  topic: 'Graffiti',
  targetGroup: 'Jugendliche',
  setting: 'Nachbarschaft/Kommune',
  contact: 'Ordnungsamt',
};
const PROJECT = {
  title: 'Saubere Stadt',
  status: 'planung',
  startsOn: '2027-03-01',
  endsOn: '2027-10-31',
  steps: { problem: 'Graffiti', ursachen: 'Dunkel', ziele: 'Sauber', massnahmen: 'Aktionstage' },
  targetGroups: ['Jugendliche'],
  partners: ['Polizei'],
  materials: [{ title: 'Plakat', kind: 'Druck', quantity: 10 }],
  milestones: [{ title: 'Auftakt', dueOn: '2027-03-01', doneOn: null }],
  evaluation: { waveBefore: null, waveAfter: null, items: ['SF01'] },
};
const FUNDING_PLAN = {
  items: [{ category: 'sachmittel', description: 'Material', amountCent: 1000 }],
  financing: { ownCashCent: 100, ownInKindCent: 0, thirdPartyCent: 0, requestedCent: 900 },
};
const REMARK_FILTER = {
  ags: DEMO_AGS,
  status: 'erledigt',
  category: 'graffiti',
  from: '2025-01-01',
  to: '2025-12-31',
};

function examples(): Record<string, Example> {
  return {
    'PATCH /api/reports/:ags/drafts/:id': {
      body: { edits: [{ kind: 'finding', id: 'pks-hz', text: 'Eigener Befund' }] },
    },
    'POST /api/reports/:ags/drafts/:id/publish': { body: { dataHash: 'a'.repeat(64) } },
    'GET /api/reports/:ags/drafts/:id/file': { query: { format: 'pdf' } },
    'GET /api/reports/:ags/versions/:id/file': { query: { format: 'pdf' } },
    'POST /api/auth/login': { body: { email: 'niemand@example.org', password: 'falsch-falsch' } },
    'POST /api/auth/password': {
      body: { currentPassword: 'falsch-falsch', newPassword: 'Neu-Passwort-2026!' },
    },
    'GET /api/municipalities': {
      query: {
        q: 'Muster',
        kreis: '14999',
        minPopulation: '0',
        maxPopulation: '9',
        sort: 'name',
        limit: '5',
        offset: '0',
      },
    },
    'PATCH /api/municipalities/:ags': {
      body: {
        membershipStatus: 'mitglied',
        membershipSince: '2020-01-01',
        membershipUntil: null,
        agreementDate: '2020-01-01',
        preventionCouncilFoundedOn: '2019-05-01',
        preventionCouncilName: 'Kriminalpräventiver Rat',
        contacts: [{ name: 'Erika Muster', role: 'Leitung', email: 'erika@example.org', phone: '0351 123' }],
      },
    },
    'POST /api/users': {
      body: {
        email: 'nul-test@example.org',
        name: 'Nul Test',
        role: 'kommune',
        ags: DEMO_AGS,
        assignedAgs: [],
      },
    },
    'GET /api/audit': { query: { before: '1000', limit: '5' } },
    'GET /api/jobs': { query: { kind: 'report_batch', ags: DEMO_AGS } },
    'POST /api/jobs/report-batches': {
      body: { ags: [DEMO_AGS], formats: ['html'], reportDate: '2026-12-01' },
    },
    'GET /api/surveys': { query: { ags: DEMO_AGS } },
    'POST /api/surveys': {
      body: {
        ags: DEMO_AGS,
        title: 'Befragung',
        fieldStart: '2030-01-01',
        fieldEnd: '2030-02-01',
        sampleSize: 10,
        config: { districts: ['Altstadt'], localPlaces: ['Markt'], enabledOptionalBlocks: ['INC'] },
      },
    },
    'PATCH /api/surveys/:id': {
      body: {
        title: 'Befragung neu',
        fieldStart: '2030-01-01',
        fieldEnd: '2030-02-01',
        config: { districts: ['Altstadt'], localPlaces: ['Markt'], enabledOptionalBlocks: ['INC'] },
        sender: { street: 'Markt 1', city: 'Musterstadt', contactPerson: 'Erika Muster', phone: '0351 1' },
      },
    },
    'POST /api/surveys/:id/status': { body: { status: 'abgeschlossen' } },
    'GET /api/surveys/:id/results': {
      query: { by: 'SD_ALTER', minN: '30', suppressBelow: '10', weighting: 'none' },
    },
    'POST /api/surveys/:id/responses': {
      body: { values: { WG01: 3, ANG_TEXT: 'Am Bahnhof ist es dunkel.' }, receivedOn: berlinDate() },
    },
    'POST /api/public/survey/start': { body: { code: 'CODE', locale: 'de' } },
    'PUT /api/public/survey/save': {
      body: { code: 'CODE', values: { WG01: 3, ANG_TEXT: 'dunkel' }, page: 0 },
    },
    'POST /api/public/survey/submit': { body: { code: 'CODE', values: completeAnswers() } },
    'GET /api/pks/profile/:ags': { query: { keys: '------,892500', from: '2020', to: '2024' } },
    'GET /api/pks/map': { query: { key: '------', year: '2024' } },
    'GET /api/pks/imports': { query: { limit: '5' } },
    'PUT /api/settings': { body: { publicUrl: 'https://sicherheit.example.org' } },
    'GET /api/surveys/:id/export': { query: { format: 'csv', freeTexts: 'masked' } },
    // Alliance network, remarks, Open311 (issue 12).
    'POST /api/network/:ags/consultations': {
      body: {
        heldOn: '2026-01-15',
        advisor: 'LPR',
        topic: 'Erstberatung',
        notes: 'Notiz',
        followUps: [{ text: 'Entwurf senden', dueOn: '2026-02-01', done: false }],
      },
    },
    'POST /api/network/:ags/agreements': {
      body: { signedOn: '2026-02-01', parties: ['Kommune', 'Polizeidirektion'], goals: 'Ziele' },
    },
    'POST /api/network/:ags/coaching': { body: COACHING },
    'PATCH /api/network/coaching/:id': { body: COACHING },
    'PUT /api/network/:ags/council': {
      body: { name: 'Kriminalpräventiver Rat', foundedOn: '2021-09-20', reactivatedOn: null },
    },
    'POST /api/network/:ags/council/members': {
      body: {
        name: 'Erika Muster',
        organisation: 'Polizeirevier',
        role: 'Polizei',
        email: 'e@example.org',
        phone: '0351 1',
      },
    },
    'POST /api/network/:ags/council/meetings': {
      body: {
        heldOn: '2026-03-01',
        agenda: 'Tagesordnung',
        minutes: 'Protokoll',
        decisions: ['Beschluss'],
        tasks: [{ text: 'Begehung', owner: 'Ordnungsamt', dueOn: '2026-04-01', done: false }],
      },
    },
    'GET /api/network/good-practices': {
      query: { q: 'Stadt', topic: 'Graffiti', targetGroup: 'Jugend', setting: 'Familie' },
    },
    'POST /api/network/:ags/good-practices': { body: PRACTICE },
    'PUT /api/network/:ags/good-practices/:id': { body: PRACTICE },
    'POST /api/network/events': {
      body: {
        title: 'Netzwerktreffen',
        startsAt: '2027-03-04T10:00:00+01:00',
        place: 'Bautzen',
        description: 'Austausch',
        capacity: 10,
        registrationUntil: '2027-03-01',
      },
    },
    // Training and key figures (issue 13).
    'POST /api/training/cohorts': {
      body: {
        course: 'praeventionsmanagement',
        title: 'Studiengang 2027',
        startsOn: '2027-02-01',
        endsOn: '2027-12-01',
        place: 'Dresden',
        modules: [{ title: 'Grundlagen', heldOn: '2027-03-01' }],
      },
    },
    'POST /api/training/cohorts/:id/participants': {
      body: { name: 'Erika Muster', email: 'erika@example.org', organisation: 'Stadt', ags: DEMO_AGS },
    },
    'POST /api/public/training/self': { body: { token: 'a'.repeat(43) } },
    'POST /api/public/training/self/certificate': { body: { token: 'a'.repeat(43) } },
    'GET /api/public/kennzahlen': { query: { demodaten: 'ja' } },
    'GET /api/kennzahlen/:figure': { query: { demodaten: 'ja' } },
    // Prevention projects and funding (issue 13).
    'GET /api/projects': { query: { ags: DEMO_AGS } },
    'POST /api/projects': { body: { ags: DEMO_AGS, ...PROJECT } },
    'PUT /api/projects/:id': { body: PROJECT },
    'GET /api/funding/applications': { query: { ags: DEMO_AGS, year: '2027', status: 'entwurf' } },
    'POST /api/funding/applications': { body: { projectId: 999999, fundingYear: 2027, plan: FUNDING_PLAN } },
    'PUT /api/funding/applications/:id/plan': { body: { plan: FUNDING_PLAN } },
    'POST /api/funding/applications/:id/decision': {
      body: { outcome: 'bewilligt', approvedCent: 100, decidedOn: '2026-11-20', conditions: 'Auflagen' },
    },
    'POST /api/funding/applications/:id/interim-report': { body: { text: 'Sachstand' } },
    'PUT /api/funding/applications/:id/proof': { body: { report: 'Sachbericht', ownShareSpentCent: 0 } },
    'POST /api/funding/applications/:id/receipts': {
      body: { paidOn: '2027-04-02', payee: 'Druckerei', purpose: 'Plakate', amountCent: 100 },
    },
    'POST /api/funding/applications/:id/repayment': { body: { repaidOn: '2028-03-01' } },
    'GET /api/remarks': { query: REMARK_FILTER },
    'GET /api/remarks/public': { query: REMARK_FILTER },
    'GET /api/remarks/export.csv': { query: REMARK_FILTER },
    'GET /api/remarks/stats': { query: { ags: DEMO_AGS } },
    'PATCH /api/remarks/:publicId/status': {
      body: { status: 'in_bearbeitung', statusNote: 'Begehung geplant' },
    },
    'GET /api/open311/v2/services.json': { query: { jurisdiction_id: DEMO_AGS } },
    'GET /api/open311/v2/requests.json': {
      query: {
        jurisdiction_id: DEMO_AGS,
        service_request_id: '2025-DEMOHW2',
        service_code: 'graffiti',
        start_date: '2025-01-01T00:00:00Z',
        end_date: '2025-12-31T00:00:00Z',
        status: 'open',
      },
    },
  };
}

/** Property names (top level) of a zod schema whose value is or contains a string, from its JSON Schema. */
function textProperties(schema: unknown): string[] {
  if (!(schema instanceof z.ZodType)) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(json.properties ?? {})
    .filter(([, property]) => holdsText(property))
    .map(([name]) => name);
}
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}
function holdsText(s: JsonSchema | boolean | undefined): boolean {
  if (s === undefined || s === true) return s === true;
  if (s === false) return false;
  if (Object.keys(s).length === 0) return true; // unknown: may be anything, text included
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('string')) return true;
  return (
    Object.values(s.properties ?? {}).some(holdsText) ||
    holdsText(s.items) ||
    (typeof s.additionalProperties === 'object' && holdsText(s.additionalProperties)) ||
    [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].some(holdsText)
  );
}

/** Every text leaf (and every object key) of a value, as a path, with a copy that has NUL at that place. */
function withNulEverywhere(value: unknown): { path: string; value: unknown }[] {
  const out: { path: string; value: unknown }[] = [];
  const visit = (node: unknown, path: (string | number)[], replace: (v: unknown) => unknown) => {
    if (typeof node === 'string') {
      out.push({ path: path.join('.'), value: replace(`${node.slice(0, 2)}${NUL}${node.slice(2)}`) });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, [...path, i], (v) => replace(node.map((x, j) => (j === i ? v : x))));
      });
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        visit(item, [...path, key], (v) => replace({ ...node, [key]: v }));
        if (path.length > 0) {
          const renamed = Object.fromEntries(
            Object.entries(node).map(([k, x]) => [k === key ? `${key}${NUL}` : k, x]),
          );
          out.push({ path: [...path, `${key}${NUL}`].join('.'), value: replace(renamed) });
        }
      }
    }
  };
  visit(value, [], (v) => v);
  return out;
}

describe(`control characters in text fields (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  let admin: TestSession;
  let draftWaveId = 0;

  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
    app = await buildTestApp(ctx);
    admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    const draft = await admin.request({
      method: 'POST',
      url: '/api/surveys',
      payload: { ags: DEMO_AGS, title: 'Entwurf' },
    });
    draftWaveId = draft.json().id;
    const open = await waveInField(ctx, { codes: 3 });
    OPEN.waveId = open.waveId;
    OPEN.code = open.codes[0]!;
    OPEN.spare = open.codes[1]!;
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  function urlOf(route: string, id: number): string {
    return route
      .split(' ')[1]!
      .replace(':ags', DEMO_AGS)
      .replace(':id', String(id))
      .replace(':level', 'districts')
      .replace(':publicId', '2025-DEMOHW2')
      .replace(':figure', 'kommunen_beraten');
  }

  function send(
    route: string,
    example: Example,
    id: number,
    code = OPEN.code,
  ): Promise<{ statusCode: number; body: string; json(): unknown }> {
    const [method] = route.split(' ');
    const payload = example.body
      ? JSON.parse(JSON.stringify(example.body).replaceAll('"CODE"', JSON.stringify(code)))
      : undefined;
    const options: InjectOptions = {
      method: method as 'GET',
      url: urlOf(route, id),
      query: example.query,
      payload,
    };
    return admin.request(options);
  }

  it('has an example for every route with a text field in its body or query string', () => {
    const known = examples();
    const missing: string[] = [];
    for (const route of app.routeTable.filter((r) => r.url.startsWith('/api/'))) {
      const key = `${route.method} ${route.url}`;
      const wanted = [
        ...textProperties(route.schema.body).map((p) => `body.${p}`),
        ...textProperties(route.schema.querystring).map((p) => `query.${p}`),
      ];
      const example = known[key];
      for (const field of wanted) {
        const [part, name] = field.split('.') as ['body' | 'query', string];
        if (!example?.[part] || !(name in example[part]!)) missing.push(`${key} ${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('answers NUL in any JSON or query text field with 400 naming the field, never 500', async () => {
    const failures: string[] = [];
    let tried = 0;
    for (const [route, example] of Object.entries(examples())) {
      const id = route.includes('/public/') || route.includes('/responses') ? OPEN.waveId : draftWaveId;
      // The baseline of the submission uses up its code; the variants, refused, leave theirs unused.
      const baseline = await send(route, example, id, OPEN.spare);
      if (baseline.statusCode >= 500) failures.push(`${route} baseline → ${baseline.statusCode}`);
      for (const part of ['body', 'query'] as const) {
        if (!example[part]) continue;
        for (const variant of withNulEverywhere(example[part])) {
          tried++;
          const res = await send(route, { ...example, [part]: variant.value as never }, id);
          const label = `${route} ${part}.${variant.path} → ${res.statusCode} ${res.body.slice(0, 160)}`;
          if (res.statusCode !== 400) {
            failures.push(label);
            continue;
          }
          const json = res.json() as { error: unknown } | { code: number; description: string }[];
          if (Array.isArray(json)) {
            // Open311 answers errors in its own format: [{ code, description }].
            if (!json.some((e) => e.description.includes(variant.path.split('.')[0]!)))
              failures.push(`${label} (field not named)`);
            continue;
          }
          const error = json.error as {
            fields?: Record<string, string>;
            message: string;
          };
          const named =
            Object.keys(error.fields ?? {}).some(
              (f) => variant.path.startsWith(f) || f.startsWith(variant.path),
            ) || error.message.includes(variant.path.split('.')[0]!);
          if (!named) failures.push(`${label} (field not named)`);
        }
      }
    }
    expect(tried).toBeGreaterThan(40);
    expect(failures).toEqual([]);
  });

  it('refuses NUL in the text fields and file names of uploads with 400, never 500', async () => {
    const upload = async (
      url: string,
      fileField: string,
      fields: Record<string, string>,
      filename: string,
      content: string,
    ) =>
      admin.request({
        method: url.endsWith('/margins') ? 'PUT' : 'POST',
        url,
        ...multipartBody(fields, { field: fileField, filename, content }),
      });
    const pksCsv = 'ags;jahr;schluessel;faelle\n14999999;2024;------;10\n';
    const cases: { label: string; run: () => Promise<{ statusCode: number; body: string }> }[] = [
      ...['preview', ''].flatMap((kind) => {
        const url = kind ? '/api/pks/imports/preview' : '/api/pks/imports';
        return [
          {
            label: `${url} source`,
            run: () => upload(url, 'datei', { source: `Po${NUL}lizei` }, 'pks.csv', pksCsv),
          },
          {
            label: `${url} format`,
            run: () => upload(url, 'datei', { format: `gem${NUL}einde` }, 'pks.csv', pksCsv),
          },
          {
            label: `${url} year`,
            run: () => upload(url, 'datei', { year: `20${NUL}24` }, 'pks.csv', pksCsv),
          },
          { label: `${url} file name`, run: () => upload(url, 'datei', {}, `pk${NUL}s.csv`, pksCsv) },
        ];
      }),
      // The direct draw and the letter-batch job read the same form.
      ...['sample', 'letter-batches'].flatMap((path) => [
        ...['seed', 'allocation', 'size', 'sender', 'letterDate', 'reminderDate'].map((field) => ({
          label: `${path} ${field}`,
          run: () =>
            upload(
              `/api/surveys/${draftWaveId}/${path}`,
              'file',
              { [field]: field === 'sender' ? `{"street":"Markt${NUL} 1"}` : `1${NUL}2` },
              'register.csv',
              registerCsv(20),
            ),
        })),
        {
          label: `${path} file name`,
          run: () =>
            upload(`/api/surveys/${draftWaveId}/${path}`, 'file', {}, `reg${NUL}ister.csv`, registerCsv(20)),
        },
      ]),
      {
        label: 'margins file name',
        run: () =>
          upload(
            `/api/surveys/${draftWaveId}/margins`,
            'file',
            {},
            `m${NUL}.csv`,
            'variable;level;count\nSD_ALTER;1;10\n',
          ),
      },
      {
        label: 'receipt file name',
        run: () =>
          admin.request({
            method: 'PUT',
            url: '/api/funding/applications/1/receipts/1/file',
            ...multipartBody({}, { field: 'datei', filename: `bel${NUL}eg.pdf`, content: '%PDF-1.4' }),
          }),
      },
      {
        label: 'margins JSON level',
        run: () =>
          admin.request({
            method: 'PUT',
            url: `/api/surveys/${draftWaveId}/margins`,
            payload: { rows: [{ variable: `SD_${NUL}ALTER`, level: `1${NUL}`, count: 10 }] },
          }),
      },
    ];
    const failures: string[] = [];
    for (const c of cases) {
      const res = await c.run();
      if (res.statusCode !== 400) failures.push(`${c.label} → ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  });

  it('tells in German which field holds the control character', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `a${NUL}@example.org`, password: 'x' },
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/„email“.*Steuerzeichen/);
    expect(error.fields.email).toMatch(/Steuerzeichen/);
  });
});
