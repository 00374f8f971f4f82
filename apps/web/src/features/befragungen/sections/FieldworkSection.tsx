import { useState } from 'react';
import { Alert } from '../../../components/Alert.tsx';
import { SurveyApiError, surveyApi } from '../api.ts';
import { fieldPeriod, NEXT_STATUS, STATUS_LABELS } from '../format.ts';
import type { WaveStatus } from '../types.ts';
import { ConfirmDialog } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';

const ORDER: WaveStatus[] = ['entwurf', 'feldphase', 'abgeschlossen', 'ausgewertet'];
const STEP_TEXT: Record<WaveStatus, string> = {
  entwurf: 'Fragebogen, Randverteilungen und Stichprobe vorbereiten.',
  feldphase: 'Bürgerinnen und Bürger antworten online mit ihrem Code oder auf Papier.',
  abgeschlossen: 'Keine Online-Antworten mehr; Papierbögen nachtragen.',
  ausgewertet: 'Ergebnisse und Exporte sind endgültig.',
};

export function FieldworkSection({ wave, canManage, reload }: SectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState<string | null>(null);
  const next = NEXT_STATUS[wave.status];
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
    </>
  );
}
