import type { TJob } from '@asskomm/contracts';
import { useId } from 'react';
import { formatDateTime } from '../../lib/format.ts';

const STATUS_TEXT: Record<TJob['status'], string> = {
  wartend: 'wartet auf einen freien Arbeitsprozess',
  laeuft: 'läuft',
  fertig: 'fertig',
  fehlgeschlagen: 'fehlgeschlagen',
};

/** One job: what it makes, how far it is (a real progress bar), its error or its download. */
export function JobProgress({ job, resultUrl }: { job: TJob; resultUrl?: string }) {
  const id = useId();
  const running = job.status === 'wartend' || job.status === 'laeuft';
  return (
    <div className="app-job" data-testid={`auftrag-${job.id}`}>
      <p className="kern-body">
        <strong>
          Auftrag {job.id}: {job.label}
        </strong>{' '}
        – {STATUS_TEXT[job.status]}
        {job.finishedAt ? ` (${formatDateTime(job.finishedAt)})` : ''}
      </p>
      {running ? (
        <div className="kern-progress" role="status">
          <label className="kern-label" htmlFor={id}>
            {job.done} von {job.total} erledigt
          </label>
          <progress id={id} max={job.total} value={job.done} />
        </div>
      ) : null}
      {job.status === 'fehlgeschlagen' && job.error ? (
        <p className="kern-body app-job__error">{job.error}</p>
      ) : null}
      {job.status === 'fertig' && job.resultName && resultUrl ? (
        <a className="kern-btn kern-btn--secondary" href={resultUrl} download>
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">{job.resultName} herunterladen</span>
        </a>
      ) : null}
    </div>
  );
}
