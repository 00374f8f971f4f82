import {
  COST_CATEGORIES,
  COST_CATEGORY_LABELS,
  formatEuro,
  formatShare,
  sumCent,
  type TFundingPlan,
  ZFundingPlan,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../../components/FormField.tsx';
import { applyServerError, summaryOf } from '../../lib/form-errors.ts';
import { EuroField } from './EuroField.tsx';

const safeSum = (xs: number[]) => {
  try {
    return sumCent(xs.map((x) => (Number.isSafeInteger(x) ? x : 0)));
  } catch {
    return 0;
  }
};

/** What the plan breaks right now (the server checks the same rules, and window and consultation, on submit). */
export function liveHints(plan: TFundingPlan): string[] {
  const total = safeSum(plan.items.map((i) => i.amountCent));
  const investive = safeSum(plan.items.filter((i) => i.category === 'investiv').map((i) => i.amountCent));
  const f = plan.financing;
  const own = safeSum([f.ownCashCent, f.ownInKindCent]);
  const financing = safeSum([f.ownCashCent, f.ownInKindCent, f.thirdPartyCent, f.requestedCent]);
  const hints: string[] = [];
  if (investive > 0) hints.push(`Investive Ausgaben (${formatEuro(investive)}) sind nicht förderfähig.`);
  if (total !== financing)
    hints.push(
      `Ausgaben (${formatEuro(total)}) und Finanzierung (${formatEuro(financing)}) sind nicht ausgeglichen.`,
    );
  const eligible = total - investive;
  if (BigInt(f.requestedCent || 0) * 10n > BigInt(eligible) * 9n)
    hints.push(
      `Die Zuwendung ist ${formatShare(f.requestedCent || 0, eligible)} der förderfähigen Ausgaben; höchstens 90 % sind möglich.`,
    );
  if (total > 0 && BigInt(own) * 10n < BigInt(total))
    hints.push(`Der Eigenanteil ist ${formatShare(own, total)}; mindestens 10 % der Ausgaben sind nötig.`);
  return hints;
}

const ORDER = [
  'items',
  'financing.ownCashCent',
  'financing.ownInKindCent',
  'financing.thirdPartyCent',
  'financing.requestedCent',
] as const;

/** The cost and financing plan of a draft, with live sums and rule hints. */
export function PlanEditor({
  plan,
  onSave,
}: {
  plan: TFundingPlan;
  onSave: (plan: TFundingPlan) => Promise<void>;
}) {
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const form = useForm<z.input<typeof ZFundingPlan>, unknown, TFundingPlan>({
    resolver: zodResolver(ZFundingPlan),
    defaultValues: plan,
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const values = form.watch();
  const total = safeSum((values.items ?? []).map((i) => i.amountCent));
  const f = values.financing ?? {};
  const hints = liveHints({
    items: values.items ?? [],
    financing: {
      ownCashCent: f.ownCashCent ?? 0,
      ownInKindCent: f.ownInKindCent ?? 0,
      thirdPartyCent: f.thirdPartyCent ?? 0,
      requestedCent: f.requestedCent ?? 0,
    },
  });
  const errors = summaryOf(ORDER as never, form.formState.errors);
  const itemErrors = form.formState.errors.items;

  async function onValid(next: TFundingPlan) {
    setSaved(false);
    try {
      await onSave(next);
      setSaved(true);
    } catch (error) {
      applyServerError(error, ORDER as never, form.setError);
      setAttempt((a) => a + 1);
    }
  }

  return (
    <form
      className="app-form app-form--wide"
      noValidate
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <ErrorSummary errors={errors} attempt={attempt} />
      <fieldset className="kern-fieldset">
        <legend className="kern-heading-small">Ausgabenplan</legend>
        <div className="app-plan">
          {items.fields.length === 0 ? (
            <p className="kern-body">Noch keine Ausgaben. Fügen Sie die erste Position hinzu.</p>
          ) : null}
          {items.fields.map((field, index) => (
            <div key={field.id} className="app-plan-row">
              <Controller
                control={form.control}
                name={`items.${index}.description`}
                render={({ field: f }) => (
                  <TextField
                    id={`plan-item-${index}-description`}
                    label={`Position ${index + 1}`}
                    value={f.value}
                    onValueChange={f.onChange}
                    error={itemErrors?.[index]?.description?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name={`items.${index}.category`}
                render={({ field: f }) => (
                  <SelectField
                    id={`plan-item-${index}-category`}
                    label="Kategorie"
                    value={f.value}
                    onValueChange={f.onChange}
                    options={COST_CATEGORIES.map((c) => ({ value: c, label: COST_CATEGORY_LABELS[c] }))}
                  />
                )}
              />
              <Controller
                control={form.control}
                name={`items.${index}.amountCent`}
                render={({ field: f }) => (
                  <EuroField
                    id={`plan-item-${index}-amount`}
                    label="Betrag in Euro"
                    value={f.value}
                    onChange={f.onChange}
                    error={itemErrors?.[index]?.amountCent?.message}
                  />
                )}
              />
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                onClick={() => items.remove(index)}
              >
                <span className="kern-label">
                  Entfernen<span className="app-sr-only"> (Position {index + 1})</span>
                </span>
              </button>
            </div>
          ))}
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => items.append({ category: 'sachmittel', description: '', amountCent: 0 })}
          >
            <span className="kern-label">Position hinzufügen</span>
          </button>
          <p className="kern-body" aria-live="polite">
            Summe der Ausgaben: <strong data-testid="plan-total">{formatEuro(total)}</strong>
          </p>
        </div>
      </fieldset>
      <fieldset className="kern-fieldset">
        <legend className="kern-heading-small">Finanzierungsplan</legend>
        <div className="app-plan-financing">
          {(
            [
              ['ownCashCent', 'Eigenanteil: Geld'],
              ['ownInKindCent', 'Eigenanteil: Eigenleistung/Sachmittel'],
              ['thirdPartyCent', 'Drittmittel'],
              ['requestedCent', 'Beantragte Zuwendung'],
            ] as const
          ).map(([name, label]) => (
            <Controller
              key={name}
              control={form.control}
              name={`financing.${name}`}
              render={({ field: f, fieldState }) => (
                <EuroField
                  id={`plan-${name}`}
                  label={label}
                  value={f.value ?? 0}
                  onChange={f.onChange}
                  error={fieldState.error?.message}
                  hint={
                    total > 0
                      ? `${formatShare(Number.isSafeInteger(f.value) ? (f.value ?? 0) : 0, total)} der Ausgaben`
                      : undefined
                  }
                />
              )}
            />
          ))}
        </div>
      </fieldset>
      <div aria-live="polite">
        {hints.length > 0 ? (
          <Alert type="warning" title="Hinweise zu den Förderregeln">
            <ul className="kern-list">
              {hints.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          </Alert>
        ) : total > 0 ? (
          <Alert type="success" title="Der Plan erfüllt die Förderregeln">
            <p className="kern-body">
              Höchstens 90 % Zuwendung, mindestens 10 % Eigenanteil, keine investiven Ausgaben, ausgeglichen.
            </p>
          </Alert>
        ) : null}
        {saved ? (
          <p className="kern-body" role="status">
            Der Plan ist gespeichert.
          </p>
        ) : null}
      </div>
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={form.formState.isSubmitting}>
          <span className="kern-label">Plan speichern</span>
        </button>
      </div>
    </form>
  );
}
