import {
  type TSampleDrawForm,
  type TSampleDrawFormInput,
  type WaveDetail,
  ZFurtherSampleDrawForm,
  ZSampleDrawForm,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type Path, type UseFormSetError, useForm, useWatch } from 'react-hook-form';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import {
  ControlledCheckboxField,
  ControlledFileField,
  ControlledTextField,
} from '../../../components/FormControls.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { applyServerError, summaryOf } from '../../../lib/form-errors.ts';
import { surveyApi } from '../api.ts';
import { formatNumber } from '../format.ts';
import { Progress } from '../ui.tsx';

type Field = Path<TSampleDrawFormInput>;
/** Fields the API names in its answer (multipart field names); the rest of its answer goes on top. */
const SERVER_FIELDS: readonly Field[] = [
  'file',
  'size',
  'seed',
  'letterDate',
  'reminderDate',
  'confirmAdditional',
];
const countField = (index: number) => `allocation.fixed.${index}.count` as const;

function fieldId(name: string): string {
  const row = /^allocation\.fixed\.(\d+)\.count$/.exec(name);
  return row ? `stichprobe-fixed-${row[1]}` : `stichprobe-${name}`;
}

/** What the API's draw takes (multipart, see POST /api/surveys/{id}/letter-batches). */
function drawFormData(values: TSampleDrawForm, further: boolean): FormData {
  const form = new FormData();
  form.append('file', values.file);
  if (values.seed !== undefined) form.append('seed', String(values.seed));
  if (values.size !== undefined) form.append('size', String(values.size));
  form.append(
    'allocation',
    values.allocation === 'proportional' ? 'proportional' : JSON.stringify(values.allocation),
  );
  if (values.letterDate) form.append('letterDate', values.letterDate);
  if (values.reminderDate) form.append('reminderDate', values.reminderDate);
  if (further) form.append('confirmAdditional', String(values.confirmAdditional));
  return form;
}

/**
 * A refused register lists its faulty lines in `details`; the first is already in the message, the next
 * nine go into the error summary as well.
 */
function applyReportLines(error: unknown, setError: UseFormSetError<TSampleDrawFormInput>) {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return;
  const lines = (error.details as { text?: string; message?: string }[]).slice(1, 10);
  lines.forEach((line, index) => {
    const message = line.text ?? line.message;
    if (message) setError(`root.line${index + 1}`, { message });
  });
}

interface SampleDrawFormProps {
  wave: WaveDetail;
  /** The letter job the draw started (null while a new draw is sent or after it failed). */
  onJob: (jobId: number | null) => void;
}

/** Register upload, sample size, seed, allocation and letter dates; starts the draw as a background job. */
export function SampleDrawForm({ wave, onJob }: SampleDrawFormProps) {
  const districts = wave.config.districts;
  const activeRuns = wave.sampleRuns.filter((r) => !r.voidedAt);
  const further = activeRuns.length > 0;
  const [attempt, setAttempt] = useState(0);
  const form = useForm<TSampleDrawFormInput, unknown, TSampleDrawForm>({
    resolver: zodResolver(further ? ZFurtherSampleDrawForm : ZSampleDrawForm),
    defaultValues: {
      file: null,
      size: wave.sampleSize ? String(wave.sampleSize) : '',
      seed: '',
      allocation: { mode: 'proportional', fixed: districts.map((district) => ({ district, count: '' })) },
      letterDate: '',
      reminderDate: '',
      confirmAdditional: false,
    },
  });
  const mode = useWatch({ control: form.control, name: 'allocation.mode' });
  const draw = useMutation({ mutationFn: (data: FormData) => surveyApi.startLetterBatch(wave.id, data) });

  async function submit(values: TSampleDrawForm) {
    onJob(null);
    try {
      const job = await draw.mutateAsync(drawFormData(values, further));
      onJob(job.id);
    } catch (error) {
      // Without the checkbox on the page (another draw happened meanwhile), the API's explanation goes on top.
      const known = further ? SERVER_FIELDS : SERVER_FIELDS.filter((name) => name !== 'confirmAdditional');
      applyServerError(error, known, form.setError);
      applyReportLines(error, form.setError);
      setAttempt((a) => a + 1);
      return;
    }
    // The options stay for a further draw; the file and the confirmation are asked for again.
    form.reset({ ...form.getValues(), file: null, confirmAdditional: false });
  }

  const order: Field[] = [
    'file',
    'size',
    'seed',
    ...(mode === 'fixed' ? districts.map((_, i) => countField(i)) : []),
    'letterDate',
    'reminderDate',
    'confirmAdditional',
  ];
  const controlled = { control: form.control } as const;
  return (
    <form
      className="app-form app-form--wide"
      noValidate
      onSubmit={form.handleSubmit(submit, () => setAttempt((a) => a + 1))}
    >
      <h3 className="kern-heading-small">Stichprobe ziehen und Briefe erzeugen</h3>
      <ErrorSummary errors={summaryOf(order, form.formState.errors, fieldId)} attempt={attempt} />
      <ControlledFileField
        {...controlled}
        name="file"
        id={fieldId('file')}
        label="Registerauszug (CSV)"
        hint="Spalten: ID, Geburtsjahr, Geschlecht, Ortsteil und die Anschrift. Fehlerhafte Zeilen werden mit ihrer Zeilennummer gemeldet; dann wird nichts gezogen."
        accept=".csv,text/csv"
      />
      <div className="app-form__row">
        <ControlledTextField
          {...controlled}
          name="size"
          id={fieldId('size')}
          label="Stichprobengröße"
          inputMode="numeric"
          width="medium"
        />
        <ControlledTextField
          {...controlled}
          name="seed"
          id={fieldId('seed')}
          label="Startwert des Zufallsgenerators"
          hint="Leer lassen: Der Server wählt einen und nennt ihn."
          inputMode="numeric"
          width="medium"
          optional
        />
      </div>
      {districts.length > 0 ? (
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Aufteilung auf die Ortsteile</legend>
          <div className="kern-fieldset__body">
            <div className="kern-form-check">
              <input
                {...form.register('allocation.mode')}
                className="kern-form-check__radio"
                type="radio"
                id="stichprobe-proportional"
                value="proportional"
              />
              <label className="kern-label" htmlFor="stichprobe-proportional">
                Proportional zur Einwohnerzahl der Ortsteile
              </label>
            </div>
            <div className="kern-form-check">
              <input
                {...form.register('allocation.mode')}
                className="kern-form-check__radio"
                type="radio"
                id="stichprobe-fest"
                value="fixed"
              />
              <label className="kern-label" htmlFor="stichprobe-fest">
                Feste Anzahl je Ortsteil (z. B. kleine Ortsteile stärker)
              </label>
            </div>
          </div>
        </fieldset>
      ) : null}
      {mode === 'fixed' ? (
        <div className="app-form__grid">
          {districts.map((district, i) => (
            <ControlledTextField
              {...controlled}
              key={district}
              name={countField(i)}
              id={fieldId(countField(i))}
              label={district}
              inputMode="numeric"
              width="medium"
            />
          ))}
        </div>
      ) : null}
      <div className="app-form__row">
        <ControlledTextField
          {...controlled}
          name="letterDate"
          id={fieldId('letterDate')}
          label="Datum der Einladung"
          type="date"
          optional
        />
        <ControlledTextField
          {...controlled}
          name="reminderDate"
          id={fieldId('reminderDate')}
          label="Datum der Erinnerung"
          type="date"
          optional
        />
      </div>
      {further ? (
        <ControlledCheckboxField
          {...controlled}
          name="confirmAdditional"
          id={fieldId('confirmAdditional')}
          label={`Ja, zusätzlich zu den bisherigen ${formatNumber(
            activeRuns.reduce((sum, r) => sum + r.sampleSize, 0),
          )} Anschreiben eine weitere Stichprobe ziehen. Die Rücklaufquote bezieht sich dann auf alle Briefe.`}
        />
      ) : null}
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={draw.isPending}>
          <span className="kern-label">
            {further ? 'Weitere Stichprobe ziehen' : 'Stichprobe ziehen und Briefe erzeugen'}
          </span>
        </button>
      </div>
      {draw.isPending ? (
        <Progress label="Die Stichprobe wird gezogen und die Briefe werden gesetzt. Das dauert einige Sekunden …" />
      ) : null}
    </form>
  );
}
