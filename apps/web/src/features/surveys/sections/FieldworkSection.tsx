import {
  type TWaveSettingsForm,
  type WaveInput,
  type WaveStatus,
  ZWaveSettingsForm,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../../components/FormControls.tsx';
import { applyServerError, summaryOf } from '../../../lib/form-errors.ts';
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

const SETTING_ORDER = ['title', 'fieldStart', 'fieldEnd', 'sampleSize'] as const;
const settingId = (name: string) => `einstellung-${name}`;

/** Title, field period and sample size; changeable while the wave is a draft or in the field. */
export function WaveSettingsForm({ wave, reload }: Pick<SectionProps, 'wave' | 'reload'>) {
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const form = useForm<TWaveSettingsForm>({
    resolver: zodResolver(ZWaveSettingsForm),
    defaultValues: {
      title: wave.title,
      fieldStart: wave.fieldStart ?? '',
      fieldEnd: wave.fieldEnd ?? '',
      sampleSize: wave.sampleSize ? String(wave.sampleSize) : '',
    },
  });
  const update = useMutation({ mutationFn: (patch: WaveInput) => surveyApi.update(wave.id, patch) });

  async function save(values: TWaveSettingsForm) {
    setSaved(false);
    // Only what changed goes to the server: a running wave refuses changes to fields it has locked.
    const patch: WaveInput = {};
    if (values.title !== wave.title) patch.title = values.title;
    if ((values.fieldStart || null) !== wave.fieldStart) patch.fieldStart = values.fieldStart || null;
    if ((values.fieldEnd || null) !== wave.fieldEnd) patch.fieldEnd = values.fieldEnd || null;
    const size = values.sampleSize ? Number(values.sampleSize) : null;
    if (size !== wave.sampleSize) patch.sampleSize = size;
    if (Object.keys(patch).length > 0) {
      try {
        await update.mutateAsync(patch);
      } catch (error) {
        applyServerError(error, SETTING_ORDER, form.setError);
        setAttempt((value) => value + 1);
        return;
      }
      reload();
    }
    // The saved values are the form's new starting point; the form stays mounted, so "Gespeichert." stays.
    form.reset(values);
    setSaved(true);
  }

  const controlled = { control: form.control } as const;
  return (
    <form
      className="app-form app-form--wide"
      noValidate
      onSubmit={form.handleSubmit(save, () => setAttempt((value) => value + 1))}
    >
      <h3 className="kern-heading-small">Titel, Feldphase und Stichprobengröße</h3>
      <ErrorSummary errors={summaryOf(SETTING_ORDER, form.formState.errors, settingId)} attempt={attempt} />
      <ControlledTextField {...controlled} name="title" id={settingId('title')} label="Titel" />
      <div className="app-form__row">
        <ControlledTextField
          {...controlled}
          name="fieldStart"
          id={settingId('fieldStart')}
          label="Beginn der Feldphase"
          type="date"
        />
        <ControlledTextField
          {...controlled}
          name="fieldEnd"
          id={settingId('fieldEnd')}
          label="Ende der Feldphase"
          type="date"
        />
      </div>
      <ControlledTextField
        {...controlled}
        name="sampleSize"
        id={settingId('sampleSize')}
        label="Stichprobengröße (Anzahl der Anschreiben)"
        inputMode="numeric"
        width="medium"
      />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={update.isPending}>
          <span className="kern-label">Speichern</span>
        </button>
      </div>
      {update.isPending ? <Progress label="Wird gespeichert …" /> : null}
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
        <WaveSettingsForm key={wave.id} wave={wave} reload={reload} />
      ) : null}
    </>
  );
}
