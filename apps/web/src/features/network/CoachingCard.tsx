import { type CoachingView, ZCoachingInput, ZMilestone } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../components/FormControls.tsx';
import { CheckboxField, TextAreaField } from '../../components/FormField.tsx';
import { errorList, fieldId, serverMessage } from '../../lib/form-errors.ts';
import { formatDate, formatDecimal, todayIso } from '../../lib/format.ts';
import { networkApi, networkKeys } from './api.ts';

type MilestoneInput = z.input<typeof ZMilestone>;
type Milestone = z.output<typeof ZMilestone>;
const ZNotes = z.strictObject({ notes: ZCoachingInput.shape.notes });

function useUpdate(engagement: CoachingView) {
  const queryClient = useQueryClient();
  return useMutation({
    // Pending until the lists show the change: the next edit builds on what was saved.
    mutationFn: async (update: Parameters<typeof networkApi.updateCoaching>[1]) => {
      const saved = await networkApi.updateCoaching(engagement.id, update);
      await queryClient.invalidateQueries({ queryKey: networkKeys.all });
      return saved;
    },
  });
}

function MilestoneForm({ engagement }: { engagement: CoachingView }) {
  const prefix = `meilenstein-${engagement.id}`;
  const [attempt, setAttempt] = useState(0);
  const update = useUpdate(engagement);
  const form = useForm<MilestoneInput, unknown, Milestone>({
    resolver: zodResolver(ZMilestone),
    defaultValues: { title: '', dueOn: null, doneOn: null },
  });
  async function onValid(values: Milestone) {
    try {
      await update.mutateAsync({ milestones: [...engagement.milestones, values] });
      form.reset({ title: '', dueOn: null, doneOn: null });
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }
  return (
    <form
      className="app-form"
      noValidate
      aria-label={`Meilenstein hinzufügen: ${engagement.topic}`}
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <ErrorSummary errors={errorList(prefix, form.formState.errors)} attempt={attempt} />
      <div className="app-form__row">
        <ControlledTextField
          control={form.control}
          name="title"
          id={fieldId(prefix, 'title')}
          label="Neuer Meilenstein"
        />
        <ControlledTextField
          control={form.control}
          name="dueOn"
          id={fieldId(prefix, 'dueOn')}
          label="geplant bis"
          type="date"
          optional
          nullWhenEmpty
        />
      </div>
      <div className="app-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={update.isPending}>
          <span className="kern-label">Meilenstein hinzufügen</span>
        </button>
      </div>
    </form>
  );
}

function NotesForm({ engagement }: { engagement: CoachingView }) {
  const prefix = `notizen-${engagement.id}`;
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const update = useUpdate(engagement);
  const form = useForm<z.input<typeof ZNotes>, unknown, z.output<typeof ZNotes>>({
    resolver: zodResolver(ZNotes),
    defaultValues: { notes: engagement.notes },
  });
  async function onValid(values: z.output<typeof ZNotes>) {
    setSaved(false);
    try {
      await update.mutateAsync(values);
      setSaved(true);
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }
  return (
    <form
      className="app-form"
      noValidate
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <ErrorSummary errors={errorList(prefix, form.formState.errors)} attempt={attempt} />
      <Controller
        control={form.control}
        name="notes"
        render={({ field, fieldState }) => (
          <TextAreaField
            id={fieldId(prefix, 'notes')}
            label="Notizen zum Coaching"
            value={field.value ?? ''}
            onValueChange={(value) => {
              setSaved(false);
              field.onChange(value);
            }}
            error={fieldState.error?.message}
          />
        )}
      />
      <div className="app-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={update.isPending}>
          <span className="kern-label">Notizen speichern</span>
        </button>
        {saved ? (
          <p className="kern-body" role="status">
            Gespeichert.
          </p>
        ) : null}
      </div>
    </form>
  );
}

/** One coaching engagement: facts, milestones (tick off, add) and notes for those who may edit it. */
export function CoachingCard({ engagement, editable }: { engagement: CoachingView; editable: boolean }) {
  const update = useUpdate(engagement);
  const headingId = `coaching-${engagement.id}`;
  const toggle = (index: number, done: boolean) =>
    update.mutate({
      milestones: engagement.milestones.map((m, i) =>
        i === index ? { ...m, doneOn: done ? todayIso() : null } : m,
      ),
    });
  return (
    <article className="kern-card app-network-card" aria-labelledby={headingId} data-coaching={engagement.id}>
      <div className="kern-card__container">
        <div className="kern-card__body">
          <h3 className="kern-heading-small" id={headingId}>
            {engagement.year}: {engagement.topic}
          </h3>
          <p className="kern-body">
            {engagement.coachName} · {formatDecimal(engagement.hours)} Stunden
          </p>
          <h4 className="kern-body kern-body--bold">Meilensteine</h4>
          {engagement.milestones.length === 0 ? (
            <p className="kern-body app-muted">Noch keine Meilensteine.</p>
          ) : (
            <ul className="app-milestones">
              {engagement.milestones.map((milestone, index) => {
                const label = `${milestone.title}${milestone.dueOn ? ` (geplant bis ${formatDate(milestone.dueOn)})` : ''}`;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: milestones have no id; their order is stable.
                  <li key={index} className="app-milestones__item">
                    {editable ? (
                      <CheckboxField
                        id={`meilenstein-${engagement.id}-${index}`}
                        label={label}
                        checked={milestone.doneOn !== null}
                        // One change at a time: each sends the whole list, built from the saved one.
                        disabled={update.isPending}
                        onChange={(done) => toggle(index, done)}
                      />
                    ) : (
                      <span className="kern-body">{label}</span>
                    )}
                    {milestone.doneOn ? (
                      <span className="kern-body kern-body--small app-muted">
                        {' '}
                        erledigt am {formatDate(milestone.doneOn)}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          {update.error ? <Alert type="danger" live="alert" title={serverMessage(update.error)} /> : null}
          {editable ? (
            <>
              <MilestoneForm engagement={engagement} />
              <NotesForm engagement={engagement} />
            </>
          ) : engagement.notes ? (
            <p className="kern-body app-pre-line">{engagement.notes}</p>
          ) : null}
        </div>
      </div>
    </article>
  );
}
