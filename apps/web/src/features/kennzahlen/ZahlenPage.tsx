import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { Link, useLocation } from '../../lib/router.tsx';
import { kennzahlenApi, kennzahlenKeys } from './api.ts';
import { FigureCards } from './FigureCards.tsx';
import { TrendTable } from './TrendTable.tsx';

/** "Zahlen, Daten, Fakten": the public page, no login. Demo records count only on request. */
export function ZahlenPage() {
  const demo = useLocation().search.get('demodaten') === 'ja';
  const figures = useApiQuery(kennzahlenKeys.figures(demo), (signal) => kennzahlenApi.figures(demo, signal), {
    staleTime: 0,
  });
  return (
    <Page
      title="Zahlen, Daten, Fakten"
      lead="Was die Allianz Sichere Sächsische Kommunen erreicht hat – tagesaktuell aus den Daten der Plattform berechnet."
    >
      {figures.loading && !figures.data ? <Loading label="Kennzahlen werden geladen …" /> : null}
      {figures.error ? <ErrorMessage error={figures.error} onRetry={figures.reload} /> : null}
      {figures.data ? (
        <>
          <p className="kern-body" data-testid="kennzahlen-stand">
            Stand: {formatDate(figures.data.stand)}
            {demo ? ' · einschließlich Demodaten (erfundene Beispielkommunen)' : ''}
          </p>
          <FigureCards data={figures.data} />
          <section className="app-section" aria-labelledby="verlauf">
            <h2 className="kern-heading-medium" id="verlauf">
              Entwicklung je Jahr
            </h2>
            <p className="kern-body">
              Im jeweiligen Jahr neu hinzugekommen; eine Kommune zählt in jedem Jahr höchstens einmal.
            </p>
            <TrendTable data={figures.data} />
          </section>
          <p className="kern-body">
            {demo ? (
              <Link className="kern-link" href="/zahlen">
                Nur echte Daten zeigen
              </Link>
            ) : (
              <Link className="kern-link" href="/zahlen?demodaten=ja">
                Mit Demodaten anzeigen (zum Ausprobieren der Plattform)
              </Link>
            )}
          </p>
        </>
      ) : null}
    </Page>
  );
}
