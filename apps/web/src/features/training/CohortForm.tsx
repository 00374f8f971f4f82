import {
  type CohortInput,
  MAX_COHORT_SIZE,
  TRAINING_COURSES,
  type TrainingCourse,
  ZCohortInput,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/FormField.tsx';
import { applyServerError, firstMessage, summaryOf } from '../../lib/form-errors.ts';
import { linesOf } from '../../lib/format.ts';
import { navigate } from '../../lib/router.tsx';
import { trainingApi, trainingKeys } from './api.ts';

const ORDER = ['course', 'title', 'startsOn', 'endsOn', 'place', 'capacity', 'modules'] as const;
type Values = CohortInput & { capacity: number };

/** A new cohort (LPR). The Beccaria course gets its four modules; the degree course lists its own. */
export function CohortForm() {
  const [attempt, setAttempt] = useState(0);
  const [moduleText, setModuleText] = useState('');
  const form = useForm<Values>({
    resolver: zodResolver(ZCohortInput) as never,
    defaultValues: {
      course: 'beccaria',
      title: '',
      startsOn: '',
      endsOn: null,
      place: '',
      capacity: MAX_COHORT_SIZE,
    },
  });
  const course = form.watch('course') as TrainingCourse;
  const create = useMutation({
    mutationFn: (input: CohortInput) => trainingApi.createCohort(input),
    meta: { invalidates: [trainingKeys.cohorts] },
  });

  async function onValid(values: Values) {
    try {
      const cohort = await create.mutateAsync({ ...values, endsOn: values.endsOn || null });
      navigate(`/qualifizierung/durchgaenge/${cohort.id}`);
    } catch (error) {
      applyServerError(error, ORDER, form.setError);
      setAttempt((a) => a + 1);
    }
  }

  return (
    <section className="app-section" aria-labelledby="durchgang-anlegen">
      <h2 className="kern-heading-medium" id="durchgang-anlegen">
        Durchgang anlegen
      </h2>
      <ErrorSummary errors={summaryOf<Values>(ORDER, form.formState.errors)} attempt={attempt} />
      <form
        className="app-form"
        noValidate
        onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
      >
        <Controller
          control={form.control}
          name="course"
          render={({ field, fieldState }) => (
            <SelectField
              id="course"
              label="Kurs"
              value={field.value}
              onValueChange={(value) => {
                field.onChange(value);
                form.setValue('modules', undefined);
                setModuleText('');
              }}
              options={Object.entries(TRAINING_COURSES).map(([value, c]) => ({ value, label: c.title }))}
              error={fieldState.error?.message}
            />
          )}
        />
        {(['title', 'startsOn', 'endsOn', 'place'] as const).map((name) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field, fieldState }) => (
              <TextField
                id={name}
                label={{ title: 'Bezeichnung', startsOn: 'Beginn', endsOn: 'Ende', place: 'Ort' }[name]}
                type={name === 'startsOn' || name === 'endsOn' ? 'date' : 'text'}
                optional={name === 'endsOn' || name === 'place'}
                value={(field.value as string | null) ?? ''}
                onValueChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
        ))}
        <Controller
          control={form.control}
          name="capacity"
          render={({ field, fieldState }) => (
            <TextField
              id="capacity"
              label="Plätze"
              hint={`Höchstens ${MAX_COHORT_SIZE}; weitere Anmeldungen kommen auf die Warteliste.`}
              type="number"
              inputMode="numeric"
              width="medium"
              value={String(field.value ?? '')}
              onValueChange={(text) => field.onChange(text === '' ? undefined : Number(text))}
              error={fieldState.error?.message}
            />
          )}
        />
        {TRAINING_COURSES[course]?.modules ? (
          <p className="kern-body">Module: {TRAINING_COURSES[course].modules?.join(', ')}.</p>
        ) : (
          <TextAreaField
            id="modules"
            label="Module"
            hint="Ein Modul je Zeile, in der Reihenfolge des Studiengangs."
            rows={4}
            value={moduleText}
            onValueChange={(text) => {
              setModuleText(text);
              form.setValue(
                'modules',
                linesOf(text).map((title) => ({ title, heldOn: null })),
              );
            }}
            error={firstMessage(form.formState.errors.modules)}
          />
        )}
        <div className="kern-btn-wrapper app-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={create.isPending}>
            <span className="kern-label">{create.isPending ? 'Wird angelegt …' : 'Durchgang anlegen'}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
