import {
  type LetterPreview,
  type TLetterSenderForm,
  type WaveDetail,
  ZLetterSenderForm,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../../components/FormControls.tsx';
import { useAuth } from '../../../lib/auth.tsx';
import { applyServerError, summaryOf } from '../../../lib/form-errors.ts';
import { queryKeys, useApiQuery } from '../../../lib/query.ts';
import { Link } from '../../../lib/router.tsx';
import { surveyApi } from '../api.ts';

type SenderKey = keyof TLetterSenderForm;

const FIELDS: { key: SenderKey; label: string; hint?: string; width?: 'medium' }[] = [
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

const SENDER_ORDER = FIELDS.map((f) => f.key as SenderKey);
const senderId = (name: string) => `absender-${name}`;
// The API names the sender's fields `sender.street` and so on.
const senderFieldOf = (key: string) => key.replace(/^sender\./, '');

/** The wave's letter sender (react-hook-form on the shared ZLetterSenderForm); starts from the printed one. */
export function SenderForm({
  wave,
  preview,
  onSaved,
}: {
  wave: WaveDetail;
  preview: LetterPreview;
  onSaved: () => void;
}) {
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const form = useForm<TLetterSenderForm>({
    resolver: zodResolver(ZLetterSenderForm),
    defaultValues: Object.fromEntries(
      FIELDS.map((f) => [f.key, preview.sender[f.key] ?? '']),
    ) as TLetterSenderForm,
  });
  const update = useMutation({
    mutationFn: (sender: TLetterSenderForm) => surveyApi.update(wave.id, { sender }),
  });

  async function save(sender: TLetterSenderForm) {
    setSaved(false);
    try {
      await update.mutateAsync(sender);
    } catch (error) {
      applyServerError(error, SENDER_ORDER, form.setError, senderFieldOf);
      setAttempt((a) => a + 1);
      return;
    }
    form.reset(sender);
    setSaved(true);
    onSaved();
  }

  return (
    <form
      className="app-form app-form--wide"
      noValidate
      onSubmit={form.handleSubmit(save, () => setAttempt((a) => a + 1))}
    >
      <h4 className="kern-title">Absender und Ansprechperson</h4>
      <ErrorSummary errors={summaryOf(SENDER_ORDER, form.formState.errors, senderId)} attempt={attempt} />
      <div className="app-form__grid">
        {FIELDS.map((f) => (
          <ControlledTextField
            key={f.key}
            control={form.control}
            name={f.key}
            id={senderId(f.key)}
            label={f.label}
            hint={f.hint}
            width={f.width}
            type={f.key === 'email' ? 'email' : f.key === 'phone' ? 'tel' : 'text'}
          />
        ))}
      </div>
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={update.isPending}>
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
