import { ZConsultationInput } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextAreaField, ControlledTextField } from '../../components/FormControls.tsx';
import { RepeatRows } from '../../components/RepeatRows.tsx';
import { errorList, fieldId, serverMessage } from '../../lib/form-errors.ts';
import { todayIso } from '../../lib/format.ts';
import { networkApi, networkKeys } from './api.ts';

type Input = z.input<typeof ZConsultationInput>;
type Output = z.output<typeof ZConsultationInput>;
const PREFIX = 'beratung';
const id = (path: string) => fieldId(PREFIX, path);

/** Records an LPR consultation (date, advisor, topic, notes, follow-ups), checked by the shared schema. */
export function ConsultationForm({ ags, advisor }: { ags: string; advisor: string }) {
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZConsultationInput),
    defaultValues: { heldOn: todayIso(), advisor, topic: '', notes: '', followUps: [] },
  });
  const followUps = useFieldArray({ control: form.control, name: 'followUps' });
  const record = useMutation({
    mutationFn: (input: Output) => networkApi.recordConsultation(ags, input),
    meta: { invalidates: [networkKeys.municipality(ags), networkKeys.members] },
  });

  async function onValid(values: Output) {
    setSaved(null);
    try {
      const created = await record.mutateAsync(values);
      setSaved(created.topic);
      form.reset({ heldOn: todayIso(), advisor, topic: '', notes: '', followUps: [] });
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }

  return (
    <form
      className="app-form app-form--wide"
      noValidate
      aria-labelledby="beratung-erfassen"
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <h3 className="kern-heading-small" id="beratung-erfassen">
        Beratung erfassen
      </h3>
      {saved ? (
        <Alert type="success" title={`Die Beratung „${saved}“ ist gespeichert.`} live="status" />
      ) : null}
      <ErrorSummary errors={errorList(PREFIX, form.formState.errors)} attempt={attempt} />
      <div className="app-form__row">
        <ControlledTextField
          control={form.control}
          name="heldOn"
          id={id('heldOn')}
          label="Datum"
          type="date"
          required
        />
        <ControlledTextField
          control={form.control}
          name="advisor"
          id={id('advisor')}
          label="Beraterin oder Berater des LPR"
          required
        />
      </div>
      <ControlledTextField control={form.control} name="topic" id={id('topic')} label="Thema" required />
      <ControlledTextAreaField
        control={form.control}
        name="notes"
        id={id('notes')}
        label="Notizen"
        optional
      />
      <RepeatRows
        legend="Vereinbarte nächste Schritte"
        rows={followUps.fields}
        empty="Noch keine nächsten Schritte."
        rowName={(index) => `Schritt ${index + 1}`}
        onRemove={followUps.remove}
        addLabel="Nächsten Schritt hinzufügen"
        onAdd={() => followUps.append({ text: '', dueOn: null, done: false })}
      >
        {(index) => (
          <>
            <ControlledTextField
              control={form.control}
              name={`followUps.${index}.text`}
              id={id(`followUps.${index}.text`)}
              label={`Schritt ${index + 1}`}
            />
            <ControlledTextField
              control={form.control}
              name={`followUps.${index}.dueOn`}
              id={id(`followUps.${index}.dueOn`)}
              label="fällig am"
              type="date"
              optional
              nullWhenEmpty
            />
          </>
        )}
      </RepeatRows>
      <div className="app-form__actions app-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={record.isPending}>
          <span className="kern-label">Beratung speichern</span>
        </button>
      </div>
    </form>
  );
}
