import { type FormEvent, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/FormField.tsx';
import { Page } from '../../components/Page.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { Link } from '../../lib/router.tsx';
import { type FieldErrors, fromApiError, summaryOf } from './form-errors.ts';

const fieldOrder = ['currentPassword', 'newPassword', 'newPasswordRepeat'] as const;
type Field = (typeof fieldOrder)[number];

function validate(current: string, next: string, repeat: string): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (!current) errors.currentPassword = 'Geben Sie Ihr aktuelles Passwort ein.';
  if (!next) errors.newPassword = 'Geben Sie ein neues Passwort ein.';
  else if (next === current) errors.newPassword = 'Das neue Passwort muss sich vom aktuellen unterscheiden.';
  if (!repeat) errors.newPasswordRepeat = 'Wiederholen Sie das neue Passwort.';
  else if (next && repeat !== next)
    errors.newPasswordRepeat = 'Die beiden neuen Passwörter stimmen nicht überein.';
  return errors;
}

export function PasswordPage() {
  const { user, refresh } = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const mustChange = user?.mustChangePassword === true;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setAttempt((value) => value + 1);
    setDone(false);
    const errors = validate(current, next, repeat);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;

    setBusy(true);
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
      await refresh();
    } catch (error) {
      const { fields, formError: message } = fromApiError(error, fieldOrder);
      setFieldErrors(fields);
      setFormError(message);
      setAttempt((value) => value + 1);
    } finally {
      setBusy(false);
    }
  }

  const summary = summaryOf(fieldOrder, fieldErrors, formError);

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
        <form className="app-form" noValidate onSubmit={(event) => void submit(event)}>
          {/* Helps password managers to store the new password for the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={user?.email ?? ''} readOnly />
          <TextField
            id="currentPassword"
            label="Aktuelles Passwort"
            type="password"
            autoComplete="current-password"
            value={current}
            onValueChange={setCurrent}
            error={fieldErrors.currentPassword}
            required
          />
          <TextField
            id="newPassword"
            label="Neues Passwort"
            hint="Mindestens 12 Zeichen. Am besten mehrere Wörter, die Sie nirgends sonst als Passwort verwenden."
            type="password"
            autoComplete="new-password"
            value={next}
            onValueChange={setNext}
            error={fieldErrors.newPassword}
            required
          />
          <TextField
            id="newPasswordRepeat"
            label="Neues Passwort wiederholen"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onValueChange={setRepeat}
            error={fieldErrors.newPasswordRepeat}
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
