import {
  PHOTO_MAX_BYTES,
  REMARK_CATEGORIES,
  type SubmittedRemarkJson,
  type TRemarkInput,
  ZRemarkInput,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextAreaField, ControlledTextField } from '../../components/FormControls.tsx';
import { FieldError, SelectField, TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { applyServerError, summaryOf } from '../../lib/form-errors.ts';
import { formatCoordinate } from '../../lib/format.ts';
import { useLocation } from '../../lib/router.tsx';
import { remarkKeys, remarksApi } from './api.ts';
import { municipalityLabel, useMunicipalityNames } from './municipalities.ts';
import { PhotoField, photoProblem } from './PhotoField.tsx';
import { RemarkSent } from './RemarkSent.tsx';

const ORDER = [
  'ags',
  'category',
  'description',
  'addressString',
  'lat',
  'long',
  'reporterKind',
  'firstName',
  'lastName',
  'email',
  'phone',
] as const;

const MEGABYTES = PHOTO_MAX_BYTES / 1024 / 1024;

/**
 * The public remark form ("Hinweis geben"): no login. Validation runs on the shared schema
 * (ZRemarkInput), so the browser and the server refuse the same input with the same sentence; the photo
 * is checked here for type and size before it is sent, and again by the server.
 */
export function RemarkFormPage() {
  const { search } = useLocation();
  const { names, error: namesError, reload } = useMunicipalityNames();
  const [photo, setPhoto] = useState<File | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [locating, setLocating] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState<SubmittedRemarkJson | null>(null);
  const preset = search.get('kommune') ?? '';
  const form = useForm<TRemarkInput>({
    resolver: zodResolver(ZRemarkInput),
    defaultValues: {
      ags: /^\d{8}$/.test(preset) ? preset : '',
      category: '' as TRemarkInput['category'],
      description: '',
      addressString: '',
      lat: null,
      long: null,
      reporterKind: 'buerger',
      email: '',
      firstName: '',
      lastName: '',
      phone: '',
    },
  });
  const submit = useMutation({
    mutationFn: remarksApi.submit,
    meta: { invalidates: [remarkKeys.all] },
  });
  const lat = form.watch('lat');
  const long = form.watch('long');

  async function onValid(values: TRemarkInput) {
    const problem = photoProblem(photo);
    if (problem) {
      setPhotoError(problem);
      setAttempt((n) => n + 1);
      return;
    }
    try {
      setSent(await submit.mutateAsync({ fields: { ...values }, photo }));
      window.scrollTo(0, 0);
    } catch (error) {
      applyServerError(error, [...ORDER, 'foto' as never], form.setError);
      setAttempt((n) => n + 1);
    }
  }

  function locate() {
    if (!('geolocation' in navigator)) {
      setLocating('Ihr Browser kann den Standort nicht ermitteln. Bitte beschreiben Sie den Ort.');
      return;
    }
    setLocating('Standort wird ermittelt …');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        form.setValue('lat', Number(position.coords.latitude.toFixed(6)), { shouldValidate: true });
        form.setValue('long', Number(position.coords.longitude.toFixed(6)), { shouldValidate: true });
        setLocating(null);
      },
      () => setLocating('Der Standort konnte nicht ermittelt werden. Bitte beschreiben Sie den Ort.'),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  if (sent) return <RemarkSent sent={sent} />;

  const errors = summaryOf<TRemarkInput>(ORDER, form.formState.errors);
  if (photoError) errors.push({ fieldId: 'foto', message: photoError });
  const locationError = form.formState.errors.lat?.message ?? form.formState.errors.long?.message;

  return (
    <Page
      title="Hinweis geben"
      lead="Melden Sie Graffiti, Vandalismus, Müll, defekte Beleuchtung, unsichere Orte oder Gefahren im Verkehr. Ihr Hinweis geht an die zuständige Stelle Ihrer Kommune, etwa das Ordnungsamt."
    >
      <ErrorSummary errors={errors} attempt={attempt} />
      {namesError ? (
        <FieldError id="kommunen" message="Die Liste der Kommunen konnte nicht geladen werden." />
      ) : null}
      {!names && !namesError ? <Loading label="Kommunen werden geladen …" /> : null}
      {namesError ? (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={reload}>
          <span className="kern-label">Erneut versuchen</span>
        </button>
      ) : null}
      <form
        className="app-form app-narrow"
        noValidate
        onSubmit={form.handleSubmit(onValid, () => {
          setPhotoError(photoProblem(photo));
          setAttempt((n) => n + 1);
        })}
      >
        <Controller
          control={form.control}
          name="ags"
          render={({ field, fieldState }) => (
            <SelectField
              id="ags"
              label="Kommune"
              hint="In welcher Stadt oder Gemeinde ist es?"
              value={field.value}
              onValueChange={field.onChange}
              options={[
                { value: '', label: 'Bitte wählen' },
                ...(names ?? []).map((m) => ({ value: m.ags, label: municipalityLabel(m) })),
              ]}
              error={fieldState.error?.message}
              autoComplete="off"
            />
          )}
        />
        <Controller
          control={form.control}
          name="category"
          render={({ field, fieldState }) => (
            <SelectField
              id="category"
              label="Worum geht es?"
              value={field.value ?? ''}
              onValueChange={field.onChange}
              options={[
                { value: '', label: 'Bitte wählen' },
                ...REMARK_CATEGORIES.map((c) => ({ value: c.code, label: `${c.name} – ${c.description}` })),
              ]}
              error={fieldState.error?.message}
            />
          )}
        />
        <ControlledTextAreaField
          control={form.control}
          name="description"
          id="description"
          label="Beschreibung"
          hint="Was ist los, seit wann, was wäre hilfreich? Bitte nennen Sie keine Namen oder Kfz-Kennzeichen anderer Personen."
          maxLength={4000}
        />
        <fieldset className="kern-fieldset app-section">
          <legend className="kern-label">Ort – optional</legend>
          <div className="kern-fieldset__body">
            <ControlledTextField
              control={form.control}
              name="addressString"
              id="addressString"
              label="Adresse oder Ortsbeschreibung"
              optional
              hint="z. B. „Marktplatz 3“ oder „Fußweg hinter der Grundschule“"
              autoComplete="street-address"
            />
            <div className="kern-form-input">
              <p className="kern-label" id="position-label">
                Genauer Standort <span className="kern-label__optional"> – optional</span>
              </p>
              {lat != null && long != null ? (
                <p className="kern-body" data-testid="position">
                  Breite {formatCoordinate(lat)}, Länge {formatCoordinate(long)}{' '}
                  <button
                    type="button"
                    className="kern-btn kern-btn--tertiary"
                    onClick={() => {
                      form.setValue('lat', null);
                      form.setValue('long', null);
                    }}
                  >
                    <span className="kern-label">Standort entfernen</span>
                  </button>
                </p>
              ) : (
                <button type="button" className="kern-btn kern-btn--secondary" onClick={locate}>
                  <span className="kern-label">Meinen Standort verwenden</span>
                </button>
              )}
              {locating ? (
                <p className="kern-body" role="status">
                  {locating}
                </p>
              ) : null}
              {locationError ? <FieldError id="lat" message={locationError} /> : null}
            </div>
          </div>
        </fieldset>
        <PhotoField
          id="foto"
          maxMegabytes={MEGABYTES}
          file={photo}
          error={photoError ?? undefined}
          onChange={(file) => {
            setPhoto(file);
            setPhotoError(photoProblem(file));
          }}
        />
        <fieldset className="kern-fieldset app-section">
          <legend className="kern-label">Kontakt für Rückfragen – freiwillig</legend>
          <div className="kern-fieldset__body">
            <p className="kern-body app-privacy" id="kontakt-datenschutz">
              Ohne Angaben bleibt Ihr Hinweis anonym. Wenn Sie Kontaktdaten angeben, sehen sie nur die
              Mitarbeitenden, die Ihren Hinweis bearbeiten, und nutzen sie nur für Rückfragen dazu. Sie werden
              nie veröffentlicht und in keine Liste oder Datei exportiert.
            </p>
            <Controller
              control={form.control}
              name="reporterKind"
              render={({ field }) => (
                <SelectField
                  id="reporterKind"
                  label="Ich gebe den Hinweis als"
                  value={field.value ?? 'buerger'}
                  onValueChange={field.onChange}
                  options={[
                    { value: 'buerger', label: 'Bürgerin oder Bürger' },
                    { value: 'experte', label: 'Fachkraft (z. B. Schule, Polizei, Jugendhilfe, Verein)' },
                  ]}
                />
              )}
            />
            {(['firstName', 'lastName', 'email', 'phone'] as const).map((name) => (
              <Controller
                key={name}
                control={form.control}
                name={name}
                render={({ field, fieldState }) => (
                  <TextField
                    id={name}
                    label={CONTACT_LABELS[name].label}
                    optional
                    type={CONTACT_LABELS[name].type}
                    autoComplete={CONTACT_LABELS[name].autoComplete}
                    value={field.value ?? ''}
                    onValueChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
            ))}
          </div>
        </fieldset>
        <div className="kern-btn-wrapper app-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={submit.isPending}>
            <span className="kern-label">{submit.isPending ? 'Wird gesendet …' : 'Hinweis senden'}</span>
          </button>
        </div>
      </form>
    </Page>
  );
}

const CONTACT_LABELS = {
  firstName: { label: 'Vorname', type: 'text', autoComplete: 'given-name' },
  lastName: { label: 'Nachname', type: 'text', autoComplete: 'family-name' },
  email: { label: 'E-Mail-Adresse', type: 'email', autoComplete: 'email' },
  phone: { label: 'Telefon', type: 'tel', autoComplete: 'tel' },
} as const;
