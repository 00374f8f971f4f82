import { type FundingApplicationView, formatEuro } from '@asskomm/contracts';
import { useState } from 'react';
import { TextAreaField } from '../../components/FormField.tsx';
import { formatDate } from '../../lib/format.ts';
import { fundingApi } from './api.ts';
import { EuroField } from './EuroField.tsx';

interface PanelProps {
  a: FundingApplicationView;
  canWrite: boolean;
  run: (step: () => Promise<FundingApplicationView>) => Promise<void>;
}

/** Calls for funds (within the approval) and the interim report due 30 April of the following year. */
export function DisbursementPanel({ a, canWrite, run }: PanelProps) {
  const approved = a.decision.approvedCent ?? 0;
  const [amount, setAmount] = useState(0);
  const [interim, setInterim] = useState('');
  return (
    <section className="app-section" aria-labelledby="auszahlung">
      <h2 className="kern-heading-medium" id="auszahlung">
        Mittelabruf und Zwischennachweis
      </h2>
      <p className="kern-body">
        Bewilligt {formatEuro(approved)}, abgerufen {formatEuro(a.calledCent)}, verfügbar{' '}
        {formatEuro(approved - a.calledCent)}.
      </p>
      {a.calls.length > 0 ? (
        <ul className="kern-list app-list">
          {a.calls.map((c) => (
            <li key={c.id}>
              {formatDate(c.calledOn)}: {formatEuro(c.amountCent)}
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite ? (
        <div className="app-form__row app-form__row--end">
          <EuroField
            id="abruf-betrag"
            label="Abzurufender Betrag in Euro"
            value={amount}
            onChange={setAmount}
          />
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => void run(() => fundingApi.callFunds(a.id, amount))}
          >
            <span className="kern-label">Mittel abrufen</span>
          </button>
        </div>
      ) : null}
      <h3 className="kern-heading-small">Zwischennachweis (fällig am {formatDate(a.interimReport.dueOn)})</h3>
      {a.interimReport.filedOn ? (
        <p className="kern-body">
          Eingereicht am {formatDate(a.interimReport.filedOn)}: {a.interimReport.text}
        </p>
      ) : a.interimReport.overdue ? (
        <p className="kern-body">
          <strong>Überfällig.</strong>
        </p>
      ) : (
        <p className="kern-body">Noch nicht eingereicht.</p>
      )}
      {canWrite && !a.interimReport.filedOn ? (
        <div className="app-form">
          <TextAreaField
            id="zwischennachweis"
            label="Sachstand"
            value={interim}
            onValueChange={setInterim}
            rows={3}
          />
          <div className="app-actions">
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => void run(() => fundingApi.interimReport(a.id, interim))}
            >
              <span className="kern-label">Zwischennachweis einreichen</span>
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
