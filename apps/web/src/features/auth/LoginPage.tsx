import { type TLoginForm, ZLoginForm } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../components/FormControls.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError, summaryOf } from '../../lib/form-errors.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { safeReturnPath } from './return-path.ts';

const fieldOrder = ['email', 'password'] as const;

export function LoginPage() {
  const { login, signOutReason } = useAuth();
  const { search } = useLocation();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<TLoginForm>({
    resolver: zodResolver(ZLoginForm),
    defaultValues: { email: '', password: '' },
  });
  const busy = form.formState.isSubmitting;

  async function submit({ email, password }: TLoginForm): Promise<void> {
    try {
      const user = await login(email, password);
      if (user.mustChangePassword) navigate('/passwort', { replace: true });
      else navigate(safeReturnPath(search.get('weiter')), { replace: true });
    } catch (error) {
      form.setValue('password', '');
      if (error instanceof ApiError && error.code === 'AUTH_INVALID_CREDENTIALS') {
        // No hint which of the two was wrong (no user enumeration).
        form.setError('password', { type: 'server', message: error.message });
      } else {
        applyServerError(error, fieldOrder, form.setError);
      }
      setAttempt((value) => value + 1);
    }
  }

  const summary = summaryOf(fieldOrder, form.formState.errors);

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
      <form
        className="app-form"
        noValidate
        onSubmit={form.handleSubmit(submit, () => setAttempt((value) => value + 1))}
      >
        <ControlledTextField
          control={form.control}
          name="email"
          label="E-Mail-Adresse"
          type="email"
          autoComplete="username"
          spellCheck={false}
          required
        />
        <ControlledTextField
          control={form.control}
          name="password"
          label="Passwort"
          type="password"
          autoComplete="current-password"
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
