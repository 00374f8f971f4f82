import { type FormEvent, useState } from 'react';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../../components/FormField.tsx';
import { Page } from '../../components/Page.tsx';
import { codeProblem } from './survey-api.ts';

export const LANGUAGES = [
  { value: 'de', label: 'Deutsch' },
  { value: 'en', label: 'English (englische Fassung)' },
];

interface CodeFormProps {
  initialCode: string;
  busy: boolean;
  /** Error from the server for the code field, or for the whole form. */
  codeError: string | null;
  formError: string | null;
  attempt: number;
  onSubmit: (code: string, locale: string) => void;
}

/** Step 1: the access code from the letter (typed, or filled in from the QR code's link). */
export function CodeForm({ initialCode, busy, codeError, formError, attempt, onSubmit }: CodeFormProps) {
  const [code, setCode] = useState(initialCode);
  const [locale, setLocale] = useState('de');
  const [localError, setLocalError] = useState<string | null>(null);
  const [localAttempt, setLocalAttempt] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problem = codeProblem(code);
    setLocalError(problem);
    setLocalAttempt((n) => n + 1);
    if (!problem) onSubmit(code, locale);
  }

  const fieldError = localError ?? codeError ?? undefined;
  const summary: SummaryError[] = [];
  if (!localError && formError) summary.push({ fieldId: null, message: formError });
  if (fieldError) summary.push({ fieldId: 'zugangscode', message: fieldError });

  return (
    <Page
      title="Bürgerbefragung zur Sicherheit"
      documentTitle="Bürgerbefragung – Zugangscode"
      className="app-narrow befragung"
      lead="Sie haben ein Anschreiben Ihrer Stadt oder Gemeinde erhalten. Mit dem Zugangscode darin können Sie hier an der Befragung teilnehmen."
    >
      <ErrorSummary errors={summary} attempt={attempt + localAttempt} />
      <form className="app-form" noValidate onSubmit={submit} aria-label="Zugangscode eingeben">
        <TextField
          id="zugangscode"
          label="Zugangscode"
          hint="Sie finden ihn im Kasten „So nehmen Sie teil“, z. B. ABCD-EFGH-JKMN. Groß- und Kleinschreibung spielen keine Rolle."
          value={code}
          onValueChange={setCode}
          error={fieldError}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={40}
          className="befragung-code"
        />
        <SelectField
          id="sprache"
          label="Sprache des Fragebogens"
          value={locale}
          onValueChange={setLocale}
          options={LANGUAGES}
        />
        <div className="kern-btn-wrapper app-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{busy ? 'Fragebogen wird geöffnet …' : 'Fragebogen öffnen'}</span>
          </button>
        </div>
      </form>
      <section className="app-section" aria-labelledby="befragung-info">
        <h2 className="kern-heading-small" id="befragung-info">
          Gut zu wissen
        </h2>
        <ul className="kern-list kern-list--bullet">
          <li>Die Teilnahme ist freiwillig. Sie können jede Frage überspringen.</li>
          <li>
            Es gibt keine Zeitbegrenzung. Sie können speichern und später mit demselben Code weitermachen.
          </li>
          <li>
            Ihre Antworten werden ohne Namen, Anschrift und Zugangscode gespeichert. Der Code sorgt nur dafür,
            dass niemand doppelt teilnimmt.
          </li>
          <li>Lieber auf Papier? Wenden Sie sich an die Stelle, die im Anschreiben genannt ist.</li>
        </ul>
      </section>
    </Page>
  );
}
