import {
  type FundingApplicationView,
  formatEuro,
  type TReceiptForm,
  type TReceiptFormInput,
  ZReceiptForm,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledFileField, ControlledTextField } from '../../components/FormControls.tsx';
import { TextAreaField } from '../../components/FormField.tsx';
import { summaryOf } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/format.ts';
import { fundingApi } from './api.ts';
import { ControlledEuroField, EuroField } from './EuroField.tsx';

const RECEIPT_ORDER = ['paidOn', 'payee', 'purpose', 'amountCent', 'file'] as const;
const RECEIPT_IDS: Record<string, string> = {
  paidOn: 'beleg-datum',
  payee: 'beleg-empfaenger',
  purpose: 'beleg-zweck',
  amountCent: 'beleg-betrag',
  file: 'beleg-datei',
};
const receiptId = (name: string) => RECEIPT_IDS[name] ?? name;
const EMPTY_RECEIPT: TReceiptFormInput = { paidOn: '', payee: '', purpose: '', amountCent: 0, file: null };

interface PanelProps {
  a: FundingApplicationView;
  canWrite: boolean;
  run: (step: () => Promise<FundingApplicationView>) => Promise<void>;
}

/** The proof of use: factual report, receipts list with scans (PDF, JPEG, PNG up to 5 MB), submission. */
export function ProofPanel({ a, canWrite, run }: PanelProps) {
  const [report, setReport] = useState(a.proof.report);
  const [ownSpent, setOwnSpent] = useState(a.proof.ownShareSpentCent);
  const receiptForm = useForm<TReceiptFormInput, unknown, TReceiptForm>({
    resolver: zodResolver(ZReceiptForm),
    defaultValues: EMPTY_RECEIPT,
  });
  const [attempt, setAttempt] = useState(0);
  // The euro field keeps the text as typed; a new key empties it after a receipt was added.
  const [formKey, setFormKey] = useState(0);

  async function addReceipt({ file, ...receipt }: TReceiptForm) {
    let added = false;
    await run(async () => {
      const next = await fundingApi.addReceipt(a.id, receipt);
      added = true;
      const created = next.proof.receipts.at(-1);
      // The scan goes with the new receipt; the server checks its type and size again.
      return file && created ? fundingApi.uploadReceipt(a.id, created.id, file) : next;
    });
    // A refused receipt stays in the form (the page shows why) so nothing has to be typed again.
    if (added) {
      receiptForm.reset(EMPTY_RECEIPT);
      setFormKey((k) => k + 1);
    }
  }
  const controlled = { control: receiptForm.control } as const;

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
        <form
          key={formKey}
          noValidate
          aria-labelledby="beleg-erfassen"
          onSubmit={receiptForm.handleSubmit(addReceipt, () => setAttempt((n) => n + 1))}
        >
          <fieldset className="kern-fieldset">
            <legend className="kern-heading-small" id="beleg-erfassen">
              Beleg erfassen
            </legend>
            <div className="app-fieldset-body">
              <ErrorSummary
                errors={summaryOf(RECEIPT_ORDER, receiptForm.formState.errors, receiptId)}
                attempt={attempt}
              />
              <div className="app-form__row">
                <ControlledTextField
                  {...controlled}
                  name="paidOn"
                  id={receiptId('paidOn')}
                  label="Zahlungsdatum"
                  type="date"
                />
                <ControlledTextField {...controlled} name="payee" id={receiptId('payee')} label="Empfänger" />
              </div>
              <div className="app-form__row">
                <ControlledTextField {...controlled} name="purpose" id={receiptId('purpose')} label="Zweck" />
                <ControlledEuroField
                  {...controlled}
                  name="amountCent"
                  id={receiptId('amountCent')}
                  label="Betrag in Euro"
                />
              </div>
              <ControlledFileField
                {...controlled}
                name="file"
                id={receiptId('file')}
                label="Belegdatei (PDF, JPEG oder PNG, höchstens 5 MB)"
                optional
                accept="application/pdf,image/jpeg,image/png"
              />
              <div className="app-actions">
                <button type="submit" className="kern-btn kern-btn--secondary">
                  <span className="kern-label">Beleg hinzufügen</span>
                </button>
              </div>
            </div>
          </fieldset>
        </form>
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
