import { type TDocumentFields, type TEventInput, ZDocumentFields, ZEventInput } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextAreaField, ControlledTextField } from '../../components/FormControls.tsx';
import { FileField, SelectField, TextField } from '../../components/FormField.tsx';
import { errorList, fieldId, serverMessage } from '../../lib/form-errors.ts';
import { knowledgeApi, knowledgeKeys } from './api.ts';

const MAX_BYTES = 20 * 1024 * 1024;
const EXTENSIONS = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods'];

/** The same limits as the server (which also checks the first bytes): 20 MB, PDF or an Office format. */
function documentProblem(file: File | null): string | null {
  if (!file) return 'Bitte eine Datei wählen.';
  if (file.size > MAX_BYTES) return `„${file.name}“ ist größer als 20 MB.`;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!EXTENSIONS.includes(extension))
    return `„${file.name}“ ist weder PDF noch ein Office-Dokument (DOCX, XLSX, PPTX, ODT, ODS).`;
  return null;
}

/** The LPR adds a document to the library (public or for signed-in partners only). */
export function DocumentForm() {
  const prefix = 'dokument';
  const defaults: TDocumentFields = { title: '', description: '', category: '', visibility: 'members' };
  const [attempt, setAttempt] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // A new key empties the file input after an upload.
  const [fileKey, setFileKey] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<TDocumentFields, unknown, z.output<typeof ZDocumentFields>>({
    resolver: zodResolver(ZDocumentFields),
    defaultValues: defaults,
  });
  const upload = useMutation({
    mutationFn: ({ fields, chosen }: { fields: TDocumentFields; chosen: File }) =>
      knowledgeApi.uploadDocument(fields, chosen),
    meta: { invalidates: [knowledgeKeys.documents] },
  });
  async function onValid(values: z.output<typeof ZDocumentFields>) {
    setSaved(null);
    const problem = documentProblem(file);
    setFileError(problem);
    if (problem || !file) return setAttempt((a) => a + 1);
    try {
      const created = await upload.mutateAsync({ fields: values, chosen: file });
      setSaved(created.title);
      form.reset(defaults);
      setFile(null);
      setFileKey((k) => k + 1);
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }
  const errors = [
    ...errorList(prefix, form.formState.errors),
    ...(fileError ? [{ fieldId: fieldId(prefix, 'datei'), message: fileError }] : []),
  ];
  const text = (name: 'title' | 'category', label: string) => (
    <ControlledTextField control={form.control} name={name} id={fieldId(prefix, name)} label={label} />
  );
  return (
    <form
      className="app-form app-form--wide"
      noValidate
      aria-labelledby="dokument-hochladen"
      onSubmit={form.handleSubmit(onValid, () => {
        setFileError(documentProblem(file));
        setAttempt((a) => a + 1);
      })}
    >
      <h3 className="kern-heading-small" id="dokument-hochladen">
        Dokument hochladen
      </h3>
      {saved ? <Alert type="success" title={`„${saved}“ ist in der Bibliothek.`} live="status" /> : null}
      <ErrorSummary errors={errors} attempt={attempt} />
      <div className="app-form__row">
        {text('title', 'Titel')}
        {text('category', 'Kategorie')}
      </div>
      <ControlledTextAreaField
        control={form.control}
        name="description"
        id={fieldId(prefix, 'description')}
        label="Beschreibung"
        optional
        rows={2}
      />
      <Controller
        control={form.control}
        name="visibility"
        render={({ field }) => (
          <SelectField
            id={fieldId(prefix, 'visibility')}
            label="Sichtbar für"
            value={field.value ?? 'members'}
            onValueChange={field.onChange}
            options={[
              { value: 'members', label: 'angemeldete Partner' },
              { value: 'public', label: 'alle (öffentlich)' },
            ]}
          />
        )}
      />
      <FileField
        key={fileKey}
        id={fieldId(prefix, 'datei')}
        label="Datei"
        hint="PDF, DOCX, XLSX, PPTX, ODT oder ODS bis 20 MB."
        accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods"
        onFile={(chosen) => {
          setFile(chosen);
          setFileError(null);
        }}
        error={fileError ?? undefined}
      />
      <div className="app-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={upload.isPending}>
          <span className="kern-label">Dokument hochladen</span>
        </button>
      </div>
    </form>
  );
}

/** The LPR announces a network event; partners then register on this page. */
export function EventForm() {
  const prefix = 'veranstaltung';
  const defaults: TEventInput = {
    title: '',
    startsAt: '',
    place: '',
    description: '',
    capacity: 30,
    registrationUntil: null,
  };
  const [attempt, setAttempt] = useState(0);
  const [local, setLocal] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<TEventInput, unknown, z.output<typeof ZEventInput>>({
    resolver: zodResolver(ZEventInput),
    defaultValues: defaults,
  });
  const create = useMutation({
    mutationFn: (input: z.output<typeof ZEventInput>) => knowledgeApi.createEvent(input),
    meta: { invalidates: [knowledgeKeys.events] },
  });
  async function onValid(values: z.output<typeof ZEventInput>) {
    setSaved(null);
    try {
      const created = await create.mutateAsync(values);
      setSaved(created.title);
      form.reset(defaults);
      setLocal('');
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }
  const text = (name: 'title' | 'place', label: string) => (
    <ControlledTextField control={form.control} name={name} id={fieldId(prefix, name)} label={label} />
  );
  return (
    <form
      className="app-form app-form--wide"
      noValidate
      aria-labelledby="veranstaltung-anlegen"
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <h3 className="kern-heading-small" id="veranstaltung-anlegen">
        Veranstaltung anlegen
      </h3>
      {saved ? <Alert type="success" title={`„${saved}“ ist angelegt.`} live="status" /> : null}
      <ErrorSummary errors={errorList(prefix, form.formState.errors)} attempt={attempt} />
      {text('title', 'Titel')}
      <div className="app-form__row">
        <Controller
          control={form.control}
          name="startsAt"
          render={({ field, fieldState }) => (
            <TextField
              id={fieldId(prefix, 'startsAt')}
              label="Beginn"
              type="datetime-local"
              value={local}
              onValueChange={(value) => {
                setLocal(value);
                // The browser's local time, sent with its offset (as an ISO timestamp in UTC).
                const date = new Date(value);
                field.onChange(value && !Number.isNaN(date.getTime()) ? date.toISOString() : '');
              }}
              error={fieldState.error?.message}
            />
          )}
        />
        {text('place', 'Ort')}
      </div>
      <div className="app-form__row">
        <Controller
          control={form.control}
          name="capacity"
          render={({ field, fieldState }) => (
            <TextField
              id={fieldId(prefix, 'capacity')}
              label="Plätze"
              inputMode="numeric"
              width="medium"
              value={Number.isNaN(field.value) ? '' : String(field.value)}
              onValueChange={(value) => field.onChange(value === '' ? Number.NaN : Number(value))}
              error={fieldState.error?.message}
            />
          )}
        />
        <ControlledTextField
          control={form.control}
          name="registrationUntil"
          id={fieldId(prefix, 'registrationUntil')}
          label="Anmeldung bis"
          type="date"
          optional
          nullWhenEmpty
        />
      </div>
      <ControlledTextAreaField
        control={form.control}
        name="description"
        id={fieldId(prefix, 'description')}
        label="Beschreibung"
        optional
        rows={2}
      />
      <div className="app-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={create.isPending}>
          <span className="kern-label">Veranstaltung anlegen</span>
        </button>
      </div>
    </form>
  );
}
