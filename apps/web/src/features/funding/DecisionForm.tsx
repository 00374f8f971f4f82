import { formatEuro, type TFundingDecision, ZFundingDecision } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ControlledTextAreaField, ControlledTextField } from '../../components/FormControls.tsx';
import { TextAreaField } from '../../components/FormField.tsx';
import { EuroField } from './EuroField.tsx';

/** The LPR's decision: a Bewilligungsbescheid (amount ≤ requested, date, conditions) or a rejection. */
export function DecisionForm({
  requestedCent,
  onDecide,
}: {
  requestedCent: number;
  onDecide: (decision: TFundingDecision) => Promise<void>;
}) {
  const today = new Date().toISOString().slice(0, 10);
  const form = useForm<z.input<typeof ZFundingDecision>, unknown, TFundingDecision>({
    resolver: zodResolver(ZFundingDecision),
    defaultValues: { outcome: 'bewilligt', approvedCent: requestedCent, decidedOn: today, conditions: '' },
  });
  const outcome = form.watch('outcome');
  return (
    <section className="app-section" aria-labelledby="entscheidung">
      <h2 className="kern-heading-medium" id="entscheidung">
        Entscheidung (Bewilligungsbescheid)
      </h2>
      <form className="app-form" noValidate onSubmit={form.handleSubmit((d) => onDecide(d))}>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Ergebnis</legend>
          <div className="kern-fieldset__body">
            {(['bewilligt', 'abgelehnt'] as const).map((value) => (
              <div key={value} className="kern-form-check">
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={`entscheidung-${value}`}
                  checked={outcome === value}
                  onChange={() =>
                    form.reset(
                      value === 'bewilligt'
                        ? {
                            outcome: 'bewilligt',
                            approvedCent: requestedCent,
                            decidedOn: form.getValues('decidedOn'),
                            conditions: '',
                          }
                        : { outcome: 'abgelehnt', decidedOn: form.getValues('decidedOn'), reason: '' },
                    )
                  }
                />
                <label className="kern-label" htmlFor={`entscheidung-${value}`}>
                  {value === 'bewilligt' ? 'Bewilligen' : 'Ablehnen'}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {outcome === 'bewilligt' ? (
          <Controller
            control={form.control}
            name="approvedCent"
            render={({ field, fieldState }) => (
              <EuroField
                id="entscheidung-betrag"
                label="Bewilligte Zuwendung in Euro"
                hint={`Beantragt: ${formatEuro(requestedCent)}; mehr darf nicht bewilligt werden.`}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
        ) : null}
        <ControlledTextField
          control={form.control}
          name="decidedOn"
          id="entscheidung-datum"
          label="Datum des Bescheids"
          type="date"
          width="medium"
        />
        {outcome === 'bewilligt' ? (
          <Controller
            control={form.control}
            name="conditions"
            render={({ field }) => (
              <TextAreaField
                id="entscheidung-auflagen"
                label="Auflagen und Nebenbestimmungen"
                value={field.value ?? ''}
                onValueChange={field.onChange}
                rows={3}
              />
            )}
          />
        ) : (
          <ControlledTextAreaField
            control={form.control}
            name="reason"
            id="entscheidung-grund"
            label="Begründung der Ablehnung"
            rows={3}
          />
        )}
        <div className="app-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">
              {outcome === 'bewilligt' ? 'Bewilligung erteilen' : 'Ablehnung erteilen'}
            </span>
          </button>
        </div>
      </form>
    </section>
  );
}
