import type { PasswordReset, UserListItem } from '@asskomm/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError, allMunicipalities, api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDateTime, roleLabel } from '../../lib/format.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { InviteForm } from './InviteForm.tsx';

function statusText(user: UserListItem): string {
  if (user.disabled) return 'deaktiviert';
  if (user.mustChangePassword) return 'Einmalpasswort noch nicht geändert';
  return 'aktiv';
}

function scopeText(user: UserListItem): string {
  if (user.ags) return user.municipalityName ? `${user.municipalityName} (${user.ags})` : user.ags;
  if (user.role === 'coach')
    return user.assignedAgs.length ? `betreut ${user.assignedAgs.join(', ')}` : 'keine betreuten Kommunen';
  return 'alle Kommunen';
}

/** Account management for administrators: invite, reset a password, deactivate; all audited on the server. */
export function UsersPage() {
  const { user: me } = useAuth();
  const users = useApiQuery(queryKeys.users, (signal) => api.users(signal));
  const municipalities = useApiQuery(queryKeys.municipalities(), (signal) => allMunicipalities(signal), {
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [reset, setReset] = useState<PasswordReset | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const invalidates = [queryKeys.users];
  const resetPassword = useMutation({
    mutationFn: (id: number) => api.resetPassword(id),
    meta: { invalidates },
  });
  const setDisabled = useMutation({
    mutationFn: (input: { id: number; disabled: boolean }) => api.setUserDisabled(input.id, input.disabled),
    meta: { invalidates },
  });

  async function onReset(user: UserListItem) {
    setNotice(null);
    setFailure(null);
    setReset(null);
    try {
      setReset(await resetPassword.mutateAsync(user.id));
    } catch (error) {
      setFailure(
        error instanceof ApiError ? error.message : 'Das Passwort konnte nicht zurückgesetzt werden.',
      );
    }
  }

  async function onToggle(user: UserListItem) {
    setNotice(null);
    setFailure(null);
    setReset(null);
    try {
      await setDisabled.mutateAsync({ id: user.id, disabled: !user.disabled });
      setNotice(
        user.disabled
          ? `Das Konto ${user.email} ist wieder aktiv.`
          : `Das Konto ${user.email} ist deaktiviert; seine Sitzungen sind beendet.`,
      );
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : 'Das Konto konnte nicht geändert werden.');
    }
  }

  return (
    <Page
      title="Konten"
      lead="Konten einladen, Passwörter zurücksetzen und Konten deaktivieren. Jede Änderung wird protokolliert."
    >
      <InviteForm municipalities={municipalities.data?.items ?? []} />
      <section className="app-section" aria-labelledby="konten-liste">
        <h2 className="kern-heading-medium" id="konten-liste">
          Alle Konten
        </h2>
        {reset ? (
          <Alert type="success" title={`Neues Einmalpasswort für ${reset.email}`} live="status">
            <p className="kern-body">
              <code className="app-one-time-password" data-testid="one-time-password">
                {reset.oneTimePassword}
              </code>{' '}
              (wird nur jetzt angezeigt). Die bisherigen Sitzungen des Kontos sind beendet.
            </p>
          </Alert>
        ) : null}
        {notice ? <Alert type="success" title={notice} live="status" /> : null}
        {failure ? <Alert type="danger" title={failure} live="alert" /> : null}
        {users.error ? <ErrorMessage error={users.error} onRetry={users.reload} /> : null}
        {users.loading ? <Loading label="Konten werden geladen …" /> : null}
        {users.data ? (
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--striped">
              <caption className="kern-sr-only">Alle Konten der Plattform</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    E-Mail / Name
                  </th>
                  <th className="kern-table__header" scope="col">
                    Rolle
                  </th>
                  <th className="kern-table__header" scope="col">
                    Kommune
                  </th>
                  <th className="kern-table__header" scope="col">
                    Letzte Anmeldung
                  </th>
                  <th className="kern-table__header" scope="col">
                    Status
                  </th>
                  <th className="kern-table__header" scope="col">
                    Aktionen
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {users.data.items.map((user) => (
                  <tr className="kern-table__row" key={user.id} data-email={user.email}>
                    <td className="kern-table__cell">
                      {user.email}
                      {user.name !== user.email ? <div className="kern-body--small">{user.name}</div> : null}
                    </td>
                    <td className="kern-table__cell">{roleLabel(user.role)}</td>
                    <td className="kern-table__cell">{scopeText(user)}</td>
                    <td className="kern-table__cell">
                      {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'noch nie'}
                    </td>
                    <td className="kern-table__cell">{statusText(user)}</td>
                    <td className="kern-table__cell">
                      {user.id === me?.id ? (
                        <span className="kern-body--small">Ihr Konto</span>
                      ) : (
                        <div className="app-user-actions">
                          <button
                            type="button"
                            className="kern-btn kern-btn--secondary"
                            disabled={user.disabled}
                            onClick={() => void onReset(user)}
                          >
                            <span className="kern-label">
                              Passwort zurücksetzen<span className="kern-sr-only"> für {user.email}</span>
                            </span>
                          </button>
                          <button
                            type="button"
                            className="kern-btn kern-btn--tertiary"
                            onClick={() => void onToggle(user)}
                          >
                            <span className="kern-label">
                              {user.disabled ? 'Reaktivieren' : 'Deaktivieren'}
                              <span className="kern-sr-only"> {user.email}</span>
                            </span>
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
