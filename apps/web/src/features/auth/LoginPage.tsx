import { type FormEvent, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/FormField.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { type FieldErrors, fromApiError, safeReturnPath, summaryOf } from './form-errors.ts';

const fieldOrder = ['email', 'password'] as const;
type Field = (typeof fieldOrder)[number];

function validate(email: string, password: string): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  const trimmed = email.trim();
  if (!trimmed) errors.email = 'Geben Sie Ihre E-Mail-Adresse ein.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed))
    errors.email = 'Geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.';
  if (!password) errors.password = 'Geben Sie Ihr Passwort ein.';
  return errors;
}

export function LoginPage() {
  const { login, signOutReason } = useAuth();
  const { search } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setAttempt((value) => value + 1);
    const errors = validate(email, password);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;

    setBusy(true);
    try {
      const user = await login(email.trim(), password);
      if (user.mustChangePassword) navigate('/passwort', { replace: true });
      else navigate(safeReturnPath(search.get('weiter')), { replace: true });
    } catch (error) {
      setPassword('');
      if (error instanceof ApiError && error.code === 'AUTH_INVALID_CREDENTIALS') {
        // No hint which of the two was wrong (no user enumeration).
        setFieldErrors({ password: error.message });
        setFormError(null);
      } else {
        const { fields, formError: message } = fromApiError(error, fieldOrder);
        setFieldErrors(fields);
        setFormError(message);
      }
      setAttempt((value) => value + 1);
    } finally {
      setBusy(false);
    }
  }

  const summary = summaryOf(fieldOrder, fieldErrors, formError);

  return (
    <Page
      title="Anmelden"
      lead="Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an."
      className="app-narrow"
    >
      {signOutReason === 'logout' && summary.length === 0 ? (
        <Alert type="success" title="Sie wurden abgemeldet." live="status" />
      ) : null}
      {signOutReason === 'expired' && summary.length === 0 ? (
        <Alert
          type="info"
          title="Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an."
          live="status"
        />
      ) : null}
      <ErrorSummary errors={summary} attempt={attempt} />
      <form className="app-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="email"
          label="E-Mail-Adresse"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onValueChange={setEmail}
          error={fieldErrors.email}
          required
        />
        <TextField
          id="password"
          label="Passwort"
          type="password"
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={fieldErrors.password}
          required
        />
        <div className="kern-btn-wrapper app-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{busy ? 'Anmeldung läuft …' : 'Anmelden'}</span>
          </button>
        </div>
      </form>
      <section className="app-section" aria-labelledby="login-help">
        <h2 className="kern-heading-small" id="login-help">
          Noch kein Zugang?
        </h2>
        <p className="kern-body">
          Zugänge für Kommunen, Präventionsräte und Coaches vergibt die Geschäftsstelle des
          Landespräventionsrates Sachsen. Haben Sie Ihr Passwort vergessen, wenden Sie sich bitte ebenfalls
          dorthin.
        </p>
        <p className="kern-body">
          Sie haben ein Anschreiben mit einem Zugangscode für eine Bürgerbefragung erhalten?{' '}
          <Link className="kern-link" href="/befragung">
            Zur Bürgerbefragung
          </Link>
        </p>
        <p className="kern-body">
          Sie möchten auf Graffiti, Müll, defekte Beleuchtung oder unsichere Orte hinweisen?{' '}
          <Link className="kern-link" href="/hinweis">
            Hinweis geben
          </Link>{' '}
          ·{' '}
          <Link className="kern-link" href="/mitglieder">
            Mitglieder der Allianz
          </Link>
        </p>
      </section>
    </Page>
  );
}
