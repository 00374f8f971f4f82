import { type TCodesForm, type TCodesFormInput, ZCodesForm } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../../components/FormControls.tsx';
import { applyServerError, summaryOf } from '../../../lib/form-errors.ts';
import { saveBlob, surveyApi } from '../api.ts';
import { formatNumber } from '../format.ts';
import { Progress } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';

// The count's input; the error summary links to it.
const COUNT_ID = 'codes-anzahl';

/** Extra access codes as a CSV download (react-hook-form on the shared ZCodesForm). */
export function CodesSection({ wave, reload }: SectionProps) {
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<number | null>(null);
  const form = useForm<TCodesFormInput, unknown, TCodesForm>({
    resolver: zodResolver(ZCodesForm),
    defaultValues: { count: '100' },
  });
  const create = useMutation({ mutationFn: (count: number) => surveyApi.codes(wave.id, count) });
  const open = wave.status === 'entwurf' || wave.status === 'feldphase';

  async function submit({ count }: TCodesForm) {
    setDone(null);
    try {
      saveBlob(await create.mutateAsync(count), `zugangscodes-welle-${wave.id}.csv`);
    } catch (error) {
      applyServerError(error, ['count'], form.setError);
      setAttempt((a) => a + 1);
      return;
    }
    setDone(count);
    reload();
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
        <form
          className="app-form app-narrow"
          noValidate
          onSubmit={form.handleSubmit(submit, () => {
            setDone(null);
            setAttempt((a) => a + 1);
          })}
        >
          <ErrorSummary
            errors={summaryOf(['count'], form.formState.errors, () => COUNT_ID)}
            attempt={attempt}
          />
          <ControlledTextField
            control={form.control}
            name="count"
            id={COUNT_ID}
            label="Anzahl neuer Zugangscodes"
            inputMode="numeric"
            width="medium"
          />
          <div className="app-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={create.isPending}>
              <span className="kern-icon kern-icon--download" aria-hidden="true" />
              <span className="kern-label">Codes erzeugen und als CSV herunterladen</span>
            </button>
          </div>
          {create.isPending ? <Progress label="Die Codes werden erzeugt …" /> : null}
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
