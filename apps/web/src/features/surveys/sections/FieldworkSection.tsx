import type { WaveStatus } from '@asskomm/contracts';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary.tsx';
import { TextField } from '../../../components/FormField.tsx';
import { SurveyApiError, surveyApi } from '../api.ts';
import { fieldPeriod, nextStatus, STATUS_LABELS } from '../format.ts';
import { ConfirmDialog, Progress } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';

const ORDER: WaveStatus[] = ['entwurf', 'feldphase', 'abgeschlossen', 'ausgewertet'];
const STEP_TEXT: Record<WaveStatus, string> = {
  entwurf: 'Fragebogen, Randverteilungen und Stichprobe vorbereiten.',
  feldphase: 'Bürgerinnen und Bürger antworten online mit ihrem Code oder auf Papier.',
  abgeschlossen: 'Keine Online-Antworten mehr; Papierbögen nachtragen.',
  ausgewertet: 'Ergebnisse und Exporte sind endgültig.',
};

const SETTING_IDS: Record<string, string> = {
  title: 'einstellung-titel',
  fieldStart: 'einstellung-beginn',
  fieldEnd: 'einstellung-ende',
  sampleSize: 'einstellung-stichprobe',
};

/** Title, field period and sample size; changeable while the wave is a draft or in the field. */
function SettingsForm({ wave, reload }: Pick<SectionProps, 'wave' | 'reload'>) {
  const [title, setTitle] = useState(wave.title);
  const [fieldStart, setFieldStart] = useState(wave.fieldStart ?? '');
  const [fieldEnd, setFieldEnd] = useState(wave.fieldEnd ?? '');
  const [sampleSize, setSampleSize] = useState(wave.sampleSize ? String(wave.sampleSize) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = 'Bitte geben Sie einen Titel ein.';
    if (fieldStart && fieldEnd && fieldEnd < fieldStart) found.fieldEnd = 'Das Ende liegt vor dem Beginn.';
    if (sampleSize && !/^\d+$/.test(sampleSize)) found.sampleSize = 'Bitte eine ganze Zahl eingeben.';
    const show = (fields: Record<string, string>, message: string | null) => {
      setErrors(fields);
      setSummary([
        ...(message ? [{ fieldId: null, message }] : []),
        ...Object.entries(fields).map(([k, m]) => ({ fieldId: SETTING_IDS[k] ?? null, message: m })),
      ]);
      setAttempt((a) => a + 1);
    };
    if (Object.keys(found).length > 0) return show(found, null);
    const patch: Record<string, unknown> = {};
    if (title.trim() !== wave.title) patch.title = title.trim();
    if ((fieldStart || null) !== wave.fieldStart) patch.fieldStart = fieldStart || null;
    if ((fieldEnd || null) !== wave.fieldEnd) patch.fieldEnd = fieldEnd || null;
    const size = sampleSize ? Number(sampleSize) : null;
    if (size !== wave.sampleSize) patch.sampleSize = size;
    if (Object.keys(patch).length === 0) {
      setSaved(true);
      return;
    }
    setBusy(true);
    try {
      await surveyApi.update(wave.id, patch);
      show({}, null);
      setSaved(true);
      reload();
    } catch (e) {
      if (!(e instanceof SurveyApiError)) throw e;
      show(e.fields, Object.keys(e.fields).length === 0 ? e.message : null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="app-form app-form--wide" noValidate onSubmit={save}>
      <h3 className="kern-heading-small">Titel, Feldphase und Stichprobengröße</h3>
      <ErrorSummary errors={summary} attempt={attempt} />
      <TextField
        id="einstellung-titel"
        label="Titel"
        value={title}
        onValueChange={setTitle}
        error={errors.title}
      />
      <div className="app-form__row">
        <TextField
          id="einstellung-beginn"
          label="Beginn der Feldphase"
          type="date"
          value={fieldStart}
          onValueChange={setFieldStart}
          error={errors.fieldStart}
        />
        <TextField
          id="einstellung-ende"
          label="Ende der Feldphase"
          type="date"
          value={fieldEnd}
          onValueChange={setFieldEnd}
          error={errors.fieldEnd}
        />
      </div>
      <TextField
        id="einstellung-stichprobe"
        label="Stichprobengröße (Anzahl der Anschreiben)"
        inputMode="numeric"
        width="medium"
        value={sampleSize}
        onValueChange={setSampleSize}
        error={errors.sampleSize}
      />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={busy}>
          <span className="kern-label">Speichern</span>
        </button>
      </div>
      {busy ? <Progress label="Wird gespeichert …" /> : null}
      <div role="status">{saved ? <p className="kern-body app-success">Gespeichert.</p> : null}</div>
    </form>
  );
}

export function FieldworkSection({ wave, canManage, reload }: SectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState<string | null>(null);
  const next = nextStatus(wave.status);
  const index = ORDER.indexOf(wave.status);

  async function change() {
    if (!next) return;
    setBusy(true);
    setError(null);
    try {
      await surveyApi.setStatus(wave.id, next.status);
      setChanged(`Der Status ist jetzt „${STATUS_LABELS[next.status]}“.`);
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
      <p className="kern-body">Feldphase: {fieldPeriod(wave.fieldStart, wave.fieldEnd)}.</p>
      <ol className="app-steps">
        {ORDER.map((status, i) => (
          <li
            key={status}
            className={`app-steps__item${i < index ? ' app-steps__item--done' : ''}${i === index ? ' app-steps__item--current' : ''}`}
            aria-current={i === index ? 'step' : undefined}
          >
            <span className="app-steps__label">
              {STATUS_LABELS[status]}
              {i < index ? <span className="kern-sr-only"> (erledigt)</span> : null}
              {i === index ? <span className="kern-sr-only"> (aktueller Status)</span> : null}
            </span>
            <span className="app-steps__text">{STEP_TEXT[status]}</span>
          </li>
        ))}
      </ol>
      <div role="status">{changed ? <p className="kern-body app-success">{changed}</p> : null}</div>
      {error ? (
        <Alert type="danger" title="Der Status wurde nicht geändert" live="alert">
          <p className="kern-body">{error}</p>
        </Alert>
      ) : null}
      {next && canManage ? (
        <div className="app-section">
          <p className="kern-body">{next.consequence}</p>
          <div>
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => setConfirming(true)}>
              <span className="kern-label">{next.action} …</span>
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={`${next.action}?`}
            confirmLabel={next.action}
            busy={busy}
            onConfirm={() => void change()}
            onCancel={() => setConfirming(false)}
          >
            <p className="kern-body">{next.consequence}</p>
            <p className="kern-body">Dieser Schritt kann nicht rückgängig gemacht werden.</p>
          </ConfirmDialog>
        </div>
      ) : null}
      {!next ? <p className="kern-body">Die Befragung ist abgeschlossen und ausgewertet.</p> : null}
      {canManage && (wave.status === 'entwurf' || wave.status === 'feldphase') ? (
        <SettingsForm
          key={`${wave.title}-${wave.fieldStart}-${wave.fieldEnd}-${wave.sampleSize}`}
          wave={wave}
          reload={reload}
        />
      ) : null}
    </>
  );
}
