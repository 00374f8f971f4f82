import { useState } from 'react';
import { DemoBadge } from '../../components/Badge.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { surveyApi } from './api.ts';
import { fieldPeriod, formatNumber, formatPercent } from './format.ts';
import { StatusBadge } from './ui.tsx';

export function WaveListPage() {
  const { user } = useAuth();
  const { data, error, loading, reload } = useApiQuery([...queryKeys.surveys, 'list'], (signal) =>
    surveyApi.list(undefined, signal),
  );
  const [filter, setFilter] = useState('');
  const canCreate = user?.role !== 'rat';
  const needle = filter.trim().toLocaleLowerCase('de');
  const items = (data?.items ?? []).filter(
    (w) =>
      !needle ||
      w.title.toLocaleLowerCase('de').includes(needle) ||
      w.municipalityName.toLocaleLowerCase('de').includes(needle) ||
      w.ags.startsWith(needle),
  );

  return (
    <Page
      title="Befragungen"
      lead="Bürgerbefragungen zur Sicherheit: Fragebogen, Stichprobe, Zugangscodes und Anschreiben, Rücklauf, Papierbögen und die gewichtete Auswertung."
    >
      {canCreate ? (
        <p>
          <Link className="kern-btn kern-btn--primary" href="/befragungen/neu">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">Neue Befragung anlegen</span>
          </Link>
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading label="Befragungen werden geladen …" /> : null}
      {data && data.items.length === 0 ? (
        <EmptyState title="Noch keine Befragung">
          <p className="kern-body">
            {canCreate
              ? 'Legen Sie eine Befragung an: Sie wählen Ortsteile, Orte und Frageblöcke, laden die Randverteilungen der Bevölkerung hoch und ziehen die Stichprobe.'
              : 'Für Ihre Kommune gibt es noch keine Befragung.'}
          </p>
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <section className="app-section" aria-labelledby="befragungen-liste">
          <h2 className="kern-heading-medium" id="befragungen-liste">
            Alle Befragungen
          </h2>
          {data.items.length > 5 ? (
            <div className="app-narrow">
              <TextField
                id="befragungen-filter"
                label="Nach Kommune oder Titel filtern"
                type="search"
                value={filter}
                onValueChange={setFilter}
                autoComplete="off"
              />
            </div>
          ) : null}
          <p className="kern-body" role="status">
            {items.length === 1 ? '1 Befragung' : `${formatNumber(items.length)} Befragungen`}
          </p>
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--striped app-table-stack">
              <caption className="kern-sr-only">Befragungen mit Status, Feldphase und Rücklauf</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    Befragung
                  </th>
                  <th scope="col" className="kern-table__header">
                    Kommune
                  </th>
                  <th scope="col" className="kern-table__header">
                    Status
                  </th>
                  <th scope="col" className="kern-table__header">
                    Feldphase
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    Stichprobe
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    Antworten
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {items.map((w) => {
                  const invited = w.codes.total || w.sampleSize || 0;
                  return (
                    <tr key={w.id} className={`kern-table__row${w.isDemo ? ' app-row--demo' : ''}`}>
                      <th scope="row" className="kern-table__header app-table-stack__title">
                        <Link className="kern-link" href={`/befragungen/${w.id}`}>
                          {w.title}
                        </Link>
                      </th>
                      <td className="kern-table__cell" data-label="Kommune">
                        <span className="app-name-cell">
                          {w.municipalityName}
                          {w.isDemo ? <DemoBadge small /> : null}
                        </span>
                      </td>
                      <td className="kern-table__cell" data-label="Status">
                        <StatusBadge status={w.status} small />
                      </td>
                      <td className="kern-table__cell" data-label="Feldphase">
                        {fieldPeriod(w.fieldStart, w.fieldEnd)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric" data-label="Stichprobe">
                        {formatNumber(w.sampleSize)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric" data-label="Antworten">
                        {formatNumber(w.responses)}
                        {invited > 0 && w.responses > 0 ? ` (${formatPercent(w.responses / invited)})` : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </Page>
  );
}
