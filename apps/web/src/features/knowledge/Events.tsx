import type { NetworkEventView } from '@asskomm/contracts';
import { useMutation } from '@tanstack/react-query';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadedList } from '../../components/LoadedList.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { serverMessage } from '../../lib/form-errors.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { knowledgeApi, knowledgeKeys } from './api.ts';
import { EventForm } from './LibraryForms.tsx';

const STATUS_TEXT = {
  angemeldet: 'Sie sind angemeldet.',
  warteliste: 'Sie stehen auf der Warteliste.',
} as const;

function EventItem({ event }: { event: NetworkEventView }) {
  const register = useMutation({
    mutationFn: () => knowledgeApi.register(event.id),
    meta: { invalidates: [knowledgeKeys.events] },
  });
  const cancel = useMutation({
    mutationFn: () => knowledgeApi.cancel(event.id),
    meta: { invalidates: [knowledgeKeys.events] },
  });
  const error = register.error ?? cancel.error;
  const free = Math.max(0, event.capacity - event.registered);
  return (
    <li className="app-network-list__item" data-event={event.id}>
      <h3 className="kern-heading-small">{event.title}</h3>
      <p className="kern-body">
        {formatDateTime(event.startsAt)} · {event.place}
      </p>
      {event.description ? <p className="kern-body">{event.description}</p> : null}
      <p className="kern-body kern-body--small app-muted">
        {free > 0
          ? `${free} von ${event.capacity} Plätzen frei`
          : `ausgebucht, ${event.waiting} auf der Warteliste`}
        {event.registrationUntil ? ` · Anmeldung bis ${formatDate(event.registrationUntil)}` : ''}
      </p>
      {event.myStatus ? (
        <p className="kern-body kern-body--bold" role="status">
          {STATUS_TEXT[event.myStatus]}
        </p>
      ) : null}
      <div className="app-actions">
        {event.myStatus ? (
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate()}
          >
            <span className="kern-label">
              Anmeldung zurückziehen<span className="app-sr-only"> ({event.title})</span>
            </span>
          </button>
        ) : (
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={register.isPending}
            onClick={() => register.mutate()}
          >
            <span className="kern-label">
              {free > 0 ? 'Anmelden' : 'Auf die Warteliste'}
              <span className="app-sr-only"> ({event.title})</span>
            </span>
          </button>
        )}
      </div>
      {error ? (
        <p className="kern-error" role="alert">
          <span className="kern-body">{serverMessage(error)}</span>
        </p>
      ) : null}
    </li>
  );
}

/** Network events with registration (a waiting list beyond the capacity). */
export function Events() {
  const { user } = useAuth();
  const events = useApiQuery(knowledgeKeys.events, (signal) => knowledgeApi.events(signal));
  return (
    <section className="app-section" aria-labelledby="veranstaltungen">
      <h2 className="kern-heading-medium" id="veranstaltungen">
        Veranstaltungen
      </h2>
      <LoadedList
        query={events}
        items={events.data?.items}
        loadingLabel="Veranstaltungen werden geladen …"
        empty={
          <EmptyState title="Keine Veranstaltungen geplant" headingLevel={3}>
            <p className="kern-body">
              Netzwerktreffen und Fachtage der Allianz erscheinen hier mit Anmeldung.
            </p>
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="app-network-list">
            {items.map((e) => (
              <EventItem key={e.id} event={e} />
            ))}
          </ul>
        )}
      </LoadedList>
      {user?.role === 'admin' ? <EventForm /> : null}
    </section>
  );
}
