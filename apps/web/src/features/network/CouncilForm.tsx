import { type CouncilViewResponse, ZCouncilInput } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../components/FormControls.tsx';
import { errorList, fieldId, serverMessage } from '../../lib/form-errors.ts';
import { queryKeys } from '../../lib/query.ts';
import { networkApi, networkKeys } from './api.ts';

type Input = z.input<typeof ZCouncilInput>;
type Output = z.output<typeof ZCouncilInput>;
const PREFIX = 'rat';

/** Founds the council or changes its name and dates (a reactivation sets „reaktiviert am“). */
export function CouncilForm({
  ags,
  council,
  defaultName,
}: {
  ags: string;
  council: CouncilViewResponse['council'] | null;
  defaultName: string;
}) {
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZCouncilInput),
    defaultValues: {
      name: council?.name ?? defaultName,
      foundedOn: council?.foundedOn ?? null,
      reactivatedOn: council?.reactivatedOn ?? null,
    },
  });
  const save = useMutation({
    mutationFn: (input: Output) => networkApi.saveCouncil(ags, input),
    meta: { invalidates: [networkKeys.municipality(ags), networkKeys.members, queryKeys.municipality(ags)] },
  });
  async function onValid(values: Output) {
    setSaved(false);
    try {
      await save.mutateAsync(values);
      setSaved(true);
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }
  const date = (name: 'foundedOn' | 'reactivatedOn', label: string) => (
    <ControlledTextField
      control={form.control}
      name={name}
      id={fieldId(PREFIX, name)}
      label={label}
      type="date"
      optional
      nullWhenEmpty
    />
  );
  return (
    <form
      className="app-form app-form--wide"
      noValidate
      aria-label={council ? 'Präventionsrat ändern' : 'Präventionsrat anlegen'}
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <ErrorSummary errors={errorList(PREFIX, form.formState.errors)} attempt={attempt} />
      <ControlledTextField
        control={form.control}
        name="name"
        id={fieldId(PREFIX, 'name')}
        label="Name des Präventionsrats"
      />
      <div className="app-form__row">
        {date('foundedOn', 'Gegründet am')}
        {date('reactivatedOn', 'Reaktiviert am')}
      </div>
      <div className="app-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={save.isPending}>
          <span className="kern-label">{council ? 'Angaben speichern' : 'Präventionsrat anlegen'}</span>
        </button>
        {saved ? (
          <p className="kern-body" role="status">
            Gespeichert.
          </p>
        ) : null}
      </div>
    </form>
  );
}
