import { type FormEvent, useEffect, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError, api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { queryKeys, useApiQuery } from '../../lib/query.ts';

/** Platform settings for admins. Today: the public address that letters and QR codes point to. */
export function SettingsPage() {
  const { user } = useAuth();
  const isAdmin = user?.role === 'admin';
  const settings = useApiQuery(isAdmin ? queryKeys.settings : null, (signal) => api.settings(signal));
  const [publicUrl, setPublicUrl] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const current = settings.data?.publicUrl;

  useEffect(() => {
    if (current) setPublicUrl(current.source === 'einstellung' ? (current.value ?? '') : '');
  }, [current]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setBusy(true);
    try {
      await api.updateSettings({ publicUrl: publicUrl.trim() || null });
      setError(undefined);
      setSummary([]);
      setSaved(true);
      settings.reload();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const message = e.fields.publicUrl ?? e.message;
      setError(message);
      setSummary([{ fieldId: 'einstellung-public-url', message }]);
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  }

  if (!isAdmin) {
    return (
      <Page title="Einstellungen">
        <p className="kern-body">
          Die Einstellungen der Plattform ändern Administratorinnen und Administratoren.
        </p>
      </Page>
    );
  }
  return (
    <Page title="Einstellungen" className="app-narrow">
      {settings.error ? <ErrorMessage error={settings.error} onRetry={settings.reload} /> : null}
      {!settings.data && !settings.error ? <Loading label="Einstellungen werden geladen …" /> : null}
      {current ? (
        <>
          {current.value ? (
            <p className="kern-body" data-testid="public-url-current">
              In den Briefen steht jetzt:{' '}
              <strong>{current.value.replace(/^https?:\/\//, '')}/befragung</strong>
              {current.source === 'umgebung' ? ' (aus der Umgebungsvariable ASSKOMM_PUBLIC_URL)' : ''}.
            </p>
          ) : (
            <Alert type="warning" title="Keine öffentliche Adresse eingetragen" headingLevel={2}>
              <p className="kern-body">
                Ohne sie können keine Einladungsbriefe erzeugt werden: Link und QR-Code im Brief brauchen die
                Adresse, unter der Bürgerinnen und Bürger die Plattform im Internet erreichen.
              </p>
            </Alert>
          )}
          <form className="app-form" noValidate onSubmit={(e) => void save(e)}>
            <ErrorSummary errors={summary} attempt={attempt} />
            <TextField
              id="einstellung-public-url"
              label="Öffentliche Adresse der Plattform"
              hint={
                current.environment
                  ? `Zum Beispiel https://sicherheit.musterstadt.de. Leer lassen: Es gilt ${current.environment} aus ASSKOMM_PUBLIC_URL.`
                  : 'Zum Beispiel https://sicherheit.musterstadt.de – so steht sie in den Briefen und im QR-Code.'
              }
              type="url"
              inputMode="url"
              value={publicUrl}
              onValueChange={setPublicUrl}
              error={error}
              optional={current.environment !== null}
            />
            <div className="app-form__actions">
              <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
                <span className="kern-label">Speichern</span>
              </button>
            </div>
            <div role="status">{saved ? <p className="kern-body app-success">Gespeichert.</p> : null}</div>
          </form>
        </>
      ) : null}
    </Page>
  );
}
