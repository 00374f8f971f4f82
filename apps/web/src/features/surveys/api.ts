import type {
  Breakdown,
  FreeTexts,
  LetterPreview,
  MarginsTemplate,
  Monitoring,
  Results,
  SampleResponse,
  TJob,
  WaveCodebook,
  WaveDetail,
  WaveInput,
  WaveListItem,
  WaveStatus,
} from '@asskomm/contracts';
import { type RequestOptions, request, send } from '../../lib/api-client.ts';

// Endpoints of /api/surveys on the one client (lib/api-client.ts); errors are ApiError with `details`.
export { ApiError as SurveyApiError } from '../../lib/api-client.ts';

function call(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  return send(method, path, options);
}
const json = request;

const wave = (id: number) => `/api/surveys/${encodeURIComponent(String(id))}`;

export const surveyApi = {
  list(ags: string | undefined, signal?: AbortSignal): Promise<{ items: WaveListItem[] }> {
    return json('GET', `/api/surveys${ags ? `?ags=${encodeURIComponent(ags)}` : ''}`, { signal });
  },
  get(id: number, signal?: AbortSignal): Promise<WaveDetail> {
    return json('GET', wave(id), { signal });
  },
  create(input: WaveInput): Promise<WaveDetail> {
    return json('POST', '/api/surveys', { json: input });
  },
  update(id: number, input: WaveInput): Promise<WaveDetail> {
    return json('PATCH', wave(id), { json: input });
  },
  setStatus(id: number, status: WaveStatus): Promise<WaveDetail> {
    return json('POST', `${wave(id)}/status`, { json: { status } });
  },
  putMargins(id: number, file: File): Promise<{ margins: WaveDetail['margins']; warnings: string[] }> {
    const form = new FormData();
    form.append('file', file);
    return json('PUT', `${wave(id)}/margins`, { form });
  },
  drawSample(id: number, form: FormData): Promise<SampleResponse> {
    return json('POST', `${wave(id)}/sample`, { form });
  },
  /** The same draw as a background job (answers at once with the job; checks are the draw's). */
  startLetterBatch(id: number, form: FormData): Promise<TJob> {
    return json('POST', `${wave(id)}/letter-batches`, { form });
  },
  letterPreview(id: number, signal?: AbortSignal): Promise<LetterPreview> {
    return json('GET', `${wave(id)}/letters/preview`, { signal });
  },
  lettersUrl(id: number, runId: number, kind: 'einladungen' | 'erinnerungen'): string {
    return `${wave(id)}/sample-runs/${encodeURIComponent(String(runId))}/letters/${kind}`;
  },
  voidBatch(id: number, runId: number): Promise<{ codesVoided: number }> {
    return json('POST', `${wave(id)}/sample-runs/${encodeURIComponent(String(runId))}/void`);
  },
  marginsTemplate(id: number, signal?: AbortSignal): Promise<MarginsTemplate> {
    return json('GET', `${wave(id)}/margins/template`, { signal });
  },
  marginsTemplateUrl(id: number): string {
    return `${wave(id)}/margins/template.csv`;
  },
  async codes(id: number, count: number): Promise<Blob> {
    return (await call('POST', `${wave(id)}/codes`, { json: { count } })).blob();
  },
  monitoring(id: number, signal?: AbortSignal): Promise<Monitoring> {
    return json('GET', `${wave(id)}/monitoring`, { signal });
  },
  results(
    id: number,
    query: { by?: Breakdown | ''; minN?: number; weighting?: 'auto' | 'none' },
    signal?: AbortSignal,
  ): Promise<Results> {
    const search = new URLSearchParams();
    if (query.by) search.set('by', query.by);
    if (query.minN !== undefined) search.set('minN', String(query.minN));
    if (query.weighting && query.weighting !== 'auto') search.set('weighting', query.weighting);
    const text = search.toString();
    return json('GET', `${wave(id)}/results${text ? `?${text}` : ''}`, { signal });
  },
  freeTexts(id: number, signal?: AbortSignal): Promise<FreeTexts> {
    return json('GET', `${wave(id)}/free-texts`, { signal });
  },
  codebook(id: number, signal?: AbortSignal): Promise<WaveCodebook> {
    return json('GET', `${wave(id)}/codebook`, { signal });
  },
  enterPaper(
    id: number,
    values: Record<string, number | number[] | string>,
    receivedOn: string,
  ): Promise<{ paperResponses: number; totalResponses: number }> {
    return json('POST', `${wave(id)}/responses`, { json: { values, receivedOn } });
  },
  exportUrl(id: number, format: string): string {
    return `${wave(id)}/export?format=${encodeURIComponent(format)}`;
  },
  questionnairePdfUrl(id: number): string {
    return `${wave(id)}/questionnaire.pdf`;
  },
};

/** Offers bytes as a download (a temporary object URL and a clicked link). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A PDF from the base64 text of an API answer. */
export function pdfFromBase64(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'application/pdf' });
}
