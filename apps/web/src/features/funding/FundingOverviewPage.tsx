import { formatEuro } from '@asskomm/contracts';
import { useState } from 'react';
import { Badge, DemoBadge } from '../../components/Badge.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
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
          {years.error ? <ErrorMessage error={years.error} onRetry={years.reload} /> : null}
          {years.data && years.data.items.length === 0 ? (
            <p className="kern-body">Noch keine Anträge.</p>
          ) : null}
          {years.data && years.data.items.length > 0 ? (
            <div className="kern-table-responsive">
              <table className="kern-table kern-table--striped">
                <caption className="kern-sr-only">Summen je Förderjahr</caption>
                <thead>
                  <tr className="kern-table__row">
                    {[
                      'Förderjahr',
                      'Haushaltsmittel',
                      'Anträge',
                      'beantragt',
                      'Bewilligungen',
                      'bewilligt',
                      'abgerufen',
                      'Rückforderungen',
                      'verfügbar',
                    ].map((h, i) => (
                      <th
                        key={h}
                        scope="col"
                        className={`kern-table__header${i > 0 ? ' kern-table__header--numeric' : ''}`}
                      >
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {years.data.items.map((y) => (
                    <tr key={y.year} className="kern-table__row">
                      <th scope="row" className="kern-table__header">
                        {y.year}
                      </th>
                      <td className="kern-table__cell kern-table__cell--numeric">
                        {y.budgetCent == null ? '–' : formatEuro(y.budgetCent)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric">{y.applications}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">
                        {formatEuro(y.requestedCent)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric">{y.approvals}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">
                        {formatEuro(y.approvedCent)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric">
                        {formatEuro(y.calledCent)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric">
                        {formatEuro(y.repaymentCent)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric">
                        {y.remainingCent == null ? '–' : formatEuro(y.remainingCent)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ) : null}
      {isLpr ? <BudgetForm onSaved={years.reload} /> : null}
      <section className="app-section" aria-labelledby="antraege">
        <h2 className="kern-heading-medium" id="antraege">
          Förderanträge
        </h2>
        {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
        {list.loading && !list.data ? <Loading label="Anträge werden geladen …" /> : null}
        {list.data && list.data.items.length === 0 ? (
          <EmptyState title="Noch kein Förderantrag" headingLevel={3}>
            <p className="kern-body">Einen Antrag legen Sie beim Präventionsprojekt an.</p>
          </EmptyState>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--striped app-table-stack">
              <caption className="kern-sr-only">Förderanträge mit Jahr, Status und Beträgen</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    Projekt
                  </th>
                  <th scope="col" className="kern-table__header">
                    Kommune
                  </th>
                  <th scope="col" className="kern-table__header">
                    Förderjahr
                  </th>
                  <th scope="col" className="kern-table__header">
                    Status
                  </th>
                  <th scope="col" className="kern-table__header">
                    eingereicht
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    beantragt
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    bewilligt
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {list.data.items.map((a) => (
                  <tr key={a.id} className={`kern-table__row${a.isDemo ? ' app-row--demo' : ''}`}>
                    <th scope="row" className="kern-table__header app-table-stack__title">
                      <Link className="kern-link" href={`/foerderung/antraege/${a.id}`}>
                        {a.projectTitle}
                      </Link>
                    </th>
                    <td className="kern-table__cell" data-label="Kommune">
                      <span className="app-name-cell">
                        {a.municipalityName}
                        {a.isDemo ? <DemoBadge small /> : null}
                      </span>
                    </td>
                    <td className="kern-table__cell" data-label="Förderjahr">
                      {a.fundingYear}
                    </td>
                    <td className="kern-table__cell" data-label="Status">
                      <Badge
                        type={fundingStatusBadge(a.status)}
                        label={fundingStatusLabel(a.status)}
                        icon={false}
                        small
                      />
                    </td>
                    <td className="kern-table__cell" data-label="eingereicht">
                      {formatDate(a.submittedOn)}
                    </td>
                    <td className="kern-table__cell kern-table__cell--numeric" data-label="beantragt">
                      {formatEuro(a.requestedCent)}
                    </td>
                    <td className="kern-table__cell kern-table__cell--numeric" data-label="bewilligt">
                      {a.approvedCent == null ? '–' : formatEuro(a.approvedCent)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
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
