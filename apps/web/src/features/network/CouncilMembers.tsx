import { COUNCIL_MEMBER_ROLES, type CouncilMemberView, ZCouncilMemberInput } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../components/Alert.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledSelectField, ControlledTextField } from '../../components/FormControls.tsx';
import { TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { errorList, fieldId, serverMessage } from '../../lib/form-errors.ts';
import { useApiQuery } from '../../lib/query.ts';
import { networkApi, networkKeys } from './api.ts';

type Input = z.input<typeof ZCouncilMemberInput>;
type Output = z.output<typeof ZCouncilMemberInput>;
const PREFIX = 'ratsmitglied';

function MemberForm({ ags }: { ags: string }) {
  const [attempt, setAttempt] = useState(0);
  const defaults: Input = { name: '', organisation: '', role: 'Verwaltung', email: null, phone: null };
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZCouncilMemberInput),
    defaultValues: defaults,
  });
  const add = useMutation({
    mutationFn: (input: Output) => networkApi.addCouncilMember(ags, input),
    meta: { invalidates: [networkKeys.part(ags, 'council')] },
  });
  async function onValid(values: Output) {
    try {
      await add.mutateAsync(values);
      form.reset(defaults);
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }
  const text = (name: 'name' | 'organisation', label: string, optional = false) => (
    <ControlledTextField
      control={form.control}
      name={name}
      id={fieldId(PREFIX, name)}
      label={label}
      optional={optional}
    />
  );
  const nullable = (name: 'email' | 'phone', label: string, type: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          id={fieldId(PREFIX, name)}
          label={label}
          type={type}
          optional
          autoComplete="off"
          value={field.value ?? ''}
          onValueChange={(value) => field.onChange(value.trim() === '' ? null : value)}
          error={fieldState.error?.message}
        />
      )}
    />
  );
  return (
    <form
      className="app-form app-form--wide"
      noValidate
      aria-labelledby="mitglied-aufnehmen"
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <h3 className="kern-heading-small" id="mitglied-aufnehmen">
        Mitglied aufnehmen
      </h3>
      <ErrorSummary errors={errorList(PREFIX, form.formState.errors)} attempt={attempt} />
      <div className="app-form__row">
        {text('name', 'Name')}
        {text('organisation', 'Organisation', true)}
      </div>
      <ControlledSelectField
        control={form.control}
        name="role"
        id={fieldId(PREFIX, 'role')}
        label="Rolle im Rat"
        options={COUNCIL_MEMBER_ROLES.map((role) => ({ value: role, label: role }))}
      />
      <div className="app-form__row">
        {nullable('email', 'E-Mail-Adresse', 'email')}
        {nullable('phone', 'Telefon', 'tel')}
      </div>
      <div className="app-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={add.isPending}>
          <span className="kern-label">Mitglied aufnehmen</span>
        </button>
      </div>
    </form>
  );
}

/** The council's members (personal data): shown only to the municipality and the LPR. */
export function CouncilMembers({ ags, editable }: { ags: string; editable: boolean }) {
  // Asked for only by the page of someone allowed to see them (CouncilPage checks it first).
  const query = useApiQuery(networkKeys.councilMembers(ags), (signal) =>
    networkApi.councilMembers(ags, signal),
  );
  const members: CouncilMemberView[] = query.data?.items ?? [];
  const remove = useMutation({
    mutationFn: (id: number) => networkApi.removeCouncilMember(ags, id),
    meta: { invalidates: [networkKeys.part(ags, 'council')] },
  });
  if (!query.data)
    return (
      <>
        {query.error ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
        {query.loading ? <Loading label="Mitglieder werden geladen …" /> : null}
      </>
    );
  return (
    <>
      {members.length === 0 ? (
        <EmptyState title="Noch keine Mitglieder" headingLevel={3}>
          <p className="kern-body">Nehmen Sie die Mitglieder des Rats mit Organisation und Rolle auf.</p>
        </EmptyState>
      ) : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--striped app-table-stack">
            <caption className="kern-sr-only">Mitglieder des Präventionsrats</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Name
                </th>
                <th scope="col" className="kern-table__header">
                  Organisation
                </th>
                <th scope="col" className="kern-table__header">
                  Rolle
                </th>
                <th scope="col" className="kern-table__header">
                  Kontakt
                </th>
                {editable ? (
                  <th scope="col" className="kern-table__header">
                    <span className="kern-sr-only">Aktionen</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {members.map((m) => (
                <tr key={m.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header app-table-stack__title">
                    {m.name}
                  </th>
                  <td className="kern-table__cell" data-label="Organisation">
                    {m.organisation || '–'}
                  </td>
                  <td className="kern-table__cell" data-label="Rolle">
                    {m.role}
                  </td>
                  <td className="kern-table__cell" data-label="Kontakt">
                    {[m.email, m.phone].filter(Boolean).join(' · ') || '–'}
                  </td>
                  {editable ? (
                    <td className="kern-table__cell" data-label="Aktionen">
                      <button
                        type="button"
                        className="kern-btn kern-btn--tertiary"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate(m.id)}
                      >
                        <span className="kern-label">
                          Austragen<span className="app-sr-only"> ({m.name})</span>
                        </span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {remove.error ? <Alert type="danger" live="alert" title={serverMessage(remove.error)} /> : null}
      {editable ? <MemberForm ags={ags} /> : null}
    </>
  );
}
