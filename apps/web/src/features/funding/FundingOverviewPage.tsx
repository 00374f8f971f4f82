import { formatEuro } from '@asskomm/contracts';
import { useState } from 'react';
import { Badge } from '../../components/Badge.tsx';
import { DataTable, NameCell } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { TextField } from '../../components/FormField.tsx';
import { LoadedList } from '../../components/LoadedList.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { fundingApi } from './api.ts';
import { EuroField } from './EuroField.tsx';
import { fundingStatusBadge, fundingStatusLabel } from './format.ts';

export function FundingOverviewPage() {
  const { user } = useAuth();
  const isLpr = user?.role === 'admin';
  const list = useApiQuery(['funding', 'list'], (signal) => fundingApi.list(signal));
  const years = useApiQuery(isLpr ? ['funding', 'overview'] : null, (signal) => fundingApi.overview(signal));
  return (
    <Page
      title="Förderung nach der RL KommPräv"
      lead="Anträge vom Entwurf über Prüfung und Bewilligung bis zu Mittelabruf, Zwischennachweis und Verwendungsnachweis. Anträge für ein Förderjahr werden vom 31. August bis 15. Oktober des Vorjahres eingereicht; vorher ist eine Beratung durch die Geschäftsstelle des Landespräventionsrates nötig."
    >
      <p className="app-actions">
        <Link className="kern-btn kern-btn--secondary" href="/projekte">
          <span className="kern-label">Präventionsprojekte</span>
        </Link>
      </p>
      {isLpr ? (
        <section className="app-section" aria-labelledby="jahre">
          <h2 className="kern-heading-medium" id="jahre">
            Haushaltsmittel und Bewilligungen je Förderjahr
          </h2>
          <LoadedList
            query={years}
            items={years.data?.items}
            loadingLabel="Summen werden geladen …"
            empty={<p className="kern-body">Noch keine Anträge.</p>}
          >
            {(items) => (
              <DataTable
                caption="Summen je Förderjahr"
                rows={items}
                rowKey={(y) => y.year}
                stacked={false}
                columns={[
                  { header: 'Förderjahr', cell: (y) => y.year },
                  {
                    header: 'Haushaltsmittel',
                    numeric: true,
                    cell: (y) => (y.budgetCent == null ? '–' : formatEuro(y.budgetCent)),
                  },
                  { header: 'Anträge', numeric: true, cell: (y) => y.applications },
                  { header: 'beantragt', numeric: true, cell: (y) => formatEuro(y.requestedCent) },
                  { header: 'Bewilligungen', numeric: true, cell: (y) => y.approvals },
                  { header: 'bewilligt', numeric: true, cell: (y) => formatEuro(y.approvedCent) },
                  { header: 'abgerufen', numeric: true, cell: (y) => formatEuro(y.calledCent) },
                  { header: 'Rückforderungen', numeric: true, cell: (y) => formatEuro(y.repaymentCent) },
                  {
                    header: 'verfügbar',
                    numeric: true,
                    cell: (y) => (y.remainingCent == null ? '–' : formatEuro(y.remainingCent)),
                  },
                ]}
              />
            )}
          </LoadedList>
        </section>
      ) : null}
      {isLpr ? <BudgetForm onSaved={years.reload} /> : null}
      <section className="app-section" aria-labelledby="antraege">
        <h2 className="kern-heading-medium" id="antraege">
          Förderanträge
        </h2>
        <LoadedList
          query={list}
          items={list.data?.items}
          loadingLabel="Anträge werden geladen …"
          empty={
            <EmptyState title="Noch kein Förderantrag" headingLevel={3}>
              <p className="kern-body">Einen Antrag legen Sie beim Präventionsprojekt an.</p>
            </EmptyState>
          }
        >
          {(items) => (
            <DataTable
              caption="Förderanträge mit Jahr, Status und Beträgen"
              rows={items}
              rowKey={(a) => a.id}
              isDemo={(a) => a.isDemo}
              columns={[
                {
                  header: 'Projekt',
                  cell: (a) => (
                    <Link className="kern-link" href={`/foerderung/antraege/${a.id}`}>
                      {a.projectTitle}
                    </Link>
                  ),
                },
                { header: 'Kommune', cell: (a) => <NameCell name={a.municipalityName} isDemo={a.isDemo} /> },
                { header: 'Förderjahr', cell: (a) => a.fundingYear },
                {
                  header: 'Status',
                  cell: (a) => (
                    <Badge
                      type={fundingStatusBadge(a.status)}
                      label={fundingStatusLabel(a.status)}
                      icon={false}
                      small
                    />
                  ),
                },
                { header: 'eingereicht', cell: (a) => formatDate(a.submittedOn) },
                { header: 'beantragt', numeric: true, cell: (a) => formatEuro(a.requestedCent) },
                {
                  header: 'bewilligt',
                  numeric: true,
                  cell: (a) => (a.approvedCent == null ? '–' : formatEuro(a.approvedCent)),
                },
              ]}
            />
          )}
        </LoadedList>
      </section>
    </Page>
  );
}

/** The LPR sets the funds available for a funding year (Haushaltsmittel). */
function BudgetForm({ onSaved }: { onSaved: () => void }) {
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [cent, setCent] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  async function save() {
    try {
      await fundingApi.setBudget(Number(year), cent);
      setMessage(`Haushaltsmittel ${year}: ${formatEuro(cent)} gespeichert.`);
      onSaved();
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : 'Nicht gespeichert.');
    }
  }
  return (
    <section className="app-section" aria-labelledby="haushalt">
      <h2 className="kern-heading-small" id="haushalt">
        Haushaltsmittel festlegen
      </h2>
      <div className="app-form__row app-form__row--end">
        <TextField
          id="haushalt-jahr"
          label="Förderjahr"
          inputMode="numeric"
          width="small"
          value={year}
          onValueChange={setYear}
        />
        <EuroField id="haushalt-betrag" label="Haushaltsmittel in Euro" value={cent} onChange={setCent} />
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void save()}>
          <span className="kern-label">Speichern</span>
        </button>
      </div>
      {message ? (
        <p className="kern-body" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
