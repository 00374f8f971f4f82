import type { TJob, TReportBatchCreate } from '@asskomm/contracts';
import { request } from '../../lib/api-client.ts';

// Endpoints of /api/jobs on the one client (lib/api-client.ts).
const job = (id: number) => `/api/jobs/${encodeURIComponent(String(id))}`;

export const jobsApi = {
  list(filter: { kind?: TJob['kind']; ags?: string }, signal?: AbortSignal): Promise<{ items: TJob[] }> {
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
    return request('GET', `/api/jobs${query.size ? `?${query}` : ''}`, { signal });
  },
  get(id: number, signal?: AbortSignal): Promise<TJob> {
    return request('GET', job(id), { signal });
  },
  createReportBatch(input: TReportBatchCreate): Promise<TJob> {
    return request('POST', '/api/jobs/report-batches', { json: input });
  },
  resultUrl(id: number): string {
    return `${job(id)}/result`;
  },
};

export const jobQueryKeys = {
  list: (filter: { kind?: string; ags?: string }) => ['jobs', 'list', filter] as const,
  detail: (id: number) => ['jobs', id] as const,
};

/** Whether a job is still to be polled. */
export const isRunning = (job: TJob) => job.status === 'wartend' || job.status === 'laeuft';

/** Poll every second while something runs, otherwise not at all. */
export const POLL_MS = 1000;
