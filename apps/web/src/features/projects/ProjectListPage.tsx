import { Badge } from '../../components/Badge.tsx';
import { DataTable, NameCell } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadedList } from '../../components/LoadedList.tsx';
import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { projectStatusLabel } from '../funding/format.ts';
import { projectApi } from './api.ts';

export function ProjectListPage() {
  const { user } = useAuth();
  const projects = useApiQuery(['projects', 'list'], (signal) => projectApi.list(signal));
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
      <LoadedList
        query={projects}
        items={projects.data?.items}
        loadingLabel="Projekte werden geladen …"
        empty={
          <EmptyState title="Noch kein Projekt">
            <p className="kern-body">
              {canCreate
                ? 'Beschreiben Sie Ihr erstes Präventionsprojekt Schritt für Schritt; aus der Beschreibung entsteht später der Förderantrag.'
                : 'Für Ihre Kommune ist noch kein Projekt erfasst.'}
            </p>
          </EmptyState>
        }
      >
        {(items) => (
          <DataTable
            caption="Präventionsprojekte mit Kommune, Status und Bearbeitungsstand"
            rows={items}
            rowKey={(p) => p.id}
            isDemo={(p) => p.isDemo}
            columns={[
              {
                header: 'Projekt',
                cell: (p) => (
                  <Link className="kern-link" href={`/projekte/${p.id}`}>
                    {p.title}
                  </Link>
                ),
              },
              { header: 'Kommune', cell: (p) => <NameCell name={p.municipalityName} isDemo={p.isDemo} /> },
              {
                header: 'Status',
                cell: (p) => <Badge type="info" label={projectStatusLabel(p.status)} icon={false} small />,
              },
              {
                header: 'Zeitraum',
                cell: (p) =>
                  p.startsOn || p.endsOn ? `${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}` : '–',
              },
              { header: 'Beccaria-Schritte', numeric: true, cell: (p) => `${p.stepsFilled} von 7` },
            ]}
          />
        )}
      </LoadedList>
    </Page>
  );
}
