import type { CoreContext } from '@asskomm/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestSession } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

/**
 * The role matrix: for every API route, what each role may do with its own and with another
 * municipality. The test fails when a route exists that this table does not list, so a new endpoint
 * cannot ship without a decision on who may call it.
 * y = allowed for any municipality; own = only for the account's municipality; n = never.
 */
type Cell = 'y' | 'own' | 'n';
interface MatrixRow {
  method: string;
  url: string;
  admin: Cell;
  coach: Cell;
  kommune: Cell;
  rat: Cell;
  payload?: unknown;
  /** Query string, for routes listed once per variant (e.g. each export format). */
  query?: string;
}

const OWN = '14625020'; // Bautzen
const OTHER = '14627060'; // Großenhain

export const ROLE_MATRIX: MatrixRow[] = [
  { method: 'GET', url: '/api/openapi.json', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/health', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/reference/status', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/attributions', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/auth/me', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/municipalities', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/municipalities/:ags', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'GET',
    url: '/api/municipalities/:ags/contacts',
    admin: 'y',
    coach: 'y',
    kommune: 'own',
    rat: 'own',
  },
  {
    method: 'PATCH',
    url: '/api/municipalities/:ags',
    admin: 'y',
    coach: 'own', // the coach in this test is assigned to OWN only
    kommune: 'own',
    rat: 'n',
    payload: { preventionCouncilName: 'Kriminalpräventiver Rat' },
  },
  { method: 'GET', url: '/api/districts', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/geo/:level', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/users', admin: 'y', coach: 'n', kommune: 'n', rat: 'n' },
  {
    method: 'POST',
    url: '/api/users',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: { email: 'neu@example.org', role: 'rat', ags: OWN },
  },
  {
    method: 'POST',
    url: '/api/users/:id/password-reset',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
  },
  {
    method: 'PUT',
    url: '/api/users/:id/disabled',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: { disabled: true },
  },
  { method: 'GET', url: '/api/audit', admin: 'y', coach: 'n', kommune: 'n', rat: 'n' },
  // Platform settings (public address for letters): admins only.
  { method: 'GET', url: '/api/settings', admin: 'y', coach: 'n', kommune: 'n', rat: 'n' },
  { method: 'PUT', url: '/api/settings', admin: 'y', coach: 'n', kommune: 'n', rat: 'n', payload: {} },
  // Survey waves (issue 5). The wave's municipality is known only after loading it (ags: 'resource'):
  // this table checks the role gate; surveys-api.test.ts checks own vs. other municipality per wave.
  { method: 'GET', url: '/api/surveys', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'POST', url: '/api/surveys', admin: 'y', coach: 'y', kommune: 'y', rat: 'n', payload: {} },
  { method: 'GET', url: '/api/surveys/:id', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'PATCH', url: '/api/surveys/:id', admin: 'y', coach: 'y', kommune: 'y', rat: 'n', payload: {} },
  {
    method: 'POST',
    url: '/api/surveys/:id/status',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'PUT',
    url: '/api/surveys/:id/margins',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  { method: 'POST', url: '/api/surveys/:id/sample', admin: 'y', coach: 'y', kommune: 'y', rat: 'n' },
  { method: 'POST', url: '/api/surveys/:id/letter-batches', admin: 'y', coach: 'y', kommune: 'y', rat: 'n' },
  // Jobs: everyone signed in may ask; core shows each account only its jobs (report batches: admins;
  // letter batches: the wave's staff) and answers 404 for the others' (api jobs test).
  { method: 'GET', url: '/api/jobs', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/jobs/:id', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/jobs/:id/result', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'POST',
    url: '/api/jobs/report-batches',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: { ags: [OWN], formats: ['xlsx'] },
  },
  // Letter batches hold addresses: only the wave's staff (survey:manage), never the council (rat).
  {
    method: 'GET',
    url: '/api/surveys/:id/letters/preview',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
  },
  {
    method: 'GET',
    url: '/api/surveys/:id/sample-runs/:runId/letters/:kind',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
  },
  {
    method: 'POST',
    url: '/api/surveys/:id/sample-runs/:runId/void',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'GET',
    url: '/api/surveys/:id/margins/template',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  {
    method: 'GET',
    url: '/api/surveys/:id/margins/template.csv',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  {
    method: 'POST',
    url: '/api/surveys/:id/codes',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'GET',
    url: '/api/surveys/:id/questionnaire.pdf',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  // Survey analysis (survey-results): read for every role, paper entry needs survey:manage.
  { method: 'GET', url: '/api/surveys/:id/monitoring', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/surveys/:id/results', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/surveys/:id/codebook', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/surveys/:id/free-texts', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  // Raw answers: never for council members (rat), in every format (issue 8); see also survey-results.test.ts.
  ...(['csv', 'xlsx', 'spss', 'r'] as const).map(
    (format): MatrixRow => ({
      method: 'GET',
      url: '/api/surveys/:id/export',
      query: `format=${format}`,
      admin: 'y',
      coach: 'y',
      kommune: 'y',
      rat: 'n',
    }),
  ),
  {
    method: 'POST',
    url: '/api/surveys/:id/responses',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  // The citizens' form: public, the access code is the key.
  {
    method: 'POST',
    url: '/api/public/survey/start',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
    payload: { code: 'x' },
  },
  {
    method: 'PUT',
    url: '/api/public/survey/save',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
    payload: { code: 'x' },
  },
  {
    method: 'POST',
    url: '/api/public/survey/submit',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
    payload: { code: 'x' },
  },
  // PKS: district and Saxony data are open reference data; a municipality's imported figures need
  // pks:read for its AGS; imports need pks:import (the AGS of every row is checked in core).
  { method: 'GET', url: '/api/pks/keys', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/pks/map', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/pks/profile/:ags', admin: 'y', coach: 'y', kommune: 'own', rat: 'own' },
  { method: 'POST', url: '/api/pks/imports/preview', admin: 'y', coach: 'y', kommune: 'y', rat: 'n' },
  { method: 'POST', url: '/api/pks/imports', admin: 'y', coach: 'y', kommune: 'y', rat: 'n' },
  { method: 'GET', url: '/api/pks/imports', admin: 'y', coach: 'y', kommune: 'y', rat: 'n' },
  // Alliance network (issue 12): consultations and agreements are the LPR's records (coaches for their
  // assigned municipalities); council members' personal data only for the council's municipality and the LPR.
  { method: 'GET', url: '/api/network/members', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/network/:ags/timeline', admin: 'y', coach: 'y', kommune: 'own', rat: 'n' },
  { method: 'GET', url: '/api/network/:ags/consultations', admin: 'y', coach: 'y', kommune: 'own', rat: 'n' },
  {
    method: 'POST',
    url: '/api/network/:ags/consultations',
    admin: 'y',
    coach: 'own',
    kommune: 'n',
    rat: 'n',
    payload: { heldOn: '2026-01-15', advisor: 'LPR Geschäftsstelle', topic: 'Erstberatung' },
  },
  { method: 'GET', url: '/api/network/:ags/agreements', admin: 'y', coach: 'y', kommune: 'own', rat: 'n' },
  {
    method: 'POST',
    url: '/api/network/:ags/agreements',
    admin: 'y',
    coach: 'own',
    kommune: 'n',
    rat: 'n',
    payload: { signedOn: '2026-02-01', parties: ['Kommune', 'Polizeidirektion', 'LPR'] },
  },
  {
    method: 'PUT',
    url: '/api/network/agreements/:id/document',
    admin: 'y',
    coach: 'y',
    kommune: 'n',
    rat: 'n',
  },
  {
    method: 'GET',
    url: '/api/network/agreements/:id/document',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
  },
  { method: 'GET', url: '/api/network/:ags/coaching', admin: 'y', coach: 'y', kommune: 'own', rat: 'n' },
  {
    method: 'POST',
    url: '/api/network/:ags/coaching',
    admin: 'y',
    coach: 'own',
    kommune: 'n',
    rat: 'n',
    payload: { coachName: 'Coach', year: 2026, topic: 'Sicherheitsanalyse' },
  },
  {
    method: 'PATCH',
    url: '/api/network/coaching/:id',
    admin: 'y',
    coach: 'y',
    kommune: 'n',
    rat: 'n',
    payload: {},
  },
  { method: 'GET', url: '/api/network/:ags/council', admin: 'y', coach: 'y', kommune: 'own', rat: 'own' },
  {
    method: 'PUT',
    url: '/api/network/:ags/council',
    admin: 'y',
    coach: 'own',
    kommune: 'own',
    rat: 'n',
    payload: { name: 'Kriminalpräventiver Rat' },
  },
  {
    method: 'GET',
    url: '/api/network/:ags/council/members',
    admin: 'y',
    coach: 'n', // members' names and contacts: only the council's municipality and the LPR
    kommune: 'own',
    rat: 'own',
  },
  {
    method: 'POST',
    url: '/api/network/:ags/council/members',
    admin: 'y',
    coach: 'n', // coaches may edit the council but not see its members' personal data
    kommune: 'own',
    rat: 'n',
    payload: { name: 'Erika Muster', role: 'Polizei' },
  },
  {
    method: 'DELETE',
    url: '/api/network/:ags/council/members/:memberId',
    admin: 'y',
    coach: 'n',
    kommune: 'own',
    rat: 'n',
  },
  {
    method: 'POST',
    url: '/api/network/:ags/council/meetings',
    admin: 'y',
    coach: 'own',
    kommune: 'own',
    rat: 'n',
    payload: { heldOn: '2026-03-01' },
  },
  // Knowledge exchange: shared good practice and public documents are open; partners see all documents
  // and events; the LPR manages the library and events.
  { method: 'GET', url: '/api/network/good-practices', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'GET',
    url: '/api/network/:ags/good-practices',
    admin: 'y',
    coach: 'own',
    kommune: 'own',
    rat: 'n',
  },
  {
    method: 'POST',
    url: '/api/network/:ags/good-practices',
    admin: 'y',
    coach: 'own',
    kommune: 'own',
    rat: 'n',
    payload: {
      title: 'Saubere Stadt',
      summary: 'Kampagne',
      topic: 'Graffiti',
      targetGroup: 'Jugendliche',
      setting: 'Nachbarschaft/Kommune',
    },
  },
  {
    method: 'PUT',
    url: '/api/network/:ags/good-practices/:id',
    admin: 'y',
    coach: 'own',
    kommune: 'own',
    rat: 'n',
    payload: {},
  },
  { method: 'GET', url: '/api/network/documents', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/network/documents/:id/file', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/network/documents/internal', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'GET',
    url: '/api/network/documents/:id/internal-file',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  { method: 'POST', url: '/api/network/documents', admin: 'y', coach: 'n', kommune: 'n', rat: 'n' },
  { method: 'GET', url: '/api/network/events', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'POST', url: '/api/network/events', admin: 'y', coach: 'n', kommune: 'n', rat: 'n', payload: {} },
  {
    method: 'POST',
    url: '/api/network/events/:id/registration',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  {
    method: 'DELETE',
    url: '/api/network/events/:id/registration',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  {
    method: 'GET',
    url: '/api/network/events/:id/registrations',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
  },
  // Remarks (Hinweise): sending and the public status are open; staff routes check the remark's AGS in core.
  { method: 'GET', url: '/api/remarks/categories', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'POST', url: '/api/remarks', admin: 'y', coach: 'y', kommune: 'y', rat: 'y', payload: {} },
  { method: 'GET', url: '/api/remarks/public', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/remarks/public/:publicId', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'GET',
    url: '/api/remarks/public/:publicId/photo',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  { method: 'GET', url: '/api/remarks', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/remarks/stats', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/remarks/export.csv', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/remarks/:publicId', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/remarks/:publicId/photo', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'PATCH',
    url: '/api/remarks/:publicId/status',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'PATCH',
    url: '/api/remarks/:publicId/publication',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  // Open311 GeoReport v2: public by the spec; exercised in open311.test.ts.
  { method: 'GET', url: '/api/open311/v2/services.json', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'GET',
    url: '/api/open311/v2/services/:service_code',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  { method: 'POST', url: '/api/open311/v2/requests.json', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/open311/v2/requests.json', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'GET',
    url: '/api/open311/v2/requests/:request_file',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  {
    method: 'GET',
    url: '/api/open311/v2/tokens/:token_file',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  // Training (issue 13): cohorts without personal data for every account; participants, attendance and
  // certificates for the LPR only; the participant's own view is public behind the personal link's token.
  { method: 'GET', url: '/api/training/cohorts', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/training/cohorts/:id', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'POST',
    url: '/api/training/cohorts',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: {},
  },
  {
    method: 'GET',
    url: '/api/training/cohorts/:id/participants',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
  },
  {
    method: 'POST',
    url: '/api/training/cohorts/:id/participants',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/training/participants/:id/withdraw',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
  },
  {
    method: 'POST',
    url: '/api/training/participants/:id/access-link',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
  },
  {
    method: 'PUT',
    url: '/api/training/participants/:id/attendance/:moduleId',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: {},
  },
  {
    method: 'GET',
    url: '/api/training/participants/:id/certificate.pdf',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
  },
  {
    method: 'POST',
    url: '/api/public/training/self',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/public/training/self/certificate',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
    payload: {},
  },
  // Key figures: public; the records behind them for LPR staff and coaches (no personal data in them).
  { method: 'GET', url: '/api/public/kennzahlen', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/kennzahlen/:figure', admin: 'y', coach: 'y', kommune: 'n', rat: 'n' },
  // Lagebericht (issue 11): published versions for every reader of the municipality, council members
  // (rat) included; drafts (create, read, edit, publish, files) for the LPR and the municipality only.
  // reports-api.test.ts checks rat and coach against existing drafts and versions.
  { method: 'GET', url: '/api/reports/:ags', admin: 'y', coach: 'y', kommune: 'own', rat: 'own' },
  {
    method: 'POST',
    url: '/api/reports/:ags/drafts',
    admin: 'y',
    coach: 'n',
    kommune: 'own',
    rat: 'n',
    payload: {},
  },
  { method: 'GET', url: '/api/reports/:ags/drafts/:id', admin: 'y', coach: 'n', kommune: 'own', rat: 'n' },
  {
    method: 'PATCH',
    url: '/api/reports/:ags/drafts/:id',
    admin: 'y',
    coach: 'n',
    kommune: 'own',
    rat: 'n',
    payload: { edits: [{ kind: 'finding', id: 'pks-hz', text: 'Text' }] },
  },
  {
    method: 'POST',
    url: '/api/reports/:ags/drafts/:id/publish',
    admin: 'y',
    coach: 'n',
    kommune: 'own',
    rat: 'n',
    payload: {},
  },
  {
    method: 'GET',
    url: '/api/reports/:ags/drafts/:id/file',
    query: 'format=pdf',
    admin: 'y',
    coach: 'n',
    kommune: 'own',
    rat: 'n',
  },
  {
    method: 'GET',
    url: '/api/reports/:ags/versions/:id',
    admin: 'y',
    coach: 'y',
    kommune: 'own',
    rat: 'own',
  },
  {
    method: 'GET',
    url: '/api/reports/:ags/versions/:id/file',
    query: 'format=pdf',
    admin: 'y',
    coach: 'y',
    kommune: 'own',
    rat: 'own',
  },
  // Prevention projects and RL KommPräv funding (issue 13): the project's or application's municipality
  // is checked in core (funding-api.test.ts); here the role gate. The LPR decides; the municipality writes.
  { method: 'GET', url: '/api/projects', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'POST', url: '/api/projects', admin: 'y', coach: 'n', kommune: 'y', rat: 'n', payload: {} },
  { method: 'GET', url: '/api/projects/:id', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'PUT', url: '/api/projects/:id', admin: 'y', coach: 'n', kommune: 'y', rat: 'n', payload: {} },
  { method: 'GET', url: '/api/projects/:id/evaluation', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'GET', url: '/api/funding/applications', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'POST',
    url: '/api/funding/applications',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  { method: 'GET', url: '/api/funding/applications/:id', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  {
    method: 'GET',
    url: '/api/funding/applications/:id/form.pdf',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  {
    method: 'PUT',
    url: '/api/funding/applications/:id/plan',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/funding/applications/:id/submit',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/funding/applications/:id/withdraw',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/funding/applications/:id/calls',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/funding/applications/:id/interim-report',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'PUT',
    url: '/api/funding/applications/:id/proof',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/funding/applications/:id/proof/submit',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/funding/applications/:id/receipts',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
    payload: {},
  },
  {
    method: 'DELETE',
    url: '/api/funding/applications/:id/receipts/:receiptId',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
  },
  {
    method: 'PUT',
    url: '/api/funding/applications/:id/receipts/:receiptId/file',
    admin: 'y',
    coach: 'n',
    kommune: 'y',
    rat: 'n',
  },
  {
    method: 'GET',
    url: '/api/funding/applications/:id/receipts/:receiptId/file',
    admin: 'y',
    coach: 'y',
    kommune: 'y',
    rat: 'y',
  },
  {
    method: 'POST',
    url: '/api/funding/applications/:id/review',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/funding/applications/:id/decision',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/funding/applications/:id/proof/check',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: {},
  },
  {
    method: 'POST',
    url: '/api/funding/applications/:id/repayment',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: {},
  },
  { method: 'GET', url: '/api/funding/overview', admin: 'y', coach: 'n', kommune: 'n', rat: 'n' },
  {
    method: 'PUT',
    url: '/api/funding/budgets/:year',
    admin: 'y',
    coach: 'n',
    kommune: 'n',
    rat: 'n',
    payload: { budgetCent: 1 },
  },
  // Login, logout and password change are exercised in auth.test.ts (they change the session itself).
  { method: 'POST', url: '/api/auth/login', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'POST', url: '/api/auth/logout', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
  { method: 'POST', url: '/api/auth/password', admin: 'y', coach: 'y', kommune: 'y', rat: 'y' },
];
const EXERCISED_ELSEWHERE = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/password',
]);

function fill(url: string, ags: string, query?: string): string {
  const path = url.replace(':ags', ags).replace(':level', 'districts').replace(':memberId', '999999');
  return query ? `${path}?${query}` : path;
}

describe(`role matrix (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  const sessions: Record<string, TestSession> = {};
  beforeAll(async () => {
    ctx = await createTestPlatform();
    app = await buildTestApp(ctx);
    sessions.admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    sessions.coach = await loginAs(app, ctx, {
      email: 'coach@example.org',
      role: 'coach',
      assignedAgs: [OWN],
    });
    sessions.kommune = await loginAs(app, ctx, { email: 'kommune@example.org', role: 'kommune', ags: OWN });
    sessions.rat = await loginAs(app, ctx, { email: 'rat@example.org', role: 'rat', ags: OWN });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('lists every API route, and every route declares its access', () => {
    const registered = app.routeTable
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`);
    const listed = ROLE_MATRIX.map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((r) => !listed.includes(r))).toEqual([]);
    expect(listed.filter((r) => !registered.includes(r))).toEqual([]);
    for (const r of app.routeTable.filter((r) => r.url.startsWith('/api/')))
      expect(r.access, `${r.method} ${r.url}`).not.toBeNull();
  });

  it('refuses every non-public route without a session', async () => {
    for (const row of ROLE_MATRIX) {
      const route = app.routeTable.find((r) => r.method === row.method && r.url === row.url)!;
      if (route.access === 'public') continue;
      const res = await app.inject({
        method: row.method as 'GET',
        url: fill(row.url, OWN, row.query),
        payload: row.payload as object,
      });
      expect(res.statusCode, `${row.method} ${row.url}`).toBe(401);
    }
  });

  for (const role of ['admin', 'coach', 'kommune', 'rat'] as const) {
    it(`enforces the matrix for role ${role}, own and other municipality`, async () => {
      for (const row of ROLE_MATRIX) {
        if (EXERCISED_ELSEWHERE.has(`${row.method} ${row.url}`)) continue;
        for (const target of [OWN, OTHER]) {
          const cell = row[role];
          const allowed = cell === 'y' || (cell === 'own' && target === OWN);
          const res = await sessions[role]!.request({
            method: row.method as 'GET',
            url: fill(row.url, target, row.query),
            payload: row.payload as object,
          });
          const label = `${role} ${row.method} ${fill(row.url, target, row.query)} → ${res.statusCode} ${res.body.slice(0, 120)}`;
          if (allowed) expect([401, 403], label).not.toContain(res.statusCode);
          else expect(res.statusCode, label).toBe(403);
          if (allowed) expect(res.statusCode, label).toBeLessThan(500);
        }
      }
    });
  }

  it('hides another municipality’s contacts in the detail view', async () => {
    const own = await sessions.kommune!.request({ method: 'GET', url: `/api/municipalities/${OWN}` });
    const other = await sessions.kommune!.request({ method: 'GET', url: `/api/municipalities/${OTHER}` });
    expect(own.json().contacts).toEqual(expect.any(Array));
    expect(other.json().contacts).toBeNull();
  });
});
