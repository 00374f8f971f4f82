import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/Alert.tsx';
import { TextField } from '../../../components/FormField.tsx';
import { SurveyApiError, saveBlob, surveyApi } from '../api.ts';
import { formatNumber } from '../format.ts';
import { Progress } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';

export function CodesSection({ wave, reload }: SectionProps) {
  const [count, setCount] = useState('100');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const open = wave.status === 'entwurf' || wave.status === 'feldphase';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > 100_000) {
      setError('Bitte eine Anzahl zwischen 1 und 100.000 eingeben.');
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const blob = await surveyApi.codes(wave.id, Number(count));
      saveBlob(blob, `zugangscodes-welle-${wave.id}.csv`);
      setDone(Number(count));
      reload();
    } catch (e) {
      if (!(e instanceof SurveyApiError)) throw e;
      setError(e.fields.count ?? e.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p className="kern-body">
        Für diese Befragung gibt es {formatNumber(wave.codes.total)} Zugangscodes;{' '}
        {formatNumber(wave.codes.used)} davon wurden für eine Online-Antwort benutzt. Die Codes für die
        Stichprobe entstehen beim Ziehen mit den Briefen. Hier erzeugen Sie zusätzliche Codes, z. B. wenn die
        Briefe anderswo gedruckt werden.
      </p>
      <Alert type="info" title="Die Codes werden nur jetzt ausgegeben">
        <p className="kern-body">
          Gespeichert wird nur ein Prüfwert (Hash) je Code. Wer die CSV-Datei verliert, kann die Codes nicht
          wiederherstellen – erzeugen Sie dann neue.
        </p>
      </Alert>
      {open ? (
        <form className="app-form app-narrow" noValidate onSubmit={submit}>
          <TextField
            id="codes-anzahl"
            label="Anzahl neuer Zugangscodes"
            inputMode="numeric"
            value={count}
            onValueChange={setCount}
            error={error ?? undefined}
            width="medium"
          />
          <div className="app-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
              <span className="kern-icon kern-icon--download" aria-hidden="true" />
              <span className="kern-label">Codes erzeugen und als CSV herunterladen</span>
            </button>
          </div>
          {busy ? <Progress label="Die Codes werden erzeugt …" /> : null}
          <div role="status">
            {done ? (
              <p className="kern-body app-success">
                {formatNumber(done)} Zugangscodes wurden erzeugt und heruntergeladen.
              </p>
            ) : null}
          </div>
        </form>
      ) : (
        <p className="kern-body">Nach der Feldphase werden keine Codes mehr erzeugt.</p>
      )}
    </>
  );
}
