import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../components/Alert.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../components/FormControls.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError, summaryOf } from '../../lib/form-errors.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';

const FIELD_ID = 'einstellung-public-url';

/** Platform settings for admins. Today: the public address that letters and QR codes point to. */
export function SettingsPage() {
  const { user } = useAuth();
  const isAdmin = user?.role === 'admin';
  const settings = useApiQuery(isAdmin ? queryKeys.settings : null, (signal) => api.settings(signal));
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const current = settings.data?.publicUrl;
  // The field shows the stored setting (not the environment's); a reload after saving refills it. The
  // server checks the address (there is no rule to repeat here).
  const form = useForm<{ publicUrl: string }>({
    values: current
      ? { publicUrl: current.source === 'einstellung' ? (current.value ?? '') : '' }
      : undefined,
  });
  const busy = form.formState.isSubmitting;

  async function save({ publicUrl }: { publicUrl: string }) {
    setSaved(false);
    try {
      await api.updateSettings({ publicUrl: publicUrl.trim() || null });
    } catch (error) {
      applyServerError(error, ['publicUrl'], form.setError);
      setAttempt((a) => a + 1);
      return;
    }
    setSaved(true);
    settings.reload();
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
          <form className="app-form" noValidate onSubmit={form.handleSubmit(save)}>
            <ErrorSummary
              errors={summaryOf(['publicUrl'], form.formState.errors, () => FIELD_ID)}
              attempt={attempt}
            />
            <ControlledTextField
              control={form.control}
              name="publicUrl"
              id={FIELD_ID}
              label="Öffentliche Adresse der Plattform"
              hint={
                current.environment
                  ? `Zum Beispiel https://sicherheit.musterstadt.de. Leer lassen: Es gilt ${current.environment} aus ASSKOMM_PUBLIC_URL.`
                  : 'Zum Beispiel https://sicherheit.musterstadt.de – so steht sie in den Briefen und im QR-Code.'
              }
              type="url"
              inputMode="url"
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
