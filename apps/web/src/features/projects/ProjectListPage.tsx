import { Badge, DemoBadge } from '../../components/Badge.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { projectStatusLabel } from '../funding/format.ts';
import { projectApi } from './api.ts';

export function ProjectListPage() {
  const { user } = useAuth();
  const { data, error, loading, reload } = useApiQuery(['projects', 'list'], (signal) =>
    projectApi.list(signal),
  );
  const canCreate = user?.role === 'kommune' || user?.role === 'admin';
  return (
    <Page
      title="Präventionsprojekte"
      lead="Projekte nach den sieben Schritten der Beccaria-Standards: von der Problembeschreibung bis zu Schlussfolgerungen und Dokumentation, mit Zielgruppen, Partnern, Materialien, Meilensteinen und Förderung."
    >
      {canCreate ? (
        <p className="app-actions">
          <Link className="kern-btn kern-btn--primary" href="/projekte/neu">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">Neues Projekt anlegen</span>
          </Link>
          <Link className="kern-btn kern-btn--secondary" href="/foerderung">
            <span className="kern-label">Förderanträge</span>
          </Link>
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading label="Projekte werden geladen …" /> : null}
      {data && data.items.length === 0 ? (
        <EmptyState title="Noch kein Projekt">
          <p className="kern-body">
            {canCreate
              ? 'Beschreiben Sie Ihr erstes Präventionsprojekt Schritt für Schritt; aus der Beschreibung entsteht später der Förderantrag.'
              : 'Für Ihre Kommune ist noch kein Projekt erfasst.'}
          </p>
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--striped app-table-stack">
            <caption className="kern-sr-only">
              Präventionsprojekte mit Kommune, Status und Bearbeitungsstand
            </caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Projekt
                </th>
                <th scope="col" className="kern-table__header">
                  Kommune
                </th>
                <th scope="col" className="kern-table__header">
                  Status
                </th>
                <th scope="col" className="kern-table__header">
                  Zeitraum
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Beccaria-Schritte
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {data.items.map((p) => (
                <tr key={p.id} className={`kern-table__row${p.isDemo ? ' app-row--demo' : ''}`}>
                  <th scope="row" className="kern-table__header app-table-stack__title">
                    <Link className="kern-link" href={`/projekte/${p.id}`}>
                      {p.title}
                    </Link>
                  </th>
                  <td className="kern-table__cell" data-label="Kommune">
                    <span className="app-name-cell">
                      {p.municipalityName}
                      {p.isDemo ? <DemoBadge small /> : null}
                    </span>
                  </td>
                  <td className="kern-table__cell" data-label="Status">
                    <Badge type="info" label={projectStatusLabel(p.status)} icon={false} small />
                  </td>
                  <td className="kern-table__cell" data-label="Zeitraum">
                    {p.startsOn || p.endsOn ? `${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}` : '–'}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric" data-label="Beccaria-Schritte">
                    {p.stepsFilled} von 7
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
