import {
  type TDocumentForm,
  type TDocumentFormInput,
  type TEventForm,
  type TEventFormInput,
  ZDocumentForm,
  ZEventForm,
  type ZEventInput,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import {
  ControlledFileField,
  ControlledSelectField,
  ControlledTextAreaField,
  ControlledTextField,
} from '../../components/FormControls.tsx';
import { errorList, fieldId, serverMessage, summaryOf } from '../../lib/form-errors.ts';
import { knowledgeApi, knowledgeKeys } from './api.ts';

const DOCUMENT_ORDER = ['title', 'category', 'description', 'visibility', 'file'] as const;
// The file input keeps the id it had before the file moved into the form.
const documentId = (name: string) => fieldId('dokument', name === 'file' ? 'datei' : name);

/** The LPR adds a document to the library (public or for signed-in partners only). */
export function DocumentForm() {
  const defaults: TDocumentFormInput = {
    title: '',
    description: '',
    category: '',
    visibility: 'members',
    file: null,
  };
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<TDocumentFormInput, unknown, TDocumentForm>({
    resolver: zodResolver(ZDocumentForm),
    defaultValues: defaults,
  });
  const upload = useMutation({
    mutationFn: ({ file, ...fields }: TDocumentForm) => knowledgeApi.uploadDocument(fields, file),
    meta: { invalidates: [knowledgeKeys.documents] },
  });
  async function onValid(values: TDocumentForm) {
    setSaved(null);
    try {
      const created = await upload.mutateAsync(values);
      setSaved(created.title);
      // Empties the file input as well (ControlledFileField).
      form.reset(defaults);
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }
  const controlled = { control: form.control } as const;
  return (
    <form
      className="app-form app-form--wide"
      noValidate
      aria-labelledby="dokument-hochladen"
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <h3 className="kern-heading-small" id="dokument-hochladen">
        Dokument hochladen
      </h3>
      {saved ? <Alert type="success" title={`„${saved}“ ist in der Bibliothek.`} live="status" /> : null}
      <ErrorSummary errors={summaryOf(DOCUMENT_ORDER, form.formState.errors, documentId)} attempt={attempt} />
      <div className="app-form__row">
        <ControlledTextField {...controlled} name="title" id={documentId('title')} label="Titel" />
        <ControlledTextField {...controlled} name="category" id={documentId('category')} label="Kategorie" />
      </div>
      <ControlledTextAreaField
        {...controlled}
        name="description"
        id={documentId('description')}
        label="Beschreibung"
        optional
        rows={2}
      />
      <ControlledSelectField
        {...controlled}
        name="visibility"
        id={documentId('visibility')}
        label="Sichtbar für"
        options={[
          { value: 'members', label: 'angemeldete Partner' },
          { value: 'public', label: 'alle (öffentlich)' },
        ]}
      />
      <ControlledFileField
        {...controlled}
        name="file"
        id={documentId('file')}
        label="Datei"
        hint="PDF, DOCX, XLSX, PPTX, ODT oder ODS bis 20 MB."
        accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods"
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
  const defaults: TEventFormInput = {
    title: '',
    startsAt: '',
    place: '',
    description: '',
    capacity: '30',
    registrationUntil: null,
  };
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<TEventFormInput, unknown, TEventForm>({
    resolver: zodResolver(ZEventForm),
    defaultValues: defaults,
  });
  const create = useMutation({
    mutationFn: (input: z.output<typeof ZEventInput>) => knowledgeApi.createEvent(input),
    meta: { invalidates: [knowledgeKeys.events] },
  });
  async function onValid(values: TEventForm) {
    setSaved(null);
    try {
      // The browser's local time, sent with its offset (as an ISO timestamp in UTC).
      const created = await create.mutateAsync({
        ...values,
        startsAt: new Date(values.startsAt).toISOString(),
      });
      setSaved(created.title);
      form.reset(defaults);
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
        <ControlledTextField
          control={form.control}
          name="startsAt"
          id={fieldId(prefix, 'startsAt')}
          label="Beginn"
          type="datetime-local"
        />
        {text('place', 'Ort')}
      </div>
      <div className="app-form__row">
        <ControlledTextField
          control={form.control}
          name="capacity"
          id={fieldId(prefix, 'capacity')}
          label="Plätze"
          inputMode="numeric"
          width="medium"
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
