import { zodResolver } from '@hookform/resolvers/zod';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorSummary } from '../src/components/ErrorSummary.tsx';
import {
  ControlledCheckboxField,
  ControlledCheckboxGroup,
  ControlledFileField,
  ControlledSelectField,
  ControlledTextAreaField,
  ControlledTextField,
} from '../src/components/FormControls.tsx';
import { FileField, SelectField, TextAreaField } from '../src/components/FormField.tsx';
import { errorList, fieldId } from '../src/lib/form-errors.ts';

afterEach(cleanup);

describe('shared form fields (components/FormField.tsx)', () => {
  it('a text area points at its hint and error and says it is invalid', () => {
    render(
      <TextAreaField
        id="notiz"
        label="Notiz"
        hint="Ein paar Sätze."
        error="Bitte eine Notiz eingeben."
        optional
        value=""
        onValueChange={() => {}}
      />,
    );
    const box = screen.getByRole('textbox', { name: /Notiz/ });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe('notiz-hint notiz-error');
    expect(document.getElementById('notiz-error')?.textContent).toBe('Fehler: Bitte eine Notiz eingeben.');
    expect(screen.getByText('– optional')).toBeTruthy();
  });

  it('a valid field without hint has no aria-invalid and no aria-describedby', () => {
    render(
      <SelectField
        id="art"
        label="Art"
        value="a"
        onValueChange={() => {}}
        options={[{ value: 'a', label: 'A' }]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Art' });
    expect(select.hasAttribute('aria-invalid')).toBe(false);
    expect(select.hasAttribute('aria-describedby')).toBe(false);
  });

  it('a file field hands over the chosen file', () => {
    let chosen: File | null = null;
    render(<FileField id="datei" label="Datei" accept=".pdf" onFile={(file) => (chosen = file)} />);
    const file = new File(['%PDF'], 'a.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Datei'), { target: { files: [file] } });
    expect(chosen).toBe(file);
  });
});

const ZNote = z.object({ text: z.string().min(1, 'Bitte einen Text eingeben.'), kind: z.enum(['a', 'b']) });

function NoteForm() {
  const [attempt, setAttempt] = useState(0);
  const form = useForm<z.input<typeof ZNote>>({
    resolver: zodResolver(ZNote),
    defaultValues: { text: '', kind: 'a' },
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(
        () => {},
        () => setAttempt((a) => a + 1),
      )}
    >
      <ErrorSummary errors={errorList('notiz', form.formState.errors)} attempt={attempt} />
      <ControlledTextAreaField
        control={form.control}
        name="text"
        id={fieldId('notiz', 'text')}
        label="Text"
      />
      <ControlledSelectField
        control={form.control}
        name="kind"
        id={fieldId('notiz', 'kind')}
        label="Art"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
      />
      <button type="submit">Speichern</button>
    </form>
  );
}

describe('fields bound to react-hook-form (components/FormControls.tsx)', () => {
  it("shows the schema's message at the field and links the summary to the field's id", async () => {
    render(<NoteForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const box = await screen.findByRole('textbox', { name: 'Text' });
    await screen.findAllByText('Bitte einen Text eingeben.');
    expect(box.id).toBe('notiz-text');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe('notiz-text-error');
    const link = screen.getByRole('link', { name: 'Bitte einen Text eingeben.' });
    expect(link.getAttribute('href')).toBe('#notiz-text');
  });

  it('takes typed values into the form', async () => {
    render(<NoteForm />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Art' }), { target: { value: 'b' } });
    expect((screen.getByRole('combobox', { name: 'Art' }) as HTMLSelectElement).value).toBe('b');
  });
});

function DateForm({ onSave }: { onSave: (value: { dueOn: string | null }) => void }) {
  const form = useForm<{ dueOn: string | null }>({ defaultValues: { dueOn: '2026-12-01' } });
  return (
    <form onSubmit={form.handleSubmit(onSave)}>
      <ControlledTextField control={form.control} name="dueOn" label="fällig am" type="date" nullWhenEmpty />
      <button type="submit">Speichern</button>
    </form>
  );
}

describe('nullWhenEmpty', () => {
  it('sends null for an emptied optional field, not an empty string', async () => {
    const saved: { dueOn: string | null }[] = [];
    render(<DateForm onSave={(value) => saved.push(value)} />);
    fireEvent.change(screen.getByLabelText('fällig am'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(saved).toEqual([{ dueOn: null }]));
  });
});

const ZUpload = z.object({
  file: z.custom<File | null>((value) => value instanceof File, { error: 'Bitte eine Datei wählen.' }),
  confirmed: z.boolean().refine((value) => value, { error: 'Bitte bestätigen.' }),
  formats: z.array(z.string()).min(1, { error: 'Bitte mindestens ein Format wählen.' }),
});
type TUpload = z.input<typeof ZUpload>;

function UploadForm({ onSave }: { onSave: (values: TUpload) => void }) {
  const form = useForm<TUpload>({
    resolver: zodResolver(ZUpload),
    defaultValues: { file: null, confirmed: false, formats: [] },
  });
  return (
    <form
      onSubmit={form.handleSubmit((values) => {
        onSave(values);
        form.reset({ file: null, confirmed: false, formats: [] });
      })}
    >
      <ControlledFileField control={form.control} name="file" label="Datei" hint="Eine CSV." accept=".csv" />
      <ControlledCheckboxField control={form.control} name="confirmed" label="Ja, hochladen" />
      <ControlledCheckboxGroup
        control={form.control}
        name="formats"
        legend="Formate"
        idPrefix="format"
        options={[
          { id: 'pdf', label: 'PDF' },
          { id: 'html', label: 'HTML' },
        ]}
      />
      <button type="submit">Hochladen</button>
    </form>
  );
}

describe('bound file, checkbox and checkbox group', () => {
  it('show their messages, linked from the inputs, and clear them when answered', async () => {
    render(<UploadForm onSave={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hochladen' }));
    await screen.findByText('Bitte eine Datei wählen.');
    const file = screen.getByLabelText('Datei');
    expect(file.getAttribute('aria-invalid')).toBe('true');
    expect(file.getAttribute('aria-describedby')).toBe('file-hint file-error');
    const box = screen.getByLabelText('Ja, hochladen');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe('confirmed-error');
    expect(document.getElementById('confirmed-error')?.textContent).toBe('Fehler: Bitte bestätigen.');
    const group = screen.getByRole('group', { name: 'Formate' });
    expect(group.getAttribute('aria-describedby')).toBe('format-error');
    expect(document.getElementById('format-error')?.textContent).toBe(
      'Fehler: Bitte mindestens ein Format wählen.',
    );

    fireEvent.click(box);
    await waitFor(() => expect(box.hasAttribute('aria-invalid')).toBe(false));
    // The box stays the same element (a screen reader's focus is not lost when the message goes).
    expect(screen.getByLabelText('Ja, hochladen')).toBe(box);
  });

  it('hand over file, confirmation and choices, and a reset empties the file input', async () => {
    const saved: TUpload[] = [];
    render(<UploadForm onSave={(values) => saved.push(values)} />);
    const csv = new File(['a;b\n'], 'daten.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Datei'), { target: { files: [csv] } });
    fireEvent.click(screen.getByLabelText('Ja, hochladen'));
    fireEvent.click(screen.getByLabelText('HTML'));
    fireEvent.click(screen.getByRole('button', { name: 'Hochladen' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({ file: csv, confirmed: true, formats: ['html'] });
    await waitFor(() =>
      expect((screen.getByLabelText('Datei') as HTMLInputElement).files?.length ?? 0).toBe(0),
    );
    expect((screen.getByLabelText('Ja, hochladen') as HTMLInputElement).checked).toBe(false);
  });
});
