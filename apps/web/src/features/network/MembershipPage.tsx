import { Alert } from '../../components/Alert.tsx';
import { Badge, DemoBadge, MembershipBadge } from '../../components/Badge.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Fact } from '../../components/Fact.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { AgreementForm } from './AgreementForm.tsx';
import { AgreementList } from './AgreementList.tsx';
import { networkApi, networkKeys } from './api.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { CoachingCard } from './CoachingCard.tsx';
import { ConsultationForm } from './ConsultationForm.tsx';
import { ConsultationList } from './ConsultationList.tsx';
import { mayReadCouncil, mayReadNetwork, mayWriteNetwork } from './permissions.ts';
import { Timeline } from './Timeline.tsx';

/** A municipality's membership: facts, timeline, consultations, agreement, coaching, link to its council. */
export function MembershipPage({ ags }: { ags: string }) {
  const { user } = useAuth();
  const allowed = user ? mayReadNetwork(user, ags) : false;
  const editable = user ? mayWriteNetwork(user, ags) : false;
  const detail = useApiQuery(queryKeys.municipality(ags), (signal) => api.municipality(ags, signal));
  const timeline = useApiQuery(allowed ? networkKeys.part(ags, 'timeline') : null, (s) =>
    networkApi.timeline(ags, s),
  );
  const consultations = useApiQuery(allowed ? networkKeys.part(ags, 'consultations') : null, (s) =>
    networkApi.consultations(ags, s),
  );
  const agreements = useApiQuery(allowed ? networkKeys.part(ags, 'agreements') : null, (s) =>
    networkApi.agreements(ags, s),
  );
  const coaching = useApiQuery(allowed ? networkKeys.part(ags, 'coaching') : null, (s) =>
    networkApi.coaching(ags, s),
  );

  const name = detail.data?.name ?? ags;
  const breadcrumbs = <Breadcrumbs current={name} />;
  if (!user || !allowed)
    return (
      <Page title="Mitgliedschaft" before={breadcrumbs}>
        <Alert type="info" title="Keine Berechtigung">
          <p className="kern-body">
            Beratungen, Vereinbarungen und Coachings einer Kommune sehen der Landespräventionsrat, die Coaches
            und die Kommune selbst.
          </p>
          {user && mayReadCouncil(user, ags) ? (
            <Link className="kern-link" href={`/netzwerk/${ags}/praeventionsrat`}>
              Zum Präventionsrat
            </Link>
          ) : null}
        </Alert>
      </Page>
    );
  if (detail.error?.status === 404 || detail.error?.status === 400)
    return (
      <Page title="Kommune nicht gefunden" before={breadcrumbs}>
        <p className="kern-body">
          Zum Gemeindeschlüssel <span className="app-tabular">{ags}</span> gibt es keine Kommune.
        </p>
      </Page>
    );
  const firstError =
    detail.error ?? timeline.error ?? consultations.error ?? agreements.error ?? coaching.error;
  const m = detail.data?.membership;

  return (
    <Page
      title={`Mitgliedschaft ${name}`}
      titleAddon={detail.data?.isDemo ? <DemoBadge /> : null}
      before={breadcrumbs}
      lead="Der Weg der Kommune in der Allianz: Beratungen, Kooperationsvereinbarung, Coaching und Präventionsrat."
    >
      {firstError ? (
        <ErrorMessage
          error={firstError}
          onRetry={() => {
            for (const query of [detail, timeline, consultations, agreements, coaching]) query.reload();
          }}
        />
      ) : null}
      {detail.loading ? <Loading /> : null}
      {m ? (
        <section className="app-section" aria-labelledby="mitgliedschaft">
          <h2 className="kern-heading-medium" id="mitgliedschaft">
            Mitgliedschaft
          </h2>
          <dl className="kern-description-list">
            <Fact label="Status">
              <MembershipBadge status={m.status} />
            </Fact>
            <Fact label="Mitglied seit">{formatDate(m.since)}</Fact>
            <Fact label="Kooperationsvereinbarung vom">{formatDate(m.agreementDate)}</Fact>
            <Fact label="Modellkommune">
              {m.isModelMunicipality ? <Badge type="success" label="Modellkommune" icon={false} /> : 'nein'}
            </Fact>
            <Fact label="Präventionsrat">
              <Link className="kern-link" href={`/netzwerk/${ags}/praeventionsrat`}>
                {detail.data?.preventionCouncil.exists
                  ? (detail.data.preventionCouncil.name ?? 'Präventionsrat')
                  : 'noch nicht gegründet'}
              </Link>
            </Fact>
          </dl>
        </section>
      ) : null}

      <section className="app-section" aria-labelledby="zeitleiste">
        <h2 className="kern-heading-medium" id="zeitleiste">
          Zeitleiste
        </h2>
        {timeline.data ? <Timeline entries={timeline.data.items} /> : timeline.loading ? <Loading /> : null}
      </section>

      <section className="app-section" aria-labelledby="beratungen">
        <h2 className="kern-heading-medium" id="beratungen">
          Beratungen
        </h2>
        {consultations.data ? <ConsultationList consultations={consultations.data.items} /> : null}
        {editable ? <ConsultationForm ags={ags} advisor={user.name} /> : null}
      </section>

      <section className="app-section" aria-labelledby="vereinbarung">
        <h2 className="kern-heading-medium" id="vereinbarung">
          Kooperationsvereinbarung
        </h2>
        {agreements.data ? <AgreementList agreements={agreements.data.items} editable={editable} /> : null}
        {editable && detail.data ? <AgreementForm ags={ags} municipalityName={detail.data.name} /> : null}
      </section>

      <section className="app-section" aria-labelledby="coaching">
        <h2 className="kern-heading-medium" id="coaching">
          Coaching
        </h2>
        {coaching.data?.items.length === 0 ? (
          <EmptyState title="Kein Coaching" headingLevel={3}>
            <p className="kern-body">Diese Kommune wurde noch nicht von einem ASSKomm-Coach begleitet.</p>
          </EmptyState>
        ) : null}
        {coaching.data?.items.map((engagement) => (
          <CoachingCard key={engagement.id} engagement={engagement} editable={editable} />
        ))}
      </section>
    </Page>
  );
}
