import { ZCouncilMeetingInput } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../components/FormControls.tsx';
import { TextAreaField } from '../../components/FormField.tsx';
import { RepeatRows } from '../../components/RepeatRows.tsx';
import { errorList, fieldId, serverMessage } from '../../lib/form-errors.ts';
import { linesOf, todayIso } from '../../lib/format.ts';
import { networkApi, networkKeys } from './api.ts';

type Input = z.input<typeof ZCouncilMeetingInput>;
type Output = z.output<typeof ZCouncilMeetingInput>;
const PREFIX = 'sitzung';
const id = (path: string) => fieldId(PREFIX, path);

/** Records a council meeting: date, agenda, minutes, decisions (one per line), tasks with owner and due date. */
export function MeetingForm({ ags }: { ags: string }) {
  const defaults: Input = { heldOn: todayIso(), agenda: '', minutes: '', decisions: [], tasks: [] };
  const [attempt, setAttempt] = useState(0);
  const [decisionsText, setDecisionsText] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZCouncilMeetingInput),
    defaultValues: defaults,
  });
  const tasks = useFieldArray({ control: form.control, name: 'tasks' });
  const record = useMutation({
    mutationFn: (input: Output) => networkApi.recordMeeting(ags, input),
    meta: { invalidates: [networkKeys.part(ags, 'council')] },
  });
  async function onValid(values: Output) {
    setSaved(null);
    try {
      const meeting = await record.mutateAsync(values);
      setSaved(meeting.heldOn);
      form.reset(defaults);
      setDecisionsText('');
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }
  const errors = errorList(PREFIX, form.formState.errors).map((e) =>
    e.fieldId?.startsWith(id('decisions')) ? { ...e, fieldId: id('decisions') } : e,
  );
  const decisionsError = form.formState.errors.decisions;
  const decisionsMessage =
    decisionsError?.message ??
    (Array.isArray(decisionsError) ? decisionsError.find((e) => e?.message)?.message : undefined);

  return (
    <form
      className="app-form app-form--wide"
      noValidate
      aria-labelledby="sitzung-erfassen"
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <h3 className="kern-heading-small" id="sitzung-erfassen">
        Sitzung erfassen
      </h3>
      {saved ? <Alert type="success" title="Die Sitzung ist gespeichert." live="status" /> : null}
      <ErrorSummary errors={errors} attempt={attempt} />
      <ControlledTextField
        control={form.control}
        name="heldOn"
        id={id('heldOn')}
        label="Datum der Sitzung"
        type="date"
      />
      {(['agenda', 'minutes'] as const).map((name) => (
        <Controller
          key={name}
          control={form.control}
          name={name}
          render={({ field, fieldState }) => (
            <TextAreaField
              id={id(name)}
              label={name === 'agenda' ? 'Tagesordnung' : 'Protokoll'}
              optional
              value={field.value ?? ''}
              onValueChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
      ))}
      <Controller
        control={form.control}
        name="decisions"
        render={({ field }) => (
          <TextAreaField
            id={id('decisions')}
            label="Beschlüsse (einer je Zeile)"
            optional
            rows={3}
            value={decisionsText}
            onValueChange={(text) => {
              setDecisionsText(text);
              field.onChange(linesOf(text));
            }}
            error={decisionsMessage}
          />
        )}
      />
      <RepeatRows
        legend="Aufgaben"
        rows={tasks.fields}
        empty="Noch keine Aufgaben."
        rowName={(index) => `Aufgabe ${index + 1}`}
        onRemove={tasks.remove}
        addLabel="Aufgabe hinzufügen"
        onAdd={() => tasks.append({ text: '', owner: '', dueOn: null, done: false })}
      >
        {(index) => (
          <>
            <ControlledTextField
              control={form.control}
              name={`tasks.${index}.text`}
              id={id(`tasks.${index}.text`)}
              label={`Aufgabe ${index + 1}`}
            />
            <ControlledTextField
              control={form.control}
              name={`tasks.${index}.owner`}
              id={id(`tasks.${index}.owner`)}
              label="zuständig"
            />
            <ControlledTextField
              control={form.control}
              name={`tasks.${index}.dueOn`}
              id={id(`tasks.${index}.dueOn`)}
              label="fällig am"
              type="date"
              optional
              nullWhenEmpty
            />
          </>
        )}
      </RepeatRows>
      <div className="app-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={record.isPending}>
          <span className="kern-label">Sitzung speichern</span>
        </button>
      </div>
    </form>
  );
}
