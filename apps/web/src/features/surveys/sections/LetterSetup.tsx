import type { LetterPreview, LetterSender, WaveDetail } from '@asskomm/contracts';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary.tsx';
import { TextField } from '../../../components/FormField.tsx';
import { useAuth } from '../../../lib/auth.tsx';
import { queryKeys, useApiQuery } from '../../../lib/query.ts';
import { Link } from '../../../lib/router.tsx';
import { SurveyApiError, surveyApi } from '../api.ts';

const FIELDS: { key: keyof LetterSender; label: string; hint?: string; width?: 'medium' }[] = [
  { key: 'department', label: 'Amt oder Abteilung' },
  { key: 'street', label: 'Straße und Hausnummer' },
  { key: 'postalCode', label: 'Postleitzahl', width: 'medium' },
  { key: 'city', label: 'Ort', width: 'medium' },
  {
    key: 'contactPerson',
    label: 'Ansprechperson',
    hint: 'Wer Fragen beantwortet und Papierbögen verschickt.',
  },
  { key: 'phone', label: 'Telefon', width: 'medium' },
  { key: 'email', label: 'E-Mail', width: 'medium' },
  { key: 'signatoryName', label: 'Unterschrift: Name' },
  { key: 'signatoryRole', label: 'Unterschrift: Funktion', hint: 'Zum Beispiel Oberbürgermeisterin.' },
];

/** The letterhead block as printed (top right of the letter). */
function SenderBlock({ preview }: { preview: LetterPreview }) {
  const s = preview.sender;
  const lines = [
    s.municipalityName,
    s.department,
    s.street,
    `${s.postalCode} ${s.city}`.trim(),
    s.contactPerson ? `Ansprechperson: ${s.contactPerson}` : '',
    s.phone ? `Telefon: ${s.phone}` : '',
    s.email ? `E-Mail: ${s.email}` : '',
  ].filter((line): line is string => !!line);
  return (
    <div className="app-letter-preview" data-testid="brief-vorschau">
      <p className="kern-body app-letter-preview__sender">
        {lines.map((line) => (
          <span key={line}>
            {line}
            <br />
          </span>
        ))}
      </p>
      <p className="kern-body">
        Link im Brief:{' '}
        {preview.surveyAddress ? (
          <strong data-testid="brief-link">{preview.surveyAddress}</strong>
        ) : (
          <strong>fehlt</strong>
        )}
      </p>
    </div>
  );
}

function SenderForm({
  wave,
  preview,
  onSaved,
}: {
  wave: WaveDetail;
  preview: LetterPreview;
  onSaved: () => void;
}) {
  const initial = Object.fromEntries(FIELDS.map((f) => [f.key, preview.sender[f.key] ?? ''])) as Record<
    string,
    string
  >;
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setBusy(true);
    try {
      await surveyApi.update(wave.id, {
        sender: Object.fromEntries(FIELDS.map((f) => [f.key, values[f.key]?.trim() ?? ''])),
      });
      setErrors({});
      setSummary([]);
      setSaved(true);
      onSaved();
    } catch (e) {
      if (!(e instanceof SurveyApiError)) throw e;
      const fields = Object.fromEntries(
        Object.entries(e.fields).map(([k, m]) => [k.replace(/^sender\./, ''), m]),
      );
      setErrors(fields);
      setSummary(
        Object.keys(fields).length > 0
          ? Object.entries(fields).map(([k, m]) => ({ fieldId: `absender-${k}`, message: m }))
          : [{ fieldId: null, message: e.message }],
      );
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="app-form app-form--wide" noValidate onSubmit={(e) => void save(e)}>
      <h4 className="kern-title">Absender und Ansprechperson</h4>
      <ErrorSummary errors={summary} attempt={attempt} />
      <div className="app-form__grid">
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            id={`absender-${f.key}`}
            label={f.label}
            hint={f.hint}
            value={values[f.key] ?? ''}
            onValueChange={(v) => setValues((old) => ({ ...old, [f.key]: v }))}
            error={errors[f.key]}
            width={f.width}
            type={f.key === 'email' ? 'email' : f.key === 'phone' ? 'tel' : 'text'}
          />
        ))}
      </div>
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={busy}>
          <span className="kern-label">Absender speichern</span>
        </button>
      </div>
      <div role="status">{saved ? <p className="kern-body app-success">Absender gespeichert.</p> : null}</div>
    </form>
  );
}

/**
 * What the letters will show (sender block, link) and what is still missing: a public address (set by
 * an admin) and a sender through whom recipients can reach someone. Drawing is refused until both exist.
 */
export function LetterSetup({ wave, editable }: { wave: WaveDetail; editable: boolean }) {
  const { user } = useAuth();
  const preview = useApiQuery(
    queryKeys.survey(wave.id, 'letter-preview'),
    (signal) => surveyApi.letterPreview(wave.id, signal),
    { keepPrevious: true },
  );
  const data = preview.data;
  return (
    <section className="app-section" aria-labelledby="brief-vorschau-titel">
      <h3 className="kern-heading-small" id="brief-vorschau-titel">
        Vorschau der Briefe
      </h3>
      {preview.error ? <ErrorMessage error={preview.error} onRetry={preview.reload} /> : null}
      {data ? (
        <>
          {!data.publicUrl ? (
            <Alert type="warning" title="Die öffentliche Adresse der Plattform fehlt">
              <p className="kern-body">
                Ohne sie zeigen Link und QR-Code im Brief ins Leere; Briefe können daher noch nicht erzeugt
                werden.{' '}
                {user?.role === 'admin' ? (
                  <>
                    Tragen Sie die Adresse unter{' '}
                    <Link className="kern-link" href="/einstellungen">
                      Einstellungen
                    </Link>{' '}
                    ein.
                  </>
                ) : (
                  'Bitte bitten Sie die Geschäftsstelle, sie unter „Einstellungen“ einzutragen.'
                )}
              </p>
            </Alert>
          ) : null}
          {data.senderMissing.length > 0 ? (
            <Alert type="warning" title="Im Brief fehlt, wie man Sie erreicht">
              <p className="kern-body">
                Bitte tragen Sie beim Absender noch ein: {data.senderMissing.join(', ')}.
              </p>
            </Alert>
          ) : null}
          <SenderBlock preview={data} />
          {editable ? <SenderForm wave={wave} preview={data} onSaved={preview.reload} /> : null}
        </>
      ) : null}
    </section>
  );
}
