import type {
  PublicRemarkJson,
  RemarkCountJson,
  RemarkStatus,
  StaffRemarkJson,
  SubmittedRemarkJson,
  TRemarkPublication,
  TRemarkStatusUpdate,
} from '@asskomm/contracts';
import { request } from '../../lib/api-client.ts';

/** Query keys of the remarks module: every write invalidates everything under ['remarks']. */
export const remarkKeys = {
  all: ['remarks'] as const,
  publicList: (ags: string) => ['remarks', 'public', ags] as const,
  publicOne: (publicId: string) => ['remarks', 'status', publicId] as const,
  staffList: (filter: RemarkListFilter) => ['remarks', 'staff', filter] as const,
  stats: (ags: string) => ['remarks', 'stats', ags] as const,
};

/** The staff list's filters as they live in the URL (empty string = not set). */
export interface RemarkListFilter {
  ags: string;
  status: '' | RemarkStatus;
  category: string;
  from: string;
  to: string;
}

export function filterQuery(filter: Partial<RemarkListFilter> & { limit?: number }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** What the form sends: the shared schema's fields, with coordinates as numbers, and the photo. */
export interface RemarkSubmission {
  fields: Record<string, string | number | null | undefined>;
  photo: File | null;
}

export const remarksApi = {
  submit({ fields, photo }: RemarkSubmission): Promise<SubmittedRemarkJson> {
    // multipart/form-data, as the server reads a photo in the field "foto" while it streams.
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) {
      if (value !== null && value !== undefined && value !== '') form.append(key, String(value));
    }
    if (photo) form.append('foto', photo, photo.name);
    return request('POST', '/api/remarks', { form, expectUnauthorized: true });
  },
  publicRemark(publicId: string, signal?: AbortSignal): Promise<PublicRemarkJson> {
    return request('GET', `/api/remarks/public/${encodeURIComponent(publicId)}`, {
      signal,
      expectUnauthorized: true,
    });
  },
  publicList(ags: string, signal?: AbortSignal): Promise<{ items: PublicRemarkJson[] }> {
    return request('GET', `/api/remarks/public${filterQuery({ ags })}`, { signal, expectUnauthorized: true });
  },
  staffList(filter: RemarkListFilter, signal?: AbortSignal): Promise<{ items: StaffRemarkJson[] }> {
    return request('GET', `/api/remarks${filterQuery(filter)}`, { signal });
  },
  stats(ags: string, signal?: AbortSignal): Promise<{ items: RemarkCountJson[] }> {
    return request('GET', `/api/remarks/stats${filterQuery({ ags })}`, { signal });
  },
  updateStatus(publicId: string, update: TRemarkStatusUpdate): Promise<StaffRemarkJson> {
    return request('PATCH', `/api/remarks/${encodeURIComponent(publicId)}/status`, { json: update });
  },
  setPublication(publicId: string, publication: TRemarkPublication): Promise<StaffRemarkJson> {
    return request('PATCH', `/api/remarks/${encodeURIComponent(publicId)}/publication`, {
      json: publication,
    });
  },
};

export const exportHref = (filter: RemarkListFilter) => `/api/remarks/export.csv${filterQuery(filter)}`;
export const publicPhotoHref = (publicId: string) =>
  `/api/remarks/public/${encodeURIComponent(publicId)}/photo`;
export const staffPhotoHref = (publicId: string) => `/api/remarks/${encodeURIComponent(publicId)}/photo`;
