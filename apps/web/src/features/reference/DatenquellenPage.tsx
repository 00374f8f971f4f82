import { AttributionText, useAttributions } from '../../components/Attributions.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { Link } from '../../lib/router.tsx';

export function DatenquellenPage() {
  const { status } = useAuth();
  const { data, error, loading, reload } = useAttributions();
  const needsLogin = error?.status === 401;

  return (
    <Page
      title="Datenquellen"
      lead="Die Plattform nutzt amtliche offene Daten. Hier stehen die Quellenangaben, die die Lizenzen verlangen."
    >
      <p className="kern-body">
        Die Daten stehen unter der{' '}
        <a className="kern-link" href="https://www.govdata.de/dl-de/by-2-0" rel="noopener noreferrer">
          Datenlizenz Deutschland – Namensnennung – Version 2.0
        </a>{' '}
        oder unter gleichwertigen Bedingungen der Herausgeber. Sie wurden für die Plattform ausgewählt und
        umformatiert; deshalb tragen die Angaben den Zusatz „Daten verändert“.
      </p>
      {loading ? <Loading /> : null}
      {needsLogin ? (
        <p className="kern-body">
          Die vollständigen Quellenangaben sehen Sie nach der{' '}
          <Link className="kern-link" href="/anmelden?weiter=%2Fdatenquellen">
            Anmeldung
          </Link>
          .
        </p>
      ) : null}
      {error && !needsLogin ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {data && data.items.length === 0 ? (
        <p className="kern-body">
          {status === 'authenticated'
            ? 'Es sind noch keine Referenzdaten geladen, daher gibt es keine Quellenangaben.'
            : 'Keine Quellenangaben vorhanden.'}
        </p>
      ) : null}
      {data && data.items.length > 0 ? (
        <ul className="app-sources">
          {data.items.map((item) => (
            <li key={item.id} className="app-sources__item">
              <h2 className="kern-heading-small">{item.title}</h2>
              <p className="kern-body">
                <AttributionText item={item} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
