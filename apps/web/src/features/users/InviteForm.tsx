import {
  type CreatedUser,
  ROLES,
  type TUserInviteForm,
  type TUserInviteFormInput,
  type UserCreate,
  ZUserInviteForm,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledSelectField, ControlledTextField } from '../../components/FormControls.tsx';
import { api } from '../../lib/api-client.ts';
import { applyServerError, summaryOf } from '../../lib/form-errors.ts';
import { roleLabel } from '../../lib/format.ts';
import { queryKeys } from '../../lib/query.ts';

const ORDER = ['email', 'name', 'role', 'ags', 'assignedAgs'] as const;

export interface MunicipalityOption {
  ags: string;
  name: string;
}

/**
 * Invites an account: the server answers with a one-time password, shown here once; the person changes
 * it at the first login. Validation runs on the shared form schema (ZUserInviteForm, built from the
 * server's ZUserCreate), so the browser and the server refuse the same input with the same German sentence.
 */
export function InviteForm({ municipalities }: { municipalities: MunicipalityOption[] }) {
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [attempt, setAttempt] = useState(0);
  const form = useForm<TUserInviteFormInput, unknown, TUserInviteForm>({
    resolver: zodResolver(ZUserInviteForm),
    defaultValues: { email: '', name: '', role: 'kommune', ags: '', assignedAgs: '' },
  });
  const role = form.watch('role');
  const invite = useMutation({
    mutationFn: (input: UserCreate) => api.inviteUser(input),
    meta: { invalidates: [queryKeys.users] },
  });

  async function onValid(values: TUserInviteForm) {
    setCreated(null);
    const bound = values.role === 'kommune' || values.role === 'rat';
    try {
      const result = await invite.mutateAsync({
        ...values,
        name: values.name || undefined,
        ags: bound ? values.ags : null,
        assignedAgs: values.role === 'coach' ? values.assignedAgs : undefined,
      });
      setCreated(result);
      form.reset();
    } catch (error) {
      // The server names list entries by their index (`assignedAgs.3`): the message goes to the list's field.
      applyServerError(error, ORDER, form.setError, (key) => key.split('.')[0] ?? key);
      setAttempt((value) => value + 1);
    }
  }

  const errors = summaryOf<TUserInviteFormInput>(ORDER, form.formState.errors);

  return (
    <section className="app-section" aria-labelledby="konto-einladen">
      <h2 className="kern-heading-medium" id="konto-einladen">
        Konto einladen
      </h2>
      {created?.oneTimePassword ? (
        <Alert type="success" title={`Das Konto ${created.email} ist angelegt.`} live="status">
          <p className="kern-body">
            Einmalpasswort (wird nur jetzt angezeigt):{' '}
            <code className="app-one-time-password" data-testid="one-time-password">
              {created.oneTimePassword}
            </code>
          </p>
          <p className="kern-body">
            Geben Sie es der Person auf einem sicheren Weg weiter. Bei der ersten Anmeldung legt sie ein
            eigenes Passwort fest.
          </p>
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} attempt={attempt} />
      <form
        className="app-form"
        noValidate
        onSubmit={form.handleSubmit(onValid, () => setAttempt((value) => value + 1))}
      >
        <ControlledTextField
          control={form.control}
          name="email"
          id="email"
          label="E-Mail-Adresse"
          type="email"
          autoComplete="off"
          required
        />
        <ControlledTextField control={form.control} name="name" id="name" label="Name" optional />
        <ControlledSelectField
          control={form.control}
          name="role"
          id="role"
          label="Rolle"
          options={ROLES.map((value) => ({ value, label: roleLabel(value) }))}
        />
        {role === 'kommune' || role === 'rat' ? (
          <ControlledSelectField
            control={form.control}
            name="ags"
            id="ags"
            label="Kommune"
            hint="Das Konto sieht und bearbeitet nur die Daten dieser Kommune."
            options={[
              { value: '', label: 'Bitte wählen' },
              ...municipalities.map((m) => ({ value: m.ags, label: `${m.name} (${m.ags})` })),
            ]}
          />
        ) : null}
        {role === 'coach' ? (
          <ControlledTextField
            control={form.control}
            name="assignedAgs"
            id="assignedAgs"
            label="Betreute Kommunen"
            optional
            hint="Amtliche Gemeindeschlüssel (8 Ziffern), durch Komma getrennt."
          />
        ) : null}
        <div className="kern-btn-wrapper app-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={invite.isPending}>
            <span className="kern-label">{invite.isPending ? 'Wird angelegt …' : 'Konto anlegen'}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
