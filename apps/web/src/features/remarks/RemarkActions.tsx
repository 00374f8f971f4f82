import {
  REMARK_STATUS_LABELS,
  REMARK_TRANSITIONS,
  type StaffRemarkJson,
  type TRemarkStatusUpdate,
  ZRemarkStatusUpdate,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../components/Alert.tsx';
import { ControlledSelectField, ControlledTextAreaField } from '../../components/FormControls.tsx';
import { applyServerError, serverMessage } from '../../lib/form-errors.ts';
import { remarkKeys, remarksApi, staffPhotoHref } from './api.ts';

/** Status change with the public note (eingegangen → in Bearbeitung → erledigt / abgelehnt). */
export function StatusForm({ remark }: { remark: StaffRemarkJson }) {
  const [saved, setSaved] = useState(false);
  const form = useForm<TRemarkStatusUpdate>({
    resolver: zodResolver(ZRemarkStatusUpdate),
    defaultValues: { status: remark.status, statusNote: remark.statusNote ?? '' },
  });
  const update = useMutation({
    mutationFn: (values: TRemarkStatusUpdate) =>
      remarksApi.updateStatus(remark.publicId, { ...values, statusNote: values.statusNote || null }),
    meta: { invalidates: [remarkKeys.all] },
  });
  const id = (name: string) => `${name}-${remark.publicId}`;
  const root = form.formState.errors.root?.server?.message;

  return (
    <form
      className="app-form"
      noValidate
      aria-label={`Status von Hinweis ${remark.publicId} ändern`}
      onSubmit={form.handleSubmit(async (values) => {
        setSaved(false);
        try {
          await update.mutateAsync(values);
          setSaved(true);
        } catch (error) {
          applyServerError(error, ['status', 'statusNote'], form.setError);
        }
      })}
    >
      {root ? <Alert type="danger" title={root} live="alert" /> : null}
      {saved ? <Alert type="success" title="Status gespeichert." live="status" /> : null}
      <ControlledSelectField
        control={form.control}
        name="status"
        id={id('status')}
        label="Status"
        options={[remark.status, ...REMARK_TRANSITIONS[remark.status]].map((s) => ({
          value: s,
          label: REMARK_STATUS_LABELS[s],
        }))}
      />
      <ControlledTextAreaField
        control={form.control}
        name="statusNote"
        id={id('statusNote')}
        label="Öffentliche Statusnotiz"
        optional
        hint="Erscheint auf der Statusseite und in der öffentlichen Liste. Eine Ablehnung braucht eine Begründung. Keine personenbezogenen Daten."
        rows={3}
      />
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={update.isPending}>
          <span className="kern-label">{update.isPending ? 'Wird gespeichert …' : 'Status speichern'}</span>
        </button>
      </div>
    </form>
  );
}

/** Publication: the remark's text in the public list, and its photo only after staff have looked at it. */
export function PublicationForm({ remark }: { remark: StaffRemarkJson }) {
  const [published, setPublished] = useState(remark.published);
  const [mediaApproved, setMediaApproved] = useState(remark.mediaApproved);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useMutation({
    mutationFn: () => remarksApi.setPublication(remark.publicId, { published, mediaApproved }),
    meta: { invalidates: [remarkKeys.all] },
  });
  const id = (name: string) => `${name}-${remark.publicId}`;
  const hasPhoto = remark.hasPhoto;

  return (
    <form
      className="app-form"
      aria-label={`Veröffentlichung von Hinweis ${remark.publicId}`}
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        save.mutate(undefined, {
          onSuccess: () => setMessage({ ok: true, text: 'Veröffentlichung gespeichert.' }),
          // The server's refusal with every field message it names (form-errors.ts, as the other forms).
          onError: (error) => setMessage({ ok: false, text: serverMessage(error) }),
        });
      }}
    >
      {message ? (
        <Alert
          type={message.ok ? 'success' : 'danger'}
          title={message.text}
          live={message.ok ? 'status' : 'alert'}
        />
      ) : null}
      {hasPhoto ? (
        <figure className="app-photo-figure">
          <img
            className="app-photo"
            src={staffPhotoHref(remark.publicId)}
            alt={`Foto zum Hinweis ${remark.publicId}, vor der Freigabe`}
            loading="lazy"
          />
          <figcaption className="kern-body kern-body--small app-muted">
            Metadaten (z. B. GPS) sind bereits entfernt. Prüfen Sie, ob Personen oder Kennzeichen erkennbar
            sind.
          </figcaption>
        </figure>
      ) : null}
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={id('published')}
          checked={published}
          onChange={(event) => {
            setPublished(event.target.checked);
            if (!event.target.checked) setMediaApproved(false);
          }}
        />
        <label className="kern-label" htmlFor={id('published')}>
          Hinweis in der öffentlichen Liste zeigen (Text und Ort; Kontaktdaten nie)
        </label>
      </div>
      {hasPhoto ? (
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={id('mediaApproved')}
            checked={mediaApproved}
            disabled={!published}
            onChange={(event) => setMediaApproved(event.target.checked)}
          />
          <label className="kern-label" htmlFor={id('mediaApproved')}>
            Foto geprüft und freigegeben (nur zusammen mit dem Hinweis)
          </label>
        </div>
      ) : null}
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={save.isPending}>
          <span className="kern-label">Veröffentlichung speichern</span>
        </button>
      </div>
    </form>
  );
}
