import { type FundingApplicationView, formatEuro } from '@asskomm/contracts';
import { useState } from 'react';
import { FileField, TextAreaField, TextField } from '../../components/FormField.tsx';
import { formatDate } from '../../lib/format.ts';
import { fundingApi } from './api.ts';
import { EuroField } from './EuroField.tsx';

interface PanelProps {
  a: FundingApplicationView;
  canWrite: boolean;
  run: (step: () => Promise<FundingApplicationView>) => Promise<void>;
}

/** The proof of use: factual report, receipts list with scans (PDF, JPEG, PNG up to 5 MB), submission. */
export function ProofPanel({ a, canWrite, run }: PanelProps) {
  const [report, setReport] = useState(a.proof.report);
  const [ownSpent, setOwnSpent] = useState(a.proof.ownShareSpentCent);
  const [receipt, setReceipt] = useState({ paidOn: '', payee: '', purpose: '', amountCent: 0 });
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(0);

  async function addReceipt() {
    await run(async () => {
      const next = await fundingApi.addReceipt(a.id, receipt);
      const added = next.proof.receipts.at(-1);
      // The scan goes with the new receipt; its type and size are checked by the server.
      return file && added ? fundingApi.uploadReceipt(a.id, added.id, file) : next;
    });
    setReceipt({ paidOn: '', payee: '', purpose: '', amountCent: 0 });
    setFile(null);
    setFormKey((k) => k + 1);
  }

  return (
    <section className="app-section" aria-labelledby="nachweis">
      <h2 className="kern-heading-medium" id="nachweis">
        Verwendungsnachweis
      </h2>
      {a.proof.submittedOn ? (
        <p className="kern-body">
          Eingereicht am {formatDate(a.proof.submittedOn)}: {formatEuro(a.proof.spentCent ?? 0)} aus der
          Zuwendung verausgabt.
        </p>
      ) : null}
      {canWrite ? (
        <div className="app-form app-form--wide">
          <TextAreaField
            id="nachweis-bericht"
            label="Sachbericht"
            hint="Was wurde umgesetzt und erreicht?"
            value={report}
            onValueChange={setReport}
            rows={4}
          />
          <EuroField
            id="nachweis-eigenanteil"
            label="Verausgabter Eigenanteil in Euro"
            value={ownSpent}
            onChange={setOwnSpent}
          />
          <div className="app-actions">
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => void run(() => fundingApi.saveProof(a.id, report, ownSpent))}
            >
              <span className="kern-label">Sachbericht speichern</span>
            </button>
          </div>
        </div>
      ) : a.proof.report ? (
        <p className="kern-body app-pre-line">{a.proof.report}</p>
      ) : null}
      <h3 className="kern-heading-small">Belegliste (Ausgaben aus der Zuwendung)</h3>
      {a.proof.receipts.length === 0 ? (
        <p className="kern-body">Noch keine Belege.</p>
      ) : (
        <div className="kern-table-responsive">
          <table className="kern-table">
            <caption className="kern-sr-only">Belege mit Datum, Empfänger, Zweck, Betrag und Datei</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Datum
                </th>
                <th scope="col" className="kern-table__header">
                  Empfänger
                </th>
                <th scope="col" className="kern-table__header">
                  Zweck
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Betrag
                </th>
                <th scope="col" className="kern-table__header">
                  Beleg
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {a.proof.receipts.map((r) => (
                <tr key={r.id} className="kern-table__row">
                  <td className="kern-table__cell">{formatDate(r.paidOn)}</td>
                  <td className="kern-table__cell">{r.payee ?? '(nicht sichtbar)'}</td>
                  <td className="kern-table__cell">{r.purpose}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(r.amountCent)}</td>
                  <td className="kern-table__cell">
                    {r.document ? (
                      <a className="kern-link" href={fundingApi.receiptUrl(a.id, r.id)}>
                        {r.document.name}
                      </a>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="kern-body">
        Summe der Belege: <strong>{formatEuro(a.proof.receiptsCent)}</strong> von{' '}
        {formatEuro(a.decision.approvedCent ?? 0)} bewilligt.
      </p>
      {canWrite ? (
        <fieldset className="kern-fieldset" key={formKey}>
          <legend className="kern-heading-small">Beleg erfassen</legend>
          <div className="app-fieldset-body">
            <div className="app-form__row">
              <TextField
                id="beleg-datum"
                label="Zahlungsdatum"
                type="date"
                value={receipt.paidOn}
                onValueChange={(paidOn) => setReceipt({ ...receipt, paidOn })}
              />
              <TextField
                id="beleg-empfaenger"
                label="Empfänger"
                value={receipt.payee}
                onValueChange={(payee) => setReceipt({ ...receipt, payee })}
              />
            </div>
            <div className="app-form__row">
              <TextField
                id="beleg-zweck"
                label="Zweck"
                value={receipt.purpose}
                onValueChange={(purpose) => setReceipt({ ...receipt, purpose })}
              />
              <EuroField
                id="beleg-betrag"
                label="Betrag in Euro"
                value={receipt.amountCent}
                onChange={(amountCent) => setReceipt({ ...receipt, amountCent })}
              />
            </div>
            <FileField
              id="beleg-datei"
              label="Belegdatei (PDF, JPEG oder PNG, höchstens 5 MB)"
              optional
              accept="application/pdf,image/jpeg,image/png"
              onFile={setFile}
            />
            <div className="app-actions">
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                onClick={() => void addReceipt()}
              >
                <span className="kern-label">Beleg hinzufügen</span>
              </button>
            </div>
          </div>
        </fieldset>
      ) : null}
      {canWrite ? (
        <div className="app-actions">
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => void run(() => fundingApi.step(a.id, 'proof/submit'))}
          >
            <span className="kern-label">Verwendungsnachweis einreichen</span>
          </button>
        </div>
      ) : null}
    </section>
  );
}
