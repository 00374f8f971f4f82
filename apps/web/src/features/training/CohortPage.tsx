import type { Participant, ParticipantCreated } from '@asskomm/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { ConfirmDialog } from '../surveys/ui.tsx';
import { AccessLinkNotice } from './AccessLinkNotice.tsx';
import { AttendanceGrid } from './AttendanceGrid.tsx';
import { trainingApi, trainingKeys } from './api.ts';
import { EnrolForm } from './EnrolForm.tsx';

/** A cohort: modules, and for the LPR the participants, attendance grid, waiting list and certificates. */
export function CohortPage({ id }: { id: number }) {
  const { user } = useAuth();
  const isAdmin = user?.role === 'admin';
  const cohort = useApiQuery(trainingKeys.cohort(id), (signal) => trainingApi.cohort(id, signal));
  const participants = useApiQuery(isAdmin ? trainingKeys.participants(id) : null, (signal) =>
    trainingApi.participants(id, signal),
  );
  const [link, setLink] = useState<ParticipantCreated | null>(null);
  const action = useMutation({
    mutationFn: ({ kind, p }: { kind: 'withdraw' | 'link'; p: Participant }) =>
      kind === 'withdraw' ? trainingApi.withdraw(p.id).then(() => null) : trainingApi.renewLink(p.id),
    meta: { invalidates: [['training']] },
    onSuccess: (result) => setLink(result),
  });
  const items = participants.data?.items ?? [];
  const enrolled = items.filter((p) => p.status === 'angemeldet');
  const waiting = items.filter((p) => p.status === 'warteliste');
  const withdrawn = items.filter((p) => p.status === 'zurueckgezogen');
  const [withdrawing, setWithdrawing] = useState<Participant | null>(null);
  const onAction = (kind: 'withdraw' | 'link', p: Participant) => {
    if (kind === 'withdraw') setWithdrawing(p);
    else action.mutate({ kind, p });
  };

  return (
    <Page
      title={cohort.data?.title ?? 'Durchgang'}
      before={
        <p className="kern-body">
          <Link className="kern-link" href="/qualifizierung">
            ← Qualifizierung
          </Link>
        </p>
      }
    >
      {cohort.loading ? <Loading label="Durchgang wird geladen …" /> : null}
      {cohort.error ? <ErrorMessage error={cohort.error} onRetry={cohort.reload} /> : null}
      {cohort.data ? (
        <>
          <p className="kern-body">
            {cohort.data.courseTitle} · Beginn {formatDate(cohort.data.startsOn)}
            {cohort.data.place ? ` · ${cohort.data.place}` : ''} · {cohort.data.enrolled} von{' '}
            {cohort.data.capacity} Plätzen belegt · {cohort.data.waiting} auf der Warteliste ·{' '}
            {cohort.data.completed} abgeschlossen
          </p>
          <h2 className="kern-heading-medium">Module</h2>
          <ol className="kern-list">
            {cohort.data.modules.map((m) => (
              <li key={m.id} className="kern-body">
                {m.title}
                {m.heldOn ? ` (${formatDate(m.heldOn)})` : ''}
              </li>
            ))}
          </ol>
          {!isAdmin ? (
            <p className="kern-body">
              Die Teilnehmenden und ihre Anwesenheit sieht nur der Landespräventionsrat.
            </p>
          ) : null}
        </>
      ) : null}
      {isAdmin && cohort.data ? (
        <>
          {link ? <AccessLinkNotice created={link} /> : null}
          {action.error ? <ErrorMessage error={action.error} /> : null}
          {participants.error ? (
            <ErrorMessage error={participants.error} onRetry={participants.reload} />
          ) : null}
          <section className="app-section" aria-labelledby="teilnehmende">
            <h2 className="kern-heading-medium" id="teilnehmende">
              Teilnehmende
            </h2>
            {participants.data && enrolled.length === 0 ? (
              <EmptyState title="Noch niemand angemeldet" headingLevel={3}>
                <p className="kern-body">Melden Sie unten die erste Person an.</p>
              </EmptyState>
            ) : null}
            {enrolled.length > 0 ? (
              <AttendanceGrid cohort={cohort.data} participants={enrolled} onAction={onAction} />
            ) : null}
          </section>
          <section className="app-section" aria-labelledby="warteliste">
            <h2 className="kern-heading-medium" id="warteliste">
              Warteliste
            </h2>
            {waiting.length === 0 ? (
              <p className="kern-body">Niemand wartet auf einen Platz.</p>
            ) : (
              <ol className="kern-list" data-testid="warteliste">
                {waiting.map((p) => (
                  <li key={p.id} className="kern-body">
                    {p.name} ({p.email}){' '}
                    <button type="button" className="app-link-button" onClick={() => onAction('withdraw', p)}>
                      <span className="kern-label">
                        Zurückziehen<span className="kern-sr-only"> ({p.name})</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
            <p className="kern-body app-muted">
              Zieht jemand mit Platz zurück, rückt die erste Person der Warteliste nach.
            </p>
            {withdrawn.length > 0 ? (
              <details>
                <summary className="kern-body">Zurückgezogen ({withdrawn.length})</summary>
                <ul className="kern-list">
                  {withdrawn.map((p) => (
                    <li key={p.id} className="kern-body">
                      {p.name}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </section>
          <EnrolForm cohortId={id} />
          <ConfirmDialog
            open={withdrawing !== null}
            title="Anmeldung zurückziehen?"
            confirmLabel="Zurückziehen"
            busy={action.isPending}
            onCancel={() => setWithdrawing(null)}
            onConfirm={() => {
              if (withdrawing) action.mutate({ kind: 'withdraw', p: withdrawing });
              setWithdrawing(null);
            }}
          >
            <p className="kern-body">
              {withdrawing?.name} verliert den Platz
              {withdrawing?.status === 'angemeldet' ? '; die erste Person der Warteliste rückt nach' : ''}.
            </p>
          </ConfirmDialog>
        </>
      ) : null}
    </Page>
  );
}
