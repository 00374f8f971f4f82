import { type TPasswordForm, ZPasswordForm } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../components/FormControls.tsx';
import { Page } from '../../components/Page.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError, summaryOf } from '../../lib/form-errors.ts';
import { Link } from '../../lib/router.tsx';

const fieldOrder = ['currentPassword', 'newPassword', 'newPasswordRepeat'] as const;
const empty: TPasswordForm = { currentPassword: '', newPassword: '', newPasswordRepeat: '' };

export function PasswordPage() {
  const { user, refresh } = useAuth();
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const form = useForm<TPasswordForm>({ resolver: zodResolver(ZPasswordForm), defaultValues: empty });
  const busy = form.formState.isSubmitting;
  const mustChange = user?.mustChangePassword === true;

  async function submit({ currentPassword, newPassword }: TPasswordForm): Promise<void> {
    setDone(false);
    try {
      await api.changePassword(currentPassword, newPassword);
    } catch (error) {
      applyServerError(error, fieldOrder, form.setError);
      setAttempt((value) => value + 1);
      return;
    }
    form.reset(empty);
    setDone(true);
    await refresh();
  }

  const summary = summaryOf(fieldOrder, form.formState.errors);

  return (
    <Page title="Passwort ändern" className="app-narrow">
      {mustChange && !done ? (
        <Alert type="info" title="Bitte legen Sie ein neues Passwort fest">
          <p className="kern-body">
            Ihr Zugang wurde mit einem vorläufigen Passwort eingerichtet. Bevor Sie die Plattform nutzen,
            ändern Sie es bitte.
          </p>
        </Alert>
      ) : null}
      {done ? (
        <Alert type="success" title="Ihr Passwort wurde geändert." live="status">
          <p className="kern-body">
            <Link className="kern-link" href="/">
              Weiter zur Übersicht
            </Link>
          </p>
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} attempt={attempt} />
      {/* Once changed, the form goes away: a second, empty form under the success message misled. */}
      {done ? null : (
        <form
          className="app-form"
          noValidate
          onSubmit={form.handleSubmit(submit, () => {
            setDone(false);
            setAttempt((value) => value + 1);
          })}
        >
          {/* Helps password managers to store the new password for the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={user?.email ?? ''} readOnly />
          <ControlledTextField
            control={form.control}
            name="currentPassword"
            label="Aktuelles Passwort"
            type="password"
            autoComplete="current-password"
            required
          />
          <ControlledTextField
            control={form.control}
            name="newPassword"
            label="Neues Passwort"
            hint="Mindestens 12 Zeichen. Am besten mehrere Wörter, die Sie nirgends sonst als Passwort verwenden."
            type="password"
            autoComplete="new-password"
            required
          />
          <ControlledTextField
            control={form.control}
            name="newPasswordRepeat"
            label="Neues Passwort wiederholen"
            type="password"
            autoComplete="new-password"
            required
          />
          <div className="kern-btn-wrapper app-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
              <span className="kern-label">{busy ? 'Wird gespeichert …' : 'Passwort ändern'}</span>
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}
