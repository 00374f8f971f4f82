import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { networkApi, networkKeys } from './api.ts';
import { CoachingCard } from './CoachingCard.tsx';
import { NewCoachingForm } from './NewCoachingForm.tsx';
import { SubNav } from './SubNav.tsx';

function AssignedMunicipality({ ags, coach }: { ags: string; coach: { id: number; name: string } }) {
  const detail = useApiQuery(queryKeys.municipality(ags), (signal) => api.municipality(ags, signal));
  const coaching = useApiQuery(networkKeys.part(ags, 'coaching'), (signal) =>
    networkApi.coaching(ags, signal),
  );
  const name = detail.data?.name ?? ags;
  const headingId = `kommune-${ags}`;
  return (
    <section className="app-section app-network-municipality" aria-labelledby={headingId} data-ags={ags}>
      <h2 className="kern-heading-medium" id={headingId}>
        <Link className="kern-link" href={`/netzwerk/${ags}`}>
          {name}
        </Link>
      </h2>
      {coaching.error ? <ErrorMessage error={coaching.error} onRetry={coaching.reload} /> : null}
      {coaching.loading ? <Loading /> : null}
      {coaching.data?.items.length === 0 ? (
        <p className="kern-body app-muted">Für {name} ist noch kein Coaching erfasst.</p>
      ) : null}
      {coaching.data?.items.map((engagement) => (
        <CoachingCard key={engagement.id} engagement={engagement} editable />
      ))}
      <NewCoachingForm ags={ags} coach={coach} />
    </section>
  );
}

/** A coach's municipalities and their engagements: milestones and notes are kept here. */
export function CoachingPage() {
  const { user } = useAuth();
  if (!user) return null;
  const assigned = user.role === 'coach' ? user.assignedAgs : [];
  return (
    <Page
      title="Mein Coaching"
      before={<SubNav current="coaching" />}
      lead="Die Kommunen, die Sie als ASSKomm-Coach begleiten: Meilensteine abhaken, neue hinzufügen, Notizen führen."
    >
      {user.role !== 'coach' ? (
        <EmptyState title="Nur für Coaches">
          <p className="kern-body">
            Hier sehen Coaches die ihnen zugeordneten Kommunen. Die Coachings einer Kommune stehen auf ihrer
            Seite unter{' '}
            <Link className="kern-link" href="/netzwerk">
              Netzwerk
            </Link>
            .
          </p>
        </EmptyState>
      ) : assigned.length === 0 ? (
        <EmptyState title="Ihnen sind noch keine Kommunen zugeordnet">
          <p className="kern-body">
            Die Geschäftsstelle des LPR ordnet Ihrem Konto die Kommunen zu, die Sie begleiten.
          </p>
        </EmptyState>
      ) : (
        assigned.map((ags) => <AssignedMunicipality key={ags} ags={ags} coach={user} />)
      )}
    </Page>
  );
}
