import { REPORT_BATCH_FORMATS, type TJob } from '@asskomm/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { isRunning, jobQueryKeys, jobsApi, POLL_MS } from './api.ts';
import { JobProgress } from './JobProgress.tsx';

const FORMAT_LABEL: Record<(typeof REPORT_BATCH_FORMATS)[number], string> = {
  pdf: 'PDF (barrierearm)',
  docx: 'Word (DOCX, bearbeitbar)',
  html: 'HTML',
  xlsx: 'Datenanhang (XLSX)',
};

/**
 * Report batches for administrators: the Lagebericht of every municipality with data of its own, in the
 * chosen formats, made in the background; the list follows the progress and offers the ZIP when done.
 */
export function ReportBatchPage() {
  const [formats, setFormats] = useState<string[]>(['pdf']);
  const [failure, setFailure] = useState<string | null>(null);
  const jobs = useQuery({
    queryKey: jobQueryKeys.list({ kind: 'report_batch' }),
    queryFn: ({ signal }) => jobsApi.list({ kind: 'report_batch' }, signal),
    // Poll while a batch runs; stop when all are done.
    refetchInterval: (query) => (query.state.data?.items.some(isRunning) ? POLL_MS : false),
  });
  const start = useMutation({
    mutationFn: () =>
      jobsApi.createReportBatch({ ags: 'alle', formats: formats as (typeof REPORT_BATCH_FORMATS)[number][] }),
    meta: { invalidates: [['jobs']] },
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (formats.length === 0) {
      setFailure('Bitte mindestens ein Format wählen.');
      return;
    }
    try {
      await start.mutateAsync();
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : 'Der Auftrag konnte nicht gestartet werden.');
    }
  }

  const items: TJob[] = jobs.data?.items ?? [];
  return (
    <Page
      title="Berichte für alle Kommunen"
      lead="Lageberichte für jede Kommune mit eigenen Daten (Kriminalstatistik oder ausgewertete Befragung) in einem Auftrag. Er läuft im Hintergrund; Sie können die Seite verlassen. Das Ergebnis ist eine ZIP-Datei."
    >
      <form className="app-form" noValidate onSubmit={submit}>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Formate</legend>
          <div className="kern-fieldset__body">
            {REPORT_BATCH_FORMATS.map((f) => (
              <div className="kern-form-check" key={f}>
                <input
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  id={`format-${f}`}
                  checked={formats.includes(f)}
                  onChange={(e) =>
                    setFormats((current) =>
                      e.target.checked ? [...current, f] : current.filter((x) => x !== f),
                    )
                  }
                />
                <label className="kern-label" htmlFor={`format-${f}`}>
                  {FORMAT_LABEL[f]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {failure ? <Alert type="danger" title={failure} live="alert" /> : null}
        <div className="app-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={start.isPending}>
            <span className="kern-label">Berichte für alle Kommunen erstellen</span>
          </button>
        </div>
      </form>
      <section className="app-section" aria-labelledby="auftraege-liste">
        <h2 className="kern-heading-medium" id="auftraege-liste">
          Aufträge
        </h2>
        {jobs.error ? <ErrorMessage error={jobs.error} onRetry={() => void jobs.refetch()} /> : null}
        {jobs.isPending ? <Loading label="Aufträge werden geladen …" /> : null}
        {jobs.data && items.length === 0 ? (
          <p className="kern-body">Noch keine Aufträge. Starten Sie oben den ersten.</p>
        ) : null}
        {items.map((job) => (
          <JobProgress key={job.id} job={job} resultUrl={jobsApi.resultUrl(job.id)} />
        ))}
      </section>
    </Page>
  );
}
