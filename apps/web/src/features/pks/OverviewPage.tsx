import { type FormEvent, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { pksApi } from './api.ts';
import { formatHz, formatInteger } from './format.ts';
import { PksAttribution, SubNav, useCanImport } from './SubNav.tsx';

function MunicipalitySearch() {
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState('');
  const result = useApiQuery(
    submitted ? queryKeys.municipalities({ q: submitted, limit: 20 }) : null,
    (signal) => api.municipalities({ q: submitted, limit: 20, sort: 'name' }, signal),
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(query.trim());
  }
  return (
    <section className="app-section" aria-labelledby="pks-suche">
      <h2 className="kern-heading-medium" id="pks-suche">
        Kommune suchen
      </h2>
      <form className="pks-search" onSubmit={onSubmit}>
        <TextField
          id="pks-suche-feld"
          label="Name oder Gemeindeschlüssel"
          value={query}
          onValueChange={setQuery}
          hint="Zum Beispiel „Bautzen“ oder „14625020“."
          autoComplete="off"
        />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">Suchen</span>
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {result.loading ? <Loading label="Suche läuft …" /> : null}
        {result.error ? <ErrorMessage error={result.error} /> : null}
        {result.data ? (
          result.data.items.length === 0 ? (
            <p className="kern-body">Keine Kommune gefunden.</p>
          ) : (
            <ul className="kern-list pks-results">
              {result.data.items.map((item) => (
                <li key={item.ags}>
                  <Link className="kern-link" href={`/kriminalstatistik/profil/${item.ags}`}>
                    {item.name}
                  </Link>{' '}
                  <span className="app-muted">
                    ({item.kreisName}, AGS <span className="app-tabular">{item.ags}</span>)
                  </span>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </section>
  );
}

export function OverviewPage() {
  const { user } = useAuth();
  const canImport = useCanImport();
  const map = useApiQuery(queryKeys.pks('map', { key: '------', year: null }), (signal) =>
    pksApi.map('------', null, signal),
  );
  return (
    <Page
      title="Kriminalstatistik"
      lead="Die Polizeiliche Kriminalstatistik (PKS) für Sachsen, seine Kreise und Ihre Kommune: Fallzahlen, Häufigkeitszahlen mit Unsicherheit, Entwicklung und Vergleich."
    >
      <SubNav current="uebersicht" />
      <section className="app-section" aria-labelledby="pks-profile">
        <h2 className="kern-heading-medium" id="pks-profile">
          Profile
        </h2>
        <ul className="kern-list">
          {user?.ags ? (
            <li>
              <Link className="kern-link" href={`/kriminalstatistik/profil/${user.ags}`}>
                Profil Ihrer Kommune
              </Link>
            </li>
          ) : null}
          <li>
            <Link className="kern-link" href="/kriminalstatistik/profil/14">
              Sachsen insgesamt
            </Link>
          </li>
          <li>
            <Link className="kern-link" href="/kriminalstatistik/profil/14999999">
              Musterstadt (Demodaten)
            </Link>{' '}
            – ein Beispiel mit elf Jahren synthetischer Gemeindedaten
          </li>
        </ul>
        {canImport ? (
          <p className="kern-body">
            Zahlen je Gemeinde gibt das LKA Sachsen auf Anfrage heraus.{' '}
            <Link className="kern-link" href="/kriminalstatistik/import">
              Gemeindedaten importieren
            </Link>
          </p>
        ) : null}
      </section>
      <MunicipalitySearch />
      <section className="app-section" aria-labelledby="pks-kreise">
        <h2 className="kern-heading-medium" id="pks-kreise">
          Kreise{map.data?.year ? `: Straftaten insgesamt ${map.data.year}` : ''}
        </h2>
        {map.error ? <ErrorMessage error={map.error} onRetry={map.reload} /> : null}
        {map.loading && !map.data ? <Loading /> : null}
        {map.data && map.data.items.length === 0 ? (
          <p className="kern-body">Es sind keine Kreisdaten geladen (BKA-Kreistabelle, siehe Import).</p>
        ) : null}
        {map.data && map.data.items.length > 0 ? (
          <>
            <div className="kern-table-responsive">
              <table className="kern-table kern-table--striped app-table-stack pks-table">
                <caption className="kern-sr-only">Straftaten insgesamt je Kreis, {map.data.year}</caption>
                <thead>
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">
                      Kreis
                    </th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">
                      Fälle
                    </th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">
                      HZ
                    </th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {map.data.items.map((item) => (
                    <tr key={item.ags} className="kern-table__row">
                      <th scope="row" className="kern-table__header app-table-stack__title">
                        <Link className="kern-link" href={`/kriminalstatistik/profil/${item.ags}`}>
                          {item.name}
                        </Link>
                      </th>
                      <td className="kern-table__cell kern-table__cell--numeric" data-label="Fälle">
                        {formatInteger(item.cases)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric" data-label="HZ">
                        {formatHz(item.hz)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="kern-body">
              <Link className="kern-link" href="/kriminalstatistik/karte">
                Als Karte zeigen, auch für einzelne Straftaten
              </Link>
            </p>
            <PksAttribution items={map.data.attributions} />
          </>
        ) : null}
      </section>
    </Page>
  );
}
