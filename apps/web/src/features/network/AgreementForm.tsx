import { ZAgreementInput } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary.tsx';
import { ControlledTextAreaField, ControlledTextField } from '../../components/FormControls.tsx';
import { FileField, TextAreaField } from '../../components/FormField.tsx';
import { errorList, fieldId, serverMessage } from '../../lib/form-errors.ts';
import { linesOf, todayIso } from '../../lib/format.ts';
import { queryKeys } from '../../lib/query.ts';
import { networkApi, networkKeys } from './api.ts';
import { pdfProblem } from './pdf-file.ts';

type Input = z.input<typeof ZAgreementInput>;
type Output = z.output<typeof ZAgreementInput>;
const PREFIX = 'vereinbarung';
const id = (path: string) => fieldId(PREFIX, path);
const FILE_ID = id('datei');

/**
 * Records the signed cooperation agreement (municipality, Polizeidirektion, LPR) with its PDF. The file is
 * checked before the agreement is saved, so a wrong file never leaves an agreement without its document.
 */
export function AgreementForm({ ags, municipalityName }: { ags: string; municipalityName: string }) {
  const defaults: Input = {
    signedOn: todayIso(),
    parties: [municipalityName, 'Polizeidirektion', 'Landespräventionsrat Sachsen'],
    goals: '',
  };
  const queryClient = useQueryClient();
  const [attempt, setAttempt] = useState(0);
  const [partiesText, setPartiesText] = useState(defaults.parties.join('\n'));
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // A new key empties the file input after saving.
  const [fileKey, setFileKey] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZAgreementInput),
    defaultValues: defaults,
  });
  // The agreement moves the municipality's agreement date (and may make it a member).
  const invalidates = [networkKeys.municipality(ags), networkKeys.members, queryKeys.municipality(ags)];
  const record = useMutation({ mutationFn: (input: Output) => networkApi.recordAgreement(ags, input) });

  async function checkFile(): Promise<boolean> {
    const problem = file ? await pdfProblem(file) : null;
    setFileError(problem);
    return problem === null;
  }

  async function onValid(values: Output) {
    setSaved(null);
    if (!(await checkFile())) {
      setAttempt((a) => a + 1);
      return;
    }
    try {
      const agreement = await record.mutateAsync(values);
      if (file) {
        try {
          await networkApi.uploadAgreementDocument(agreement.id, file);
        } catch (error) {
          setFileError(
            `Die Vereinbarung ist gespeichert, das Dokument aber nicht: ${serverMessage(error)} Laden Sie es in der Liste der Vereinbarungen erneut hoch.`,
          );
          setAttempt((a) => a + 1);
        }
      }
      setSaved(agreement.signedOn);
      form.reset(defaults);
      setPartiesText(defaults.parties.join('\n'));
      setFile(null);
      setFileKey((k) => k + 1);
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    } finally {
      for (const queryKey of invalidates) void queryClient.invalidateQueries({ queryKey });
    }
  }

  const errors: SummaryError[] = [
    ...errorList(PREFIX, form.formState.errors),
    ...(fileError ? [{ fieldId: FILE_ID, message: fileError }] : []),
  ];
  const partiesError =
    form.formState.errors.parties?.message ??
    (Array.isArray(form.formState.errors.parties)
      ? form.formState.errors.parties.find((e) => e?.message)?.message
      : undefined);

  return (
    <form
      className="app-form app-form--wide"
      noValidate
      aria-labelledby="vereinbarung-erfassen"
      onSubmit={form.handleSubmit(onValid, () => {
        void checkFile();
        setAttempt((a) => a + 1);
      })}
    >
      <h3 className="kern-heading-small" id="vereinbarung-erfassen">
        Kooperationsvereinbarung erfassen
      </h3>
      {saved ? (
        <Alert type="success" title="Die Kooperationsvereinbarung ist gespeichert." live="status" />
      ) : null}
      <ErrorSummary
        errors={errors.map((e) =>
          e.fieldId?.startsWith(id('parties')) ? { ...e, fieldId: id('parties') } : e,
        )}
        attempt={attempt}
      />
      <ControlledTextField
        control={form.control}
        name="signedOn"
        id={id('signedOn')}
        label="Unterzeichnet am"
        type="date"
        required
      />
      <Controller
        control={form.control}
        name="parties"
        render={({ field }) => (
          <TextAreaField
            id={id('parties')}
            label="Vertragspartner (einer je Zeile)"
            hint="Üblich sind die Kommune, die Polizeidirektion und der Landespräventionsrat."
            rows={3}
            value={partiesText}
            onValueChange={(text) => {
              setPartiesText(text);
              field.onChange(linesOf(text));
            }}
            error={partiesError}
          />
        )}
      />
      <ControlledTextAreaField control={form.control} name="goals" id={id('goals')} label="Ziele" optional />
      <FileField
        key={fileKey}
        id={FILE_ID}
        label="Unterschriebene Vereinbarung (PDF)"
        hint="Eine PDF-Datei bis 20 MB."
        accept="application/pdf,.pdf"
        optional
        onFile={(chosen) => {
          setFile(chosen);
          setFileError(null);
        }}
        error={fileError ?? undefined}
      />
      <div className="app-form__actions app-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={record.isPending}>
          <span className="kern-label">Vereinbarung speichern</span>
        </button>
      </div>
    </form>
  );
}
