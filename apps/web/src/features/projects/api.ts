import type { ProjectEvaluationView, ProjectSummary, ProjectView, TProjectInput } from '@asskomm/contracts';
import { request } from '../../lib/api-client.ts';

// Endpoints of /api/projects on the one client (lib/api-client.ts).
const project = (id: number) => `/api/projects/${encodeURIComponent(String(id))}`;

export const projectApi = {
  list(signal?: AbortSignal): Promise<{ items: ProjectSummary[] }> {
    return request('GET', '/api/projects', { signal });
  },
  get(id: number, signal?: AbortSignal): Promise<ProjectView> {
    return request('GET', project(id), { signal });
  },
  create(input: TProjectInput): Promise<ProjectView> {
    return request('POST', '/api/projects', { json: input });
  },
  update(id: number, input: Omit<TProjectInput, 'ags'>): Promise<ProjectView> {
    return request('PUT', project(id), { json: input });
  },
  evaluation(id: number, signal?: AbortSignal): Promise<ProjectEvaluationView> {
    return request('GET', `${project(id)}/evaluation`, { signal });
  },
};
