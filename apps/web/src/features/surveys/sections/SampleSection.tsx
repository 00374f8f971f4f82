import type { SampleRun, WaveDetail } from '@asskomm/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary.tsx';
import { TextField } from '../../../components/FormField.tsx';
import { Link } from '../../../lib/router.tsx';
import { isRunning, jobQueryKeys, jobsApi, POLL_MS } from '../../jobs/api.ts';
import { JobProgress } from '../../jobs/JobProgress.tsx';
import { SurveyApiError, surveyApi } from '../api.ts';
import { formatDay, formatNumber } from '../format.ts';
import { ConfirmDialog, Progress } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';
import { LetterSetup } from './LetterSetup.tsx';

const SAMPLE_FIELDS = ['file', 'seed', 'size', 'letterDate', 'reminderDate', 'confirmAdditional'];

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
        Als verloren gemeldet am {formatDay(run.voidedAt)}: {formatNumber(run.codesVoided)} unbenutzte Codes
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
              Die {formatNumber(run.sampleSize)} Briefe vom {formatDay(run.createdAt)} gelten als verloren:
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
        Gezogen am {formatDay(run.createdAt)}: {formatNumber(run.sampleSize)} Personen aus{' '}
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
  const [file, setFile] = useState<File | null>(null);
  const [seed, setSeed] = useState('');
  const [size, setSize] = useState(wave.sampleSize ? String(wave.sampleSize) : '');
  const [mode, setMode] = useState<'proportional' | 'fixed'>('proportional');
  const [fixed, setFixed] = useState<Record<string, string>>({});
  const [letterDate, setLetterDate] = useState('');
  const [reminderDate, setReminderDate] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  // The running or finished letter job (polled until done).
  const [jobId, setJobId] = useState<number | null>(null);
  // Changing the key empties the file input after a successful draw.
  const [fileKey, setFileKey] = useState(0);
  const districts = wave.config.districts;
  const open = wave.status === 'entwurf' || wave.status === 'feldphase';
  const activeRuns = wave.sampleRuns.filter((r) => !r.voidedAt);
  const [confirmAdditional, setConfirmAdditional] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!file) found.file = 'Bitte wählen Sie den Registerauszug (CSV).';
    if (seed && !/^\d{1,10}$/.test(seed)) found.seed = 'Der Startwert ist eine ganze Zahl ab 0.';
    if (size && !/^\d+$/.test(size)) found.size = 'Die Stichprobengröße ist eine ganze Zahl.';
    if (activeRuns.length > 0 && !confirmAdditional)
      found.confirmAdditional = 'Bitte bestätigen Sie, dass Sie eine weitere Stichprobe ziehen möchten.';
    if (mode === 'fixed') {
      for (const d of districts) {
        if (!/^\d+$/.test(fixed[d] ?? '')) found[`fixed-${d}`] = `Bitte eine Anzahl für „${d}“ eingeben.`;
      }
    }
    setFieldErrors(found);
    setErrors(
      Object.entries(found).map(([key, message]) => ({
        fieldId: key.startsWith('fixed-') ? `stichprobe-${key}` : `stichprobe-${key}`,
        message,
      })),
    );
    setAttempt((a) => a + 1);
    if (Object.keys(found).length > 0 || !file) return;
    const form = new FormData();
    form.append('file', file);
    if (seed) form.append('seed', seed);
    if (size) form.append('size', size);
    form.append(
      'allocation',
      mode === 'proportional'
        ? 'proportional'
        : JSON.stringify(Object.fromEntries(districts.map((d) => [d, Number(fixed[d])]))),
    );
    if (letterDate) form.append('letterDate', letterDate);
    if (reminderDate) form.append('reminderDate', reminderDate);
    if (activeRuns.length > 0) form.append('confirmAdditional', String(confirmAdditional));
    setBusy(true);
    setJobId(null);
    try {
      const job = await surveyApi.startLetterBatch(wave.id, form);
      setJobId(job.id);
      setFile(null);
      setFileKey((k) => k + 1);
      setConfirmAdditional(false);
    } catch (e) {
      if (!(e instanceof SurveyApiError)) throw e;
      const details = Array.isArray(e.details) ? (e.details as { text?: string; message?: string }[]) : [];
      setErrors([
        { fieldId: null, message: e.message },
        ...details.slice(1, 10).map((d) => ({ fieldId: null, message: d.text ?? d.message ?? '' })),
        ...Object.entries(e.fields).map(([k, m]) => ({
          fieldId: SAMPLE_FIELDS.includes(k) ? `stichprobe-${k}` : null,
          message: m,
        })),
      ]);
      setFieldErrors(e.fields);
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  }

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
        <form className="app-form app-form--wide" noValidate onSubmit={submit}>
          <h3 className="kern-heading-small">Stichprobe ziehen und Briefe erzeugen</h3>
          <ErrorSummary errors={errors} attempt={attempt} />
          <div className={`kern-form-input${fieldErrors.file ? ' kern-form-input--error' : ''}`}>
            <label className="kern-label" htmlFor="stichprobe-file">
              Registerauszug (CSV)
            </label>
            <div className="kern-hint" id="stichprobe-file-hint">
              Spalten: ID, Geburtsjahr, Geschlecht, Ortsteil und die Anschrift. Fehlerhafte Zeilen werden mit
              ihrer Zeilennummer gemeldet; dann wird nichts gezogen.
            </div>
            <input
              key={fileKey}
              id="stichprobe-file"
              type="file"
              accept=".csv,text/csv"
              className="kern-form-input__input app-file"
              aria-describedby="stichprobe-file-hint"
              aria-invalid={fieldErrors.file ? true : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <div className="app-form__row">
            <TextField
              id="stichprobe-size"
              label="Stichprobengröße"
              inputMode="numeric"
              value={size}
              onValueChange={setSize}
              error={fieldErrors.size}
              width="medium"
            />
            <TextField
              id="stichprobe-seed"
              label="Startwert des Zufallsgenerators"
              hint="Leer lassen: Der Server wählt einen und nennt ihn."
              inputMode="numeric"
              value={seed}
              onValueChange={setSeed}
              error={fieldErrors.seed}
              width="medium"
              optional
            />
          </div>
          {districts.length > 0 ? (
            <fieldset className="kern-fieldset">
              <legend className="kern-label">Aufteilung auf die Ortsteile</legend>
              <div className="kern-fieldset__body">
                <div className="kern-form-check">
                  <input
                    className="kern-form-check__radio"
                    type="radio"
                    id="stichprobe-proportional"
                    name="stichprobe-aufteilung"
                    checked={mode === 'proportional'}
                    onChange={() => setMode('proportional')}
                  />
                  <label className="kern-label" htmlFor="stichprobe-proportional">
                    Proportional zur Einwohnerzahl der Ortsteile
                  </label>
                </div>
                <div className="kern-form-check">
                  <input
                    className="kern-form-check__radio"
                    type="radio"
                    id="stichprobe-fest"
                    name="stichprobe-aufteilung"
                    checked={mode === 'fixed'}
                    onChange={() => setMode('fixed')}
                  />
                  <label className="kern-label" htmlFor="stichprobe-fest">
                    Feste Anzahl je Ortsteil (z. B. kleine Ortsteile stärker)
                  </label>
                </div>
              </div>
            </fieldset>
          ) : null}
          {mode === 'fixed' ? (
            <div className="app-form__grid">
              {districts.map((d) => (
                <TextField
                  key={d}
                  id={`stichprobe-fixed-${d}`}
                  label={d}
                  inputMode="numeric"
                  value={fixed[d] ?? ''}
                  onValueChange={(v) => setFixed((f) => ({ ...f, [d]: v }))}
                  error={fieldErrors[`fixed-${d}`]}
                  width="medium"
                />
              ))}
            </div>
          ) : null}
          <div className="app-form__row">
            <TextField
              id="stichprobe-letterDate"
              label="Datum der Einladung"
              type="date"
              value={letterDate}
              onValueChange={setLetterDate}
              optional
            />
            <TextField
              id="stichprobe-reminderDate"
              label="Datum der Erinnerung"
              type="date"
              value={reminderDate}
              onValueChange={setReminderDate}
              optional
            />
          </div>
          {activeRuns.length > 0 ? (
            <div
              className={`kern-form-check${fieldErrors.confirmAdditional ? ' kern-form-input--error' : ''}`}
            >
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id="stichprobe-confirmAdditional"
                checked={confirmAdditional}
                aria-invalid={fieldErrors.confirmAdditional ? true : undefined}
                onChange={(e) => setConfirmAdditional(e.target.checked)}
              />
              <label className="kern-label" htmlFor="stichprobe-confirmAdditional">
                Ja, zusätzlich zu den bisherigen{' '}
                {formatNumber(activeRuns.reduce((sum, r) => sum + r.sampleSize, 0))} Anschreiben eine weitere
                Stichprobe ziehen. Die Rücklaufquote bezieht sich dann auf alle Briefe.
              </label>
              {fieldErrors.confirmAdditional ? (
                <p className="kern-error" role="alert">
                  {fieldErrors.confirmAdditional}
                </p>
              ) : null}
            </div>
          ) : null}
          <div className="app-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
              <span className="kern-label">
                {activeRuns.length > 0
                  ? 'Weitere Stichprobe ziehen'
                  : 'Stichprobe ziehen und Briefe erzeugen'}
              </span>
            </button>
          </div>
          {busy ? (
            <Progress label="Die Stichprobe wird gezogen und die Briefe werden gesetzt. Das dauert einige Sekunden …" />
          ) : null}
        </form>
      ) : (
        <p className="kern-body">
          Die Feldphase ist vorbei: Eine neue Stichprobe kann für diese Befragung nicht mehr gezogen werden.
        </p>
      )}
    </>
  );
}
