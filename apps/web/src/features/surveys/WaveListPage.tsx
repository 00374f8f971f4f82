import type { WaveListItem } from '@asskomm/contracts';
import { useState } from 'react';
import { DataTable, NameCell } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FilterBar, ResultCount } from '../../components/FilterBar.tsx';
import { TextField } from '../../components/FormField.tsx';
import { LoadedList } from '../../components/LoadedList.tsx';
import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { surveyApi } from './api.ts';
import { fieldPeriod, formatNumber, formatPercent } from './format.ts';
import { StatusBadge } from './ui.tsx';

export function WaveListPage() {
  const { user } = useAuth();
  const waves = useApiQuery([...queryKeys.surveys, 'list'], (signal) => surveyApi.list(undefined, signal));
  const [filter, setFilter] = useState('');
  const canCreate = user?.role !== 'rat';
  const needle = filter.trim().toLocaleLowerCase('de');
  const items = (waves.data?.items ?? []).filter(
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
      <LoadedList
        query={waves}
        items={waves.data?.items}
        loadingLabel="Befragungen werden geladen …"
        empty={
          <EmptyState title="Noch keine Befragung">
            <p className="kern-body">
              {canCreate
                ? 'Legen Sie eine Befragung an: Sie wählen Ortsteile, Orte und Frageblöcke, laden die Randverteilungen der Bevölkerung hoch und ziehen die Stichprobe.'
                : 'Für Ihre Kommune gibt es noch keine Befragung.'}
            </p>
          </EmptyState>
        }
      >
        {(all) => (
          <section className="app-section" aria-labelledby="befragungen-liste">
            <h2 className="kern-heading-medium" id="befragungen-liste">
              Alle Befragungen
            </h2>
            {all.length > 5 ? (
              <FilterBar label="Befragungen filtern">
                <TextField
                  id="befragungen-filter"
                  label="Nach Kommune oder Titel filtern"
                  type="search"
                  value={filter}
                  onValueChange={setFilter}
                  autoComplete="off"
                />
              </FilterBar>
            ) : null}
            <ResultCount>
              {items.length === 1 ? '1 Befragung' : `${formatNumber(items.length)} Befragungen`}
            </ResultCount>
            <DataTable
              caption="Befragungen mit Status, Feldphase und Rücklauf"
              rows={items}
              rowKey={(w) => w.id}
              isDemo={(w) => w.isDemo}
              columns={[
                {
                  header: 'Befragung',
                  cell: (w) => (
                    <Link className="kern-link" href={`/befragungen/${w.id}`}>
                      {w.title}
                    </Link>
                  ),
                },
                { header: 'Kommune', cell: (w) => <NameCell name={w.municipalityName} isDemo={w.isDemo} /> },
                { header: 'Status', cell: (w) => <StatusBadge status={w.status} small /> },
                { header: 'Feldphase', cell: (w) => fieldPeriod(w.fieldStart, w.fieldEnd) },
                { header: 'Stichprobe', numeric: true, cell: (w) => formatNumber(w.sampleSize) },
                { header: 'Antworten', numeric: true, cell: responses },
              ]}
            />
          </section>
        )}
      </LoadedList>
    </Page>
  );
}

/** Answers, with the response rate against the invited (codes issued, else the sample). */
function responses(w: WaveListItem): string {
  const invited = w.codes.total || w.sampleSize || 0;
  const rate = invited > 0 && w.responses > 0 ? ` (${formatPercent(w.responses / invited)})` : '';
  return `${formatNumber(w.responses)}${rate}`;
}
