import type { SampleRun, WaveDetail } from '@asskomm/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/Alert.tsx';
import { formatDate } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { isRunning, jobQueryKeys, jobsApi, POLL_MS } from '../../jobs/api.ts';
import { JobProgress } from '../../jobs/JobProgress.tsx';
import { SurveyApiError, surveyApi } from '../api.ts';
import { formatNumber } from '../format.ts';
import { ConfirmDialog, Progress } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';
import { LetterSetup } from './LetterSetup.tsx';
import { SampleDrawForm } from './SampleDrawForm.tsx';

function allocationRows(allocation: unknown): { district: string; sampleSize: number }[] {
  if (!Array.isArray(allocation)) return [];
  return allocation
    .filter((a): a is { district: string; sampleSize: number } => typeof a === 'object' && a !== null)
    .map((a) => ({ district: String(a.district), sampleSize: Number(a.sampleSize) }));
}

/** Download again (until fieldwork starts) or declare the batch's letters lost (its codes become void). */
function RunLetters({
  wave,
  run,
  canManage,
  reload,
}: {
  wave: WaveDetail;
  run: SampleRun;
  canManage: boolean;
  reload: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = wave.status === 'entwurf' || wave.status === 'feldphase';
  if (run.voidedAt) {
    return (
      <p className="kern-body">
        Als verloren gemeldet am {formatDate(run.voidedAt)}: {formatNumber(run.codesVoided)} unbenutzte Codes
        sind ungültig, die Briefe gelöscht.
      </p>
    );
  }
  async function voidRun() {
    setBusy(true);
    setError(null);
    try {
      await surveyApi.voidBatch(wave.id, run.id);
      setConfirming(false);
      reload();
    } catch (e) {
      if (!(e instanceof SurveyApiError)) throw e;
      setError(e.message);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      {run.lettersAvailable && canManage ? (
        <div className="app-actions">
          <a
            className="kern-btn kern-btn--secondary"
            href={surveyApi.lettersUrl(wave.id, run.id, 'einladungen')}
            download
          >
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">Einladungsbriefe erneut herunterladen</span>
          </a>
          <a
            className="kern-btn kern-btn--secondary"
            href={surveyApi.lettersUrl(wave.id, run.id, 'erinnerungen')}
            download
          >
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">Erinnerungsbriefe erneut herunterladen</span>
          </a>
        </div>
      ) : (
        <p className="kern-body">
          Die Briefe dieser Stichprobe sind nicht mehr gespeichert (gelöscht mit Beginn der Feldphase).
        </p>
      )}
      {canManage && open ? (
        <div>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setConfirming(true)}>
            <span className="kern-label">Briefe verloren? Codes dieser Stichprobe ungültig machen …</span>
          </button>
          <ConfirmDialog
            open={confirming}
            title="Codes dieser Stichprobe ungültig machen?"
            confirmLabel="Codes ungültig machen"
            busy={busy}
            onConfirm={() => void voidRun()}
            onCancel={() => setConfirming(false)}
          >
            <p className="kern-body">
              Die {formatNumber(run.sampleSize)} Briefe vom {formatDate(run.createdAt)} gelten als verloren:
              Alle noch nicht benutzten Codes dieser Stichprobe öffnen den Fragebogen nicht mehr, und die
              gespeicherten Briefe werden gelöscht. Bereits abgegebene Antworten bleiben.
            </p>
          </ConfirmDialog>
        </div>
      ) : null}
      {error ? (
        <Alert type="danger" title="Die Codes wurden nicht ungültig gemacht" live="alert">
          <p className="kern-body">{error}</p>
        </Alert>
      ) : null}
    </>
  );
}

function RunTable({ run, children }: { run: SampleRun; children?: ReactNode }) {
  const rows = allocationRows(run.allocation);
  return (
    <div className="app-section" data-testid={`stichprobe-${run.id}`}>
      <h4 className="kern-title">Stichprobe {run.id}</h4>
      <p className="kern-body">
        Gezogen am {formatDate(run.createdAt)}: {formatNumber(run.sampleSize)} Personen aus{' '}
        {formatNumber(run.eligibleRows)} Einwohnerinnen und Einwohnern ab 16 Jahren (
        {formatNumber(run.registerRows)} Zeilen im Registerauszug), Startwert{' '}
        <span className="app-tabular">{run.seed}</span>. Mit demselben Auszug und Startwert ergibt sich
        dieselbe Stichprobe.
      </p>
      {rows.length > 0 ? (
        <div className="kern-table-responsive app-table-narrow">
          <table className="kern-table kern-table--small kern-table--striped">
            <caption className="kern-sr-only">Aufteilung der Stichprobe auf die Ortsteile</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Ortsteil
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Anschreiben
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((r) => (
                <tr className="kern-table__row" key={r.district}>
                  <th scope="row" className="kern-table__header">
                    {r.district}
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(r.sampleSize)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {children}
    </div>
  );
}

/** Follows a letter job (polling) and, once done, offers its letters; the wave reloads to list the run. */
function LetterJob({ waveId, jobId, onDone }: { waveId: number; jobId: number; onDone: () => void }) {
  const job = useQuery({
    queryKey: jobQueryKeys.detail(jobId),
    queryFn: ({ signal }) => jobsApi.get(jobId, signal),
    refetchInterval: (query) => (query.state.data && !isRunning(query.state.data) ? false : POLL_MS),
  });
  const data = job.data;
  const finished = data !== undefined && !isRunning(data);
  // Once per job: `onDone` is a new function on every render of the page.
  const reported = useRef(false);
  useEffect(() => {
    if (finished && !reported.current) {
      reported.current = true;
      onDone();
    }
  }, [finished, onDone]);
  if (!data) return <Progress label="Auftrag wird gestartet …" />;
  if (data.status === 'fehlgeschlagen') {
    return (
      <Alert type="danger" title="Die Stichprobe wurde nicht gezogen" live="alert" headingLevel={3}>
        <p className="kern-body">{data.error}</p>
      </Alert>
    );
  }
  if (data.status !== 'fertig' || !data.outcome) {
    return (
      <div aria-live="polite">
        <JobProgress job={data} />
        <p className="kern-body">
          Die Stichprobe wird im Hintergrund gezogen und die Briefe werden gedruckt. Sie können die Seite
          verlassen; das Ergebnis erscheint unter „Bisher gezogene Stichproben“.
        </p>
      </div>
    );
  }
  const runId = data.outcome.sampleRunId;
  return (
    <Alert type="success" title="Stichprobe gezogen, Briefe erzeugt" live="status" headingLevel={3}>
      <p className="kern-body">
        {formatNumber(data.outcome.codesCreated)} Zugangscodes erzeugt (Stichprobe {runId}). Bis zum Beginn
        der Feldphase können Sie die Briefe auch unter „Bisher gezogene Stichproben“ erneut herunterladen.
      </p>
      <div className="app-actions">
        <a
          className="kern-btn kern-btn--primary"
          href={surveyApi.lettersUrl(waveId, runId, 'einladungen')}
          download
        >
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">Einladungsbriefe (PDF) herunterladen</span>
        </a>
        <a
          className="kern-btn kern-btn--secondary"
          href={surveyApi.lettersUrl(waveId, runId, 'erinnerungen')}
          download
        >
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">Erinnerungsbriefe (PDF) herunterladen</span>
        </a>
      </div>
    </Alert>
  );
}

/**
 * Letter jobs of this wave that still run or failed (e.g. started before the page was left): their
 * progress or error stays visible until a later draw succeeds.
 */
function OpenLetterJobs({ wave, exclude }: { wave: WaveDetail; exclude: number | null }) {
  const filter = { kind: 'letter_batch' as const, ags: wave.ags };
  const jobs = useQuery({
    queryKey: jobQueryKeys.list(filter),
    queryFn: ({ signal }) => jobsApi.list(filter, signal),
    refetchInterval: (query) => (query.state.data?.items.some(isRunning) ? POLL_MS : false),
  });
  const all = (jobs.data?.items ?? []).filter((j) => j.waveId === wave.id && j.id !== exclude);
  // Failures older than the last finished draw are settled.
  const lastDone = all.find((j) => j.status === 'fertig')?.id ?? 0;
  const shown = all.filter((j) => j.id > lastDone && j.status !== 'fertig').slice(0, 3);
  if (shown.length === 0) return null;
  return (
    <section className="app-section" aria-labelledby="brief-auftraege">
      <h3 className="kern-heading-small" id="brief-auftraege">
        Laufende und fehlgeschlagene Aufträge
      </h3>
      {shown.map((job) => (
        <JobProgress key={job.id} job={job} />
      ))}
    </section>
  );
}

export function SampleSection({ wave, canManage, reload }: SectionProps) {
  // The running or finished letter job of the last draw (polled until done).
  const [jobId, setJobId] = useState<number | null>(null);
  const open = wave.status === 'entwurf' || wave.status === 'feldphase';

  return (
    <>
      <Alert
        type="info"
        title="Datenschutz: Anschriften nur in den Briefen"
        headingLevel={3}
        className="app-privacy"
      >
        <p className="kern-body">
          Der Auszug aus dem Melderegister wird nur für diesen einen Vorgang verwendet: Bis die Stichprobe im
          Hintergrund gezogen ist (meist Sekunden), liegt er verschlüsselt im Datenverzeichnis des Servers,
          danach wird er gelöscht. In der Datenbank stehen allein der Startwert, die Zahl der Zeilen und die
          Aufteilung auf die Ortsteile – <strong>keine Namen, keine Anschriften, keine Geburtsjahre</strong>.
        </p>
        <p className="kern-body">
          Die fertigen Briefe (mit Anschriften und Codes) bleiben bis zum{' '}
          <strong>Beginn der Feldphase</strong> als Datei außerhalb der Datenbank gespeichert, damit Sie sie
          erneut herunterladen können; dann werden sie automatisch gelöscht. Laden Sie deshalb auch die
          Erinnerungsbriefe vorher herunter. Die Zugangscodes werden nur als Prüfwert (Hash) gespeichert;
          niemand kann eine Antwort einer Person oder einem Code zuordnen.
        </p>
      </Alert>
      <LetterSetup wave={wave} editable={canManage && open} />
      {wave.sampleRuns.length > 0 ? (
        <section className="app-section" aria-labelledby="stichprobe-bisher">
          <h3 className="kern-heading-small" id="stichprobe-bisher">
            Bisher gezogene Stichproben
          </h3>
          {wave.sampleRuns.map((run) => (
            <RunTable key={run.id} run={run}>
              <RunLetters wave={wave} run={run} canManage={canManage} reload={reload} />
            </RunTable>
          ))}
        </section>
      ) : null}
      {canManage ? <OpenLetterJobs wave={wave} exclude={jobId} /> : null}
      {jobId !== null ? <LetterJob waveId={wave.id} jobId={jobId} onDone={reload} /> : null}
      {open && (!wave.fieldStart || !wave.fieldEnd) ? (
        <Alert type="warning" title="Zuerst die Feldphase festlegen" headingLevel={3}>
          <p className="kern-body">
            Der Beginn der Feldphase bestimmt die Altersgrenze (16 Jahre), das Ende steht im Brief. Tragen Sie
            beides im Bereich{' '}
            <Link className="kern-link" href={`/befragungen/${wave.id}/feldphase`}>
              Feldphase
            </Link>{' '}
            ein.
          </p>
        </Alert>
      ) : null}
      {open ? (
        <SampleDrawForm wave={wave} onJob={setJobId} />
      ) : (
        <p className="kern-body">
          Die Feldphase ist vorbei: Eine neue Stichprobe kann für diese Befragung nicht mehr gezogen werden.
        </p>
      )}
    </>
  );
}
