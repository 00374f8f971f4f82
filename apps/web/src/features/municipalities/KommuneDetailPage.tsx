import type { Contact, MunicipalityDetail } from '@asskomm/contracts';
import { lazy, type ReactNode, Suspense } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { AttributionNote, municipalityAttributionIds } from '../../components/Attributions.tsx';
import { DemoBadge, MembershipBadge } from '../../components/Badge.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { api } from '../../lib/api-client.ts';
import { formatDate, formatDecimal, formatInteger } from '../../lib/format.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { listHref } from './query.ts';

// ECharts is loaded only when a map is shown.
const LocatorMap = lazy(() =>
  import('../map/LocatorMap.tsx').then((module) => ({ default: module.LocatorMap })),
);

function Breadcrumbs({ current }: { current: string }) {
  return (
    <nav aria-label="Brotkrümelnavigation" className="app-breadcrumbs">
      <ol className="app-breadcrumbs__list">
        <li>
          <Link className="kern-link" href="/kommunen">
            Kommunen
          </Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

function KeyFacts({ detail }: { detail: MunicipalityDetail }) {
  const kreisHref = listHref({
    q: '',
    kreis: detail.kreisSchluessel,
    min: '',
    max: '',
    sort: 'name',
    page: 1,
  });
  const stand = detail.populationDate ? ` (Stand ${formatDate(detail.populationDate)})` : '';
  return (
    <dl className="kern-description-list">
      <Fact label="Amtlicher Gemeindeschlüssel (AGS)">
        <span className="app-tabular">{detail.ags}</span>
      </Fact>
      <Fact label="Amtlicher Regionalschlüssel (ARS)">
        <span className="app-tabular">{detail.ars ?? '–'}</span>
      </Fact>
      <Fact label="Gemeindetyp">{detail.gemeindetyp ?? '–'}</Fact>
      <Fact label="Landkreis">
        <Link className="kern-link" href={kreisHref}>
          {detail.kreisName}
          <span className="kern-sr-only"> – alle Kommunen des Kreises anzeigen</span>
        </Link>
      </Fact>
      <Fact label="Gemeindeverband">{detail.gemeindeverbandName ?? '–'}</Fact>
      <Fact label="Postleitzahl">{detail.plz ?? '–'}</Fact>
      <Fact label={`Einwohner${stand}`}>{formatInteger(detail.population)}</Fact>
      <Fact label="davon weiblich">{formatInteger(detail.populationFemale)}</Fact>
      <Fact label="davon männlich">{formatInteger(detail.populationMale)}</Fact>
      <Fact label="Fläche">{formatDecimal(detail.areaKm2, 2)} km²</Fact>
      <Fact label="Bevölkerungsdichte">{formatInteger(detail.density)} Einwohner je km²</Fact>
    </dl>
  );
}

function Membership({ detail }: { detail: MunicipalityDetail }) {
  const { membership, preventionCouncil } = detail;
  return (
    <>
      <section className="app-section" aria-labelledby="mitgliedschaft">
        <h2 className="kern-heading-medium" id="mitgliedschaft">
          ASSKomm-Mitgliedschaft
        </h2>
        <dl className="kern-description-list">
          <Fact label="Status">
            <MembershipBadge status={membership.status} />
          </Fact>
          <Fact label="Mitglied seit">{formatDate(membership.since)}</Fact>
          {membership.until ? <Fact label="Mitglied bis">{formatDate(membership.until)}</Fact> : null}
          <Fact label="Kooperationsvereinbarung vom">{formatDate(membership.agreementDate)}</Fact>
        </dl>
        <p className="kern-body">
          <Link className="kern-link" href={`/netzwerk/${detail.ags}`}>
            Beratungen, Vereinbarung und Coaching
          </Link>
          {' · '}
          <Link className="kern-link" href={`/netzwerk/${detail.ags}/praeventionsrat`}>
            Präventionsrat
          </Link>
        </p>
      </section>
      <section className="app-section" aria-labelledby="praeventionsrat">
        <h2 className="kern-heading-medium" id="praeventionsrat">
          Kommunaler Präventionsrat
        </h2>
        {preventionCouncil.exists ? (
          <dl className="kern-description-list">
            <Fact label="Name">{preventionCouncil.name ?? '–'}</Fact>
            <Fact label="Gegründet am">{formatDate(preventionCouncil.foundedOn)}</Fact>
          </dl>
        ) : (
          <p className="kern-body">Für diese Kommune ist kein Kommunaler Präventionsrat erfasst.</p>
        )}
      </section>
    </>
  );
}

function ContactCard({ contact }: { contact: Contact }) {
  return (
    <li className="app-contact">
      <p className="kern-body kern-body--bold">{contact.name}</p>
      {contact.role ? <p className="kern-body">{contact.role}</p> : null}
      {contact.email ? (
        <p className="kern-body">
          <span className="kern-sr-only">E-Mail: </span>
          <a className="kern-link" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </p>
      ) : null}
      {contact.phone ? (
        <p className="kern-body">
          <span className="kern-sr-only">Telefon: </span>
          <a className="kern-link" href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
            {contact.phone}
          </a>
        </p>
      ) : null}
    </li>
  );
}

function Contacts({ contacts }: { contacts: Contact[] }) {
  return (
    <section className="app-section" aria-labelledby="ansprechpersonen">
      <h2 className="kern-heading-medium" id="ansprechpersonen">
        Ansprechpersonen
      </h2>
      {contacts.length === 0 ? (
        <p className="kern-body">Es sind noch keine Ansprechpersonen erfasst.</p>
      ) : (
        <ul className="app-contacts">
          {contacts.map((contact) => (
            <ContactCard key={`${contact.name}-${contact.email ?? ''}`} contact={contact} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function KommuneDetailPage({ ags }: { ags: string }) {
  const { data, error, loading, reload } = useApiQuery(queryKeys.municipality(ags), (signal) =>
    api.municipality(ags, signal),
  );

  if (error?.status === 404 || error?.status === 400) {
    return (
      <Page title="Kommune nicht gefunden" before={<Breadcrumbs current="Nicht gefunden" />}>
        <p className="kern-body">
          Zum Gemeindeschlüssel <span className="app-tabular">{ags}</span> gibt es keine Kommune.{' '}
          <Link className="kern-link" href="/kommunen">
            Zur Liste aller Kommunen
          </Link>
        </p>
      </Page>
    );
  }

  if (!data) {
    return (
      <Page title="Kommune" before={<Breadcrumbs current="Kommune" />}>
        {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
        {loading ? <Loading /> : null}
      </Page>
    );
  }

  return (
    <Page
      title={data.name}
      titleAddon={data.isDemo ? <DemoBadge /> : null}
      before={<Breadcrumbs current={data.name} />}
      lead={`${data.gemeindetyp ?? 'Gemeinde'} · ${data.kreisName}`}
    >
      {data.isDemo ? (
        <Alert type="warning" title="Demodaten">
          <p className="kern-body">
            {data.name} ist eine erfundene Kommune mit synthetischen Daten. Sie zeigt, wie die Plattform mit
            echten Daten aussieht; ihre Zahlen sind nicht für Auswertungen bestimmt.
          </p>
        </Alert>
      ) : null}
      <div className="app-detail">
        <div className="app-detail__main">
          <section aria-labelledby="eckdaten">
            <h2 className="kern-heading-medium" id="eckdaten">
              Eckdaten
            </h2>
            <KeyFacts detail={data} />
          </section>
          <Membership detail={data} />
          <Contacts contacts={data.contacts ?? []} />
          <section className="app-section" aria-labelledby="kriminalstatistik">
            <h2 className="kern-heading-medium" id="kriminalstatistik">
              Kriminalstatistik
            </h2>
            <p className="kern-body">
              <Link className="kern-link" href={`/kriminalstatistik/profil/${encodeURIComponent(data.ags)}`}>
                Kriminalitätsprofil von {data.name}
              </Link>{' '}
              – Fallzahlen, Häufigkeitszahlen und Vergleich mit Kreis und Sachsen
            </p>
          </section>
          <section className="app-section" aria-labelledby="lagebericht">
            <h2 className="kern-heading-medium" id="lagebericht">
              Lagebericht
            </h2>
            <p className="kern-body">
              <Link className="kern-link" href={`/lageberichte/${encodeURIComponent(data.ags)}`}>
                Lagebericht von {data.name}
              </Link>{' '}
              – veröffentlichte Versionen und Entwürfe, als PDF, Word und Datenanhang
            </p>
          </section>
        </div>
        <aside className="app-detail__aside" aria-labelledby="lage">
          <h2 className="kern-heading-medium" id="lage">
            Lage
          </h2>
          <Suspense fallback={<Loading label="Karte wird geladen …" />}>
            <LocatorMap
              ags={data.ags}
              name={data.name}
              kreisSchluessel={data.kreisSchluessel}
              kreisName={data.kreisName}
            />
          </Suspense>
          <p className="kern-body kern-body--small">
            <Link className="kern-link" href="/karte">
              Zur Karte aller Kommunen
            </Link>
          </p>
        </aside>
      </div>
      <section className="app-section" aria-labelledby="quellen">
        <h2 className="kern-heading-small" id="quellen">
          Quellen
        </h2>
        <AttributionNote ids={municipalityAttributionIds} />
      </section>
    </Page>
  );
}
