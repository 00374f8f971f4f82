import { ZCoachingInput } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../components/FormControls.tsx';
import { TextField } from '../../components/FormField.tsx';
import { errorList, fieldId, serverMessage } from '../../lib/form-errors.ts';
import { networkApi, networkKeys } from './api.ts';

type Input = z.input<typeof ZCoachingInput>;
type Output = z.output<typeof ZCoachingInput>;

/** Starts a coaching engagement for a municipality (the coach is the signed-in person). */
export function NewCoachingForm({ ags, coach }: { ags: string; coach: { id: number; name: string } }) {
  const prefix = `coaching-neu-${ags}`;
  const [attempt, setAttempt] = useState(0);
  const defaults: Input = {
    coachUserId: coach.id,
    coachName: coach.name,
    year: new Date().getFullYear(),
    topic: '',
    hours: 0,
    milestones: [],
    notes: '',
  };
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZCoachingInput),
    defaultValues: defaults,
  });
  const create = useMutation({
    mutationFn: (input: Output) => networkApi.createCoaching(ags, input),
    meta: { invalidates: [networkKeys.municipality(ags), networkKeys.members] },
  });
  async function onValid(values: Output) {
    try {
      await create.mutateAsync(values);
      form.reset(defaults);
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }
  const number = (value: string) => (value === '' ? Number.NaN : Number(value.replace(',', '.')));
  return (
    <form
      className="app-form"
      noValidate
      aria-label="Neues Coaching"
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <ErrorSummary errors={errorList(prefix, form.formState.errors)} attempt={attempt} />
      <ControlledTextField
        control={form.control}
        name="topic"
        id={fieldId(prefix, 'topic')}
        label="Thema oder Projekt des neuen Coachings"
      />
      <div className="app-form__row">
        <Controller
          control={form.control}
          name="year"
          render={({ field, fieldState }) => (
            <TextField
              id={fieldId(prefix, 'year')}
              label="Jahr"
              inputMode="numeric"
              width="medium"
              value={Number.isNaN(field.value) ? '' : String(field.value)}
              onValueChange={(value) => field.onChange(number(value))}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="hours"
          render={({ field, fieldState }) => (
            <TextField
              id={fieldId(prefix, 'hours')}
              label="Stunden"
              inputMode="decimal"
              width="medium"
              value={field.value === undefined || Number.isNaN(field.value) ? '' : String(field.value)}
              onValueChange={(value) => field.onChange(number(value))}
              error={fieldState.error?.message}
            />
          )}
        />
      </div>
      <div className="app-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={create.isPending}>
          <span className="kern-label">Coaching anlegen</span>
        </button>
      </div>
    </form>
  );
}
