import { KENNZAHL_KEYS, KENNZAHL_LABELS, type KennzahlKey } from '@asskomm/contracts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { Link, useLocation } from '../../lib/router.tsx';
import { kennzahlenApi, kennzahlenKeys } from './api.ts';
import { FigureCards } from './FigureCards.tsx';
import { formatEuroCents } from './format.ts';
import { TrendTable } from './TrendTable.tsx';

function useDemo() {
  const demo = useLocation().search.get('demodaten') === 'ja';
  return { demo, suffix: demo ? '?demodaten=ja' : '' };
}

/** The LPR's dashboard: the public figures, each leading to the records behind it, and the trend per year. */
export function DashboardPage() {
  const { user } = useAuth();
  const { demo, suffix } = useDemo();
  const canDrill = user?.role === 'admin' || user?.role === 'coach';
  const figures = useApiQuery(kennzahlenKeys.figures(demo), (signal) => kennzahlenApi.figures(demo, signal), {
    staleTime: 0,
  });
  return (
    <Page
      title="Kennzahlen"
      lead="Die Zahlen der Allianz, wie sie die öffentliche Seite zeigt – mit den Einträgen dahinter."
    >
      <p className="kern-body">
        <Link className="kern-link" href={demo ? '/kennzahlen' : '/kennzahlen?demodaten=ja'}>
          {demo ? 'Nur echte Daten' : 'Demodaten einbeziehen'}
        </Link>{' '}
        ·{' '}
        <Link className="kern-link" href={`/zahlen${suffix}`}>
          Öffentliche Seite „Zahlen, Daten, Fakten“
        </Link>
      </p>
      {figures.loading && !figures.data ? <Loading label="Kennzahlen werden geladen …" /> : null}
      {figures.error ? <ErrorMessage error={figures.error} onRetry={figures.reload} /> : null}
      {figures.data ? (
        <>
          <p className="kern-body">Stand: {formatDate(figures.data.stand)}</p>
          <FigureCards
            data={figures.data}
            drillDownHref={canDrill ? (key) => `/kennzahlen/${key}${suffix}` : undefined}
          />
          <section className="app-section" aria-labelledby="verlauf">
            <h2 className="kern-heading-medium" id="verlauf">
              Entwicklung je Jahr
            </h2>
            <p className="kern-body">
              Im jeweiligen Jahr neu hinzugekommen; eine Kommune zählt in jedem Jahr höchstens einmal.
            </p>
            <TrendTable data={figures.data} />
          </section>
        </>
      ) : null}
    </Page>
  );
}

/** The records behind one figure, each linking to its municipality. No names of people. */
export function FigureRecordsPage({ figure }: { figure: string }) {
  const { demo, suffix } = useDemo();
  const known = (KENNZAHL_KEYS as readonly string[]).includes(figure);
  const key = figure as KennzahlKey;
  const records = useApiQuery(known ? kennzahlenKeys.records(figure, demo) : null, (signal) =>
    kennzahlenApi.records(key, demo, signal),
  );
  const title = known ? KENNZAHL_LABELS[key] : 'Unbekannte Kennzahl';
  return (
    <Page
      title={title}
      before={
        <p className="kern-body">
          <Link className="kern-link" href={`/kennzahlen${suffix}`}>
            ← Alle Kennzahlen
          </Link>
        </p>
      }
    >
      {!known ? <p className="kern-body">Diese Kennzahl gibt es nicht.</p> : null}
      {records.loading ? <Loading label="Einträge werden geladen …" /> : null}
      {records.error ? <ErrorMessage error={records.error} onRetry={records.reload} /> : null}
      {records.data && records.data.items.length === 0 ? (
        <EmptyState title="Keine Einträge">
          <p className="kern-body">
            Für diese Kennzahl gibt es noch keine Einträge{demo ? '' : ' (ohne Demodaten)'}.
          </p>
        </EmptyState>
      ) : null}
      {records.data && records.data.items.length > 0 ? (
        <ScrollTable label="Einträge zur Kennzahl">
          <table className="kern-table kern-table--striped app-table-stack" data-testid="kennzahl-eintraege">
            <caption className="kern-title">
              {records.data.items.length === 1 ? '1 Eintrag' : `${records.data.items.length} Einträge`}
            </caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Kommune
                </th>
                <th scope="col" className="kern-table__header">
                  Jahr
                </th>
                <th scope="col" className="kern-table__header">
                  Datum
                </th>
                <th scope="col" className="kern-table__header">
                  Eintrag
                </th>
                {key === 'foerdermittel_bewilligt_cent' ? (
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    Betrag
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {records.data.items.map((r) => (
                <tr key={r.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header app-table-stack__title">
                    {r.ags ? (
                      <Link className="kern-link" href={`/kommunen/${encodeURIComponent(r.ags)}`}>
                        {r.municipalityName ?? r.ags}
                      </Link>
                    ) : (
                      'ohne Kommune'
                    )}
                  </th>
                  <td className="kern-table__cell" data-label="Jahr">
                    {r.jahr ?? '–'}
                  </td>
                  <td className="kern-table__cell" data-label="Datum">
                    {r.datum ? formatDate(r.datum) : '–'}
                  </td>
                  <td className="kern-table__cell" data-label="Eintrag">
                    {r.beschreibung}
                  </td>
                  {key === 'foerdermittel_bewilligt_cent' ? (
                    <td className="kern-table__cell kern-table__cell--numeric" data-label="Betrag">
                      {formatEuroCents(r.cent ?? null)}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </Page>
  );
}
