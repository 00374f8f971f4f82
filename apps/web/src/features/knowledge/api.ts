import type {
  GoodPracticeView,
  NetworkDocumentView,
  NetworkEventView,
  TDocumentFields,
  TEventInput,
  TGoodPracticeInput,
  TGoodPracticeSearch,
} from '@asskomm/contracts';
import { request } from '../../lib/api-client.ts';

// Knowledge exchange (routes in apps/server/src/routes/network/knowledge.ts).

export const knowledgeKeys = {
  practices: (search: TGoodPracticeSearch) => ['knowledge', 'practices', search] as const,
  own: (ags: string) => ['knowledge', 'own', ags] as const,
  documents: ['knowledge', 'documents'] as const,
  events: ['knowledge', 'events'] as const,
};

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const knowledgeApi = {
  practices: (search: TGoodPracticeSearch, signal?: AbortSignal) =>
    request<{ items: GoodPracticeView[] }>(
      'GET',
      `/api/network/good-practices${query({ ...search, evidenceLevel: search.evidenceLevel as number | undefined })}`,
      {
        signal,
      },
    ),
  own: (ags: string, signal?: AbortSignal) =>
    request<{ items: GoodPracticeView[] }>('GET', `/api/network/${encodeURIComponent(ags)}/good-practices`, {
      signal,
    }),
  savePractice: (ags: string, input: TGoodPracticeInput, id?: number) =>
    request<GoodPracticeView>(
      id === undefined ? 'POST' : 'PUT',
      `/api/network/${encodeURIComponent(ags)}/good-practices${id === undefined ? '' : `/${id}`}`,
      { json: input },
    ),
  documents: (signal?: AbortSignal) =>
    request<{ items: NetworkDocumentView[] }>('GET', '/api/network/documents/internal', { signal }),
  documentHref: (id: number) => `/api/network/documents/${id}/internal-file`,
  events: (signal?: AbortSignal) =>
    request<{ items: NetworkEventView[] }>('GET', '/api/network/events', { signal }),
  uploadDocument: (fields: TDocumentFields, file: File) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.set(key, String(value));
    form.set('datei', file, file.name);
    return request<NetworkDocumentView>('POST', '/api/network/documents', { form });
  },
  createEvent: (input: TEventInput) =>
    request<NetworkEventView>('POST', '/api/network/events', { json: input }),
  register: (id: number) => request<unknown>('POST', `/api/network/events/${id}/registration`),
  cancel: (id: number) => request<void>('DELETE', `/api/network/events/${id}/registration`),
};
