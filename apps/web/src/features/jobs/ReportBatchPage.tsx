import { REPORT_BATCH_FORMATS, type TJob, ZReportBatchCreate } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledCheckboxGroup } from '../../components/FormControls.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { applyServerError, summaryOf } from '../../lib/form-errors.ts';
import { isRunning, jobQueryKeys, jobsApi, POLL_MS } from './api.ts';
import { JobProgress } from './JobProgress.tsx';

const FORMAT_LABEL: Record<(typeof REPORT_BATCH_FORMATS)[number], string> = {
  pdf: 'PDF (barrierearm)',
  docx: 'Word (DOCX, bearbeitbar)',
  html: 'HTML',
  xlsx: 'Datenanhang (XLSX)',
};

const ZFormatsForm = ZReportBatchCreate.pick({ formats: true });
type TFormatsForm = z.infer<typeof ZFormatsForm>;
const FORMAT_OPTIONS = REPORT_BATCH_FORMATS.map((f) => ({ id: f, label: FORMAT_LABEL[f] }));

/**
 * Report batches for administrators: the Lagebericht of every municipality with data of its own, in the
 * chosen formats, made in the background; the list follows the progress and offers the ZIP when done.
 */
export function ReportBatchPage() {
  const [attempt, setAttempt] = useState(0);
  const form = useForm<TFormatsForm>({
    resolver: zodResolver(ZFormatsForm),
    defaultValues: { formats: ['pdf'] },
  });
  const jobs = useQuery({
    queryKey: jobQueryKeys.list({ kind: 'report_batch' }),
    queryFn: ({ signal }) => jobsApi.list({ kind: 'report_batch' }, signal),
    // Poll while a batch runs; stop when all are done.
    refetchInterval: (query) => (query.state.data?.items.some(isRunning) ? POLL_MS : false),
  });
  const start = useMutation({
    mutationFn: ({ formats }: TFormatsForm) => jobsApi.createReportBatch({ ags: 'alle', formats }),
    meta: { invalidates: [['jobs']] },
  });

  async function submit(values: TFormatsForm) {
    try {
      await start.mutateAsync(values);
    } catch (error) {
      applyServerError(error, ['formats'], form.setError);
      setAttempt((a) => a + 1);
    }
  }

  const items: TJob[] = jobs.data?.items ?? [];
  return (
    <Page
      title="Berichte für alle Kommunen"
      lead="Lageberichte für jede Kommune mit eigenen Daten (Kriminalstatistik oder ausgewertete Befragung) in einem Auftrag. Er läuft im Hintergrund; Sie können die Seite verlassen. Das Ergebnis ist eine ZIP-Datei."
    >
      <form
        className="app-form"
        noValidate
        onSubmit={form.handleSubmit(submit, () => setAttempt((a) => a + 1))}
      >
        <ErrorSummary
          errors={summaryOf(['formats'], form.formState.errors, () => `format-${FORMAT_OPTIONS[0]!.id}`)}
          attempt={attempt}
        />
        <ControlledCheckboxGroup
          control={form.control}
          name="formats"
          legend="Formate"
          idPrefix="format"
          options={FORMAT_OPTIONS}
        />
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
