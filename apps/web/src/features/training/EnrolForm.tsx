import { type ParticipantCreated, type ParticipantInput, ZParticipantInput } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/FormField.tsx';
import { applyServerError, summaryOf } from '../../lib/form-errors.ts';
import { AccessLinkNotice } from './AccessLinkNotice.tsx';
import { trainingApi } from './api.ts';

const ORDER = ['name', 'email', 'organisation', 'ags'] as const;
const LABELS = {
  name: 'Name',
  email: 'E-Mail-Adresse',
  organisation: 'Dienststelle oder Organisation',
  ags: 'AGS der Kommune',
};

/** Enrols a person; a full cohort puts them on the waiting list. Shows their personal link once. */
export function EnrolForm({ cohortId }: { cohortId: number }) {
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<ParticipantCreated | null>(null);
  const form = useForm<ParticipantInput>({
    resolver: zodResolver(ZParticipantInput) as never,
    defaultValues: { name: '', email: '', organisation: '', ags: null },
  });
  const enrol = useMutation({
    mutationFn: (input: ParticipantInput) => trainingApi.enrol(cohortId, input),
    meta: { invalidates: [['training']] },
  });

  async function onValid(values: ParticipantInput) {
    setCreated(null);
    try {
      setCreated(await enrol.mutateAsync({ ...values, ags: values.ags || null }));
      form.reset();
    } catch (error) {
      applyServerError(error, ORDER, form.setError);
      setAttempt((a) => a + 1);
    }
  }

  return (
    <section className="app-section" aria-labelledby="anmelden">
      <h2 className="kern-heading-medium" id="anmelden">
        Person anmelden
      </h2>
      {created ? <AccessLinkNotice created={created} /> : null}
      <ErrorSummary errors={summaryOf<ParticipantInput>(ORDER, form.formState.errors)} attempt={attempt} />
      <form
        className="app-form"
        noValidate
        onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
      >
        {ORDER.map((name) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field, fieldState }) => (
              <TextField
                id={`teilnahme-${name}`}
                label={LABELS[name]}
                type={name === 'email' ? 'email' : 'text'}
                autoComplete="off"
                optional={name === 'organisation' || name === 'ags'}
                hint={
                  name === 'ags'
                    ? 'Amtlicher Gemeindeschlüssel (8 Ziffern), wenn die Person für eine Kommune arbeitet.'
                    : undefined
                }
                width={name === 'ags' ? 'medium' : undefined}
                value={(field.value as string | null) ?? ''}
                onValueChange={(value) => field.onChange(name === 'ags' ? value || null : value)}
                error={fieldState.error?.message}
              />
            )}
          />
        ))}
        <div className="kern-btn-wrapper app-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={enrol.isPending}>
            <span className="kern-label">{enrol.isPending ? 'Wird angemeldet …' : 'Anmelden'}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
