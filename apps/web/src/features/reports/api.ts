import type {
  ReportDraftDetail,
  ReportFileFormat,
  ReportList,
  ReportVersionDetail,
  TReportDraftPatch,
} from '@asskomm/contracts';
import { request, send } from '../../lib/api-client.ts';

// Endpoints of /api/reports/:ags on the one client (lib/api-client.ts).
const base = (ags: string) => `/api/reports/${encodeURIComponent(ags)}`;
const num = (id: number) => encodeURIComponent(String(id));

export const reportApi = {
  list(ags: string, signal?: AbortSignal): Promise<ReportList> {
    return request('GET', base(ags), { signal });
  },
  createDraft(ags: string): Promise<ReportDraftDetail> {
    return request('POST', `${base(ags)}/drafts`, { json: {} });
  },
  draft(ags: string, id: number, signal?: AbortSignal): Promise<ReportDraftDetail> {
    return request('GET', `${base(ags)}/drafts/${num(id)}`, { signal });
  },
  patchDraft(ags: string, id: number, patch: TReportDraftPatch): Promise<ReportDraftDetail> {
    return request('PATCH', `${base(ags)}/drafts/${num(id)}`, { json: patch });
  },
  publish(ags: string, id: number, dataHash: string): Promise<ReportVersionDetail> {
    return request('POST', `${base(ags)}/drafts/${num(id)}/publish`, { json: { dataHash } });
  },
  version(ags: string, id: number, signal?: AbortSignal): Promise<ReportVersionDetail> {
    return request('GET', `${base(ags)}/versions/${num(id)}`, { signal });
  },
  /** The file of a draft or version; the server names it (Content-Disposition). */
  async file(
    ags: string,
    item: { kind: 'draft' | 'version'; id: number },
    format: ReportFileFormat,
  ): Promise<{ blob: Blob; name: string }> {
    const path = `${base(ags)}/${item.kind === 'draft' ? 'drafts' : 'versions'}/${num(item.id)}/file?format=${format}`;
    const res = await send('GET', path);
    const name =
      /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `lagebericht.${format}`;
    return { blob: await res.blob(), name };
  },
};
