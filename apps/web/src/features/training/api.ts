import type {
  CohortInput,
  CohortSummary,
  Participant,
  ParticipantCreated,
  ParticipantInput,
  ParticipantSelf,
} from '@asskomm/contracts';
import { request, send } from '../../lib/api-client.ts';

const cohort = (id: number) => `/api/training/cohorts/${encodeURIComponent(String(id))}`;
const participant = (id: number) => `/api/training/participants/${encodeURIComponent(String(id))}`;

export const trainingApi = {
  cohorts(signal?: AbortSignal): Promise<{ items: CohortSummary[] }> {
    return request('GET', '/api/training/cohorts', { signal });
  },
  cohort(id: number, signal?: AbortSignal): Promise<CohortSummary> {
    return request('GET', cohort(id), { signal });
  },
  createCohort(input: CohortInput): Promise<CohortSummary> {
    return request('POST', '/api/training/cohorts', { json: input });
  },
  participants(id: number, signal?: AbortSignal): Promise<{ items: Participant[] }> {
    return request('GET', `${cohort(id)}/participants`, { signal });
  },
  enrol(id: number, input: ParticipantInput): Promise<ParticipantCreated> {
    return request('POST', `${cohort(id)}/participants`, { json: input });
  },
  withdraw(id: number): Promise<Participant> {
    return request('POST', `${participant(id)}/withdraw`);
  },
  renewLink(id: number): Promise<ParticipantCreated> {
    return request('POST', `${participant(id)}/access-link`);
  },
  setAttendance(id: number, moduleId: number, attended: boolean): Promise<Participant> {
    return request('PUT', `${participant(id)}/attendance/${encodeURIComponent(String(moduleId))}`, {
      json: { attended },
    });
  },
  certificateUrl(id: number): string {
    return `${participant(id)}/certificate.pdf`;
  },
  self(token: string, signal?: AbortSignal): Promise<ParticipantSelf> {
    return request('POST', '/api/public/training/self', {
      json: { token },
      signal,
      expectUnauthorized: true,
    });
  },
  async selfCertificate(token: string): Promise<Blob> {
    const response = await send('POST', '/api/public/training/self/certificate', {
      json: { token },
      expectUnauthorized: true,
    });
    return response.blob();
  },
};

export const trainingKeys = {
  cohorts: ['training', 'cohorts'],
  cohort: (id: number) => ['training', 'cohort', id],
  participants: (id: number) => ['training', 'participants', id],
} as const;
