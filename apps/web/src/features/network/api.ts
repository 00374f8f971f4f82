import type {
  AgreementView,
  CoachingView,
  ConsultationView,
  CouncilMeetingView,
  CouncilMemberView,
  CouncilViewResponse,
  NetworkMember,
  TAgreementInput,
  TCoachingInput,
  TCoachingUpdate,
  TConsultationInput,
  TCouncilInput,
  TCouncilMeetingInput,
  TCouncilMemberInput,
  TimelineEntry,
} from '@asskomm/contracts';
import { request } from '../../lib/api-client.ts';

// The network's API (routes in apps/server/src/routes/network). Query keys start with 'network', so a
// write invalidates the timeline, the lists and the member overview together.

const base = '/api/network';
const at = (ags: string) => `${base}/${encodeURIComponent(ags)}`;

export const networkKeys = {
  all: ['network'] as const,
  members: ['network', 'members'] as const,
  municipality: (ags: string) => ['network', ags] as const,
  part: (ags: string, part: string) => ['network', ags, part] as const,
  /** Under the council's key, so writes to the council refetch its members too. */
  councilMembers: (ags: string) => ['network', ags, 'council', 'members'] as const,
};

export const networkApi = {
  members: (signal?: AbortSignal) =>
    request<{ items: NetworkMember[] }>('GET', `${base}/members`, { signal }),
  timeline: (ags: string, signal?: AbortSignal) =>
    request<{ items: TimelineEntry[] }>('GET', `${at(ags)}/timeline`, { signal }),
  consultations: (ags: string, signal?: AbortSignal) =>
    request<{ items: ConsultationView[] }>('GET', `${at(ags)}/consultations`, { signal }),
  recordConsultation: (ags: string, input: TConsultationInput) =>
    request<ConsultationView>('POST', `${at(ags)}/consultations`, { json: input }),
  agreements: (ags: string, signal?: AbortSignal) =>
    request<{ items: AgreementView[] }>('GET', `${at(ags)}/agreements`, { signal }),
  recordAgreement: (ags: string, input: TAgreementInput) =>
    request<AgreementView>('POST', `${at(ags)}/agreements`, { json: input }),
  uploadAgreementDocument: (id: number, file: File) => {
    const form = new FormData();
    form.set('datei', file, file.name);
    return request<AgreementView>('PUT', `${base}/agreements/${id}/document`, { form });
  },
  agreementDocumentHref: (id: number) => `${base}/agreements/${id}/document`,
  coaching: (ags: string, signal?: AbortSignal) =>
    request<{ items: CoachingView[] }>('GET', `${at(ags)}/coaching`, { signal }),
  createCoaching: (ags: string, input: TCoachingInput) =>
    request<CoachingView>('POST', `${at(ags)}/coaching`, { json: input }),
  updateCoaching: (id: number, update: TCoachingUpdate) =>
    request<CoachingView>('PATCH', `${base}/coaching/${id}`, { json: update }),
  council: (ags: string, signal?: AbortSignal) =>
    request<CouncilViewResponse>('GET', `${at(ags)}/council`, { signal }),
  councilMembers: (ags: string, signal?: AbortSignal) =>
    request<{ items: CouncilMemberView[] }>('GET', `${at(ags)}/council/members`, { signal }),
  saveCouncil: (ags: string, input: TCouncilInput) => request('PUT', `${at(ags)}/council`, { json: input }),
  addCouncilMember: (ags: string, input: TCouncilMemberInput) =>
    request<CouncilMemberView>('POST', `${at(ags)}/council/members`, { json: input }),
  removeCouncilMember: (ags: string, memberId: number) =>
    request<void>('DELETE', `${at(ags)}/council/members/${memberId}`),
  recordMeeting: (ags: string, input: TCouncilMeetingInput) =>
    request<CouncilMeetingView>('POST', `${at(ags)}/council/meetings`, { json: input }),
};
