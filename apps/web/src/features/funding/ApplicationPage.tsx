import { type FundingApplicationView, formatEuro } from '@asskomm/contracts';
import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Badge, DemoBadge } from '../../components/Badge.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Fact } from '../../components/Fact.tsx';
import { TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { queryClient, useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { fundingApi } from './api.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { DisbursementPanel } from './DisbursementPanel.tsx';
import { fundingStatusBadge, fundingStatusLabel } from './format.ts';
import { PlanEditor } from './PlanEditor.tsx';
import { ProofPanel } from './ProofPanel.tsx';

/** One application: plan, submission, the LPR's review and decision, calls, interim report, proof of use. */
export function ApplicationPage({ id }: { id: number }) {
  const { user } = useAuth();
  const key = ['funding', 'application', id];
  const { data: a, error, reload } = useApiQuery(key, (signal) => fundingApi.get(id, signal));
  const [actionError, setActionError] = useState<ApiError | null>(null);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (!a) return <Loading label="Förderantrag wird geladen …" />;
  const isLpr = user?.role === 'admin';
  // The municipality files; the LPR may too through the API, but its screen shows its own steps.
  const canWrite = user?.role === 'kommune' && user.ags === a.ags;

  /** Runs a step; the answer is the whole application, which replaces the cached one. */
  async function run(step: () => Promise<FundingApplicationView>): Promise<void> {
    setActionError(null);
    try {
      const next = await step();
      queryClient.setQueryData(key, next);
      void queryClient.invalidateQueries({ queryKey: ['funding', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['projects'] });
    } catch (e) {
      if (e instanceof ApiError) setActionError(e);
      else throw e;
    }
  }

  return (
    <Page
      title={`Förderantrag ${a.fundingYear}: ${a.projectTitle}`}
      titleAddon={
        <>
          <Badge
            type={fundingStatusBadge(a.status)}
            label={fundingStatusLabel(a.status)}
            icon={false}
            srPrefix="Status:"
          />
          {a.isDemo ? <DemoBadge /> : null}
        </>
      }
      before={
        <nav aria-label="Brotkrümelnavigation" className="app-breadcrumbs">
          <ol className="app-breadcrumbs__list">
            <li>
              <Link className="kern-link" href="/foerderung">
                Förderung
              </Link>
            </li>
            <li aria-current="page">Antrag {a.id}</li>
          </ol>
        </nav>
      }
    >
      <dl className="kern-description-list">
        <Fact label="Kommune">{a.municipalityName}</Fact>
        <Fact label="Projekt">
          <Link className="kern-link" href={`/projekte/${a.projectId}`}>
            {a.projectTitle}
          </Link>
        </Fact>
        <Fact label="Antragsfrist">
          {formatDate(a.window.opens)} bis {formatDate(a.window.closes)}
        </Fact>
        <Fact label="Beantragt">{formatEuro(a.plan.financing.requestedCent)}</Fact>
        {a.submittedOn ? <Fact label="Eingereicht am">{formatDate(a.submittedOn)}</Fact> : null}
        {a.consultation ? (
          <Fact label="Beratung durch den LPR">
            {formatDate(a.consultation.heldOn)}: {a.consultation.topic}
          </Fact>
        ) : null}
        {a.decision.approvedCent != null ? (
          <Fact label="Bewilligt">
            {formatEuro(a.decision.approvedCent)} am {formatDate(a.decision.decidedOn)}
          </Fact>
        ) : null}
        {a.decision.conditions ? <Fact label="Auflagen">{a.decision.conditions}</Fact> : null}
        {a.decision.rejectionReason ? <Fact label="Ablehnung">{a.decision.rejectionReason}</Fact> : null}
        {a.repayment.repaymentCent ? (
          <Fact label="Rückforderung">
            {formatEuro(a.repayment.repaymentCent)}
            {a.repayment.repaidOn ? `, zurückgezahlt am ${formatDate(a.repayment.repaidOn)}` : ', offen'}
          </Fact>
        ) : null}
      </dl>
      <p className="app-actions">
        <a className="kern-btn kern-btn--secondary" href={fundingApi.formUrl(a.id)} download>
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">Antragsformular (PDF)</span>
        </a>
      </p>
      {actionError ? (
        <Alert type="danger" title="Das ging nicht" live="alert">
          <p className="kern-body" data-testid="rule-error">
            {actionError.message}
          </p>
        </Alert>
      ) : null}

      {a.status === 'entwurf' && canWrite ? (
        <section className="app-section" aria-labelledby="plan">
          <h2 className="kern-heading-medium" id="plan">
            Kosten- und Finanzierungsplan
          </h2>
          <PlanEditor plan={a.plan} onSave={(plan) => run(() => fundingApi.savePlan(a.id, plan))} />
          <h2 className="kern-heading-medium">Antrag einreichen</h2>
          {a.hints.length > 0 ? (
            <Alert type="warning" title="Vor dem Einreichen zu klären">
              <ul className="kern-list">
                {a.hints.map((h) => (
                  <li key={h.code}>{h.message}</li>
                ))}
              </ul>
            </Alert>
          ) : (
            <p className="kern-body">
              Alle Regeln sind erfüllt. Mit dem Einreichen geht der Antrag an die Geschäftsstelle des LPR.
            </p>
          )}
          <div className="app-actions">
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              onClick={() => void run(() => fundingApi.step(a.id, 'submit'))}
            >
              <span className="kern-label">Antrag einreichen</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() => void run(() => fundingApi.step(a.id, 'withdraw'))}
            >
              <span className="kern-label">Antrag zurückziehen</span>
            </button>
          </div>
        </section>
      ) : (
        <PlanSummary a={a} />
      )}

      {isLpr && a.status === 'eingereicht' ? (
        <section className="app-section" aria-labelledby="pruefung">
          <h2 className="kern-heading-medium" id="pruefung">
            Prüfung durch den LPR
          </h2>
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => void run(() => fundingApi.step(a.id, 'review'))}
          >
            <span className="kern-label">Prüfung beginnen</span>
          </button>
        </section>
      ) : null}
      {isLpr && a.status === 'in_pruefung' ? (
        <DecisionForm
          requestedCent={a.plan.financing.requestedCent}
          onDecide={(d) => run(() => fundingApi.decide(a.id, d))}
        />
      ) : null}
      {a.decision.approvedCent != null ? (
        <DisbursementPanel a={a} canWrite={canWrite && a.status === 'bewilligt'} run={run} />
      ) : null}
      {a.decision.approvedCent != null ? (
        <ProofPanel a={a} canWrite={canWrite && a.status === 'bewilligt'} run={run} />
      ) : null}
      {isLpr && a.status === 'nachweis_eingereicht' ? (
        <section className="app-section" aria-labelledby="nachweis-pruefung">
          <h2 className="kern-heading-medium" id="nachweis-pruefung">
            Verwendungsnachweis prüfen
          </h2>
          <p className="kern-body">
            Ausgezahlt {formatEuro(a.calledCent)}, nachgewiesen {formatEuro(a.proof.spentCent ?? 0)}. Nicht
            verwendete Mittel werden zurückgefordert.
          </p>
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => void run(() => fundingApi.step(a.id, 'proof/check'))}
          >
            <span className="kern-label">Nachweis geprüft</span>
          </button>
        </section>
      ) : null}
      {isLpr && a.status === 'rueckforderung' ? <RepaymentForm a={a} run={run} /> : null}
    </Page>
  );
}

function PlanSummary({ a }: { a: FundingApplicationView }) {
  return (
    <section className="app-section" aria-labelledby="plan">
      <h2 className="kern-heading-medium" id="plan">
        Kosten- und Finanzierungsplan
      </h2>
      <div className="kern-table-responsive">
        <table className="kern-table">
          <caption className="kern-sr-only">Ausgaben und Finanzierung</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                Position
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Betrag
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {a.plan.items.map((i, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: plan items have no id and never reorder here.
              <tr key={n} className="kern-table__row">
                <th scope="row" className="kern-table__header">
                  {i.description}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(i.amountCent)}</td>
              </tr>
            ))}
            <tr className="kern-table__row">
              <th scope="row" className="kern-table__header">
                Summe der Ausgaben
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatEuro(a.sums.totalCostCent)}
              </td>
            </tr>
            <tr className="kern-table__row">
              <th scope="row" className="kern-table__header">
                Eigenanteil (Geld und Eigenleistung)
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatEuro(a.sums.ownShareCent)}
              </td>
            </tr>
            <tr className="kern-table__row">
              <th scope="row" className="kern-table__header">
                Beantragte Zuwendung
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatEuro(a.plan.financing.requestedCent)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The LPR records that the unused money came back; the case closes. */
function RepaymentForm({
  a,
  run,
}: {
  a: FundingApplicationView;
  run: (step: () => Promise<FundingApplicationView>) => Promise<void>;
}) {
  const [repaidOn, setRepaidOn] = useState('');
  return (
    <section className="app-section" aria-labelledby="rueckzahlung">
      <h2 className="kern-heading-medium" id="rueckzahlung">
        Rückzahlung erfassen
      </h2>
      <p className="kern-body">Zurückzufordern: {formatEuro(a.repayment.repaymentCent ?? 0)}.</p>
      <div className="app-form__row app-form__row--end">
        <TextField
          id="rueckzahlung-datum"
          label="Eingang der Rückzahlung"
          type="date"
          width="medium"
          value={repaidOn}
          onValueChange={setRepaidOn}
        />
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          onClick={() => void run(() => fundingApi.repayment(a.id, repaidOn))}
        >
          <span className="kern-label">Rückzahlung erfassen</span>
        </button>
      </div>
    </section>
  );
}
