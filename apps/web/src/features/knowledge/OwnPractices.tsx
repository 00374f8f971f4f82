import {
  EVIDENCE_LEVEL_LABELS,
  type GoodPracticeView,
  PRACTICE_SETTINGS,
  type TGoodPracticeInput,
  ZGoodPracticeInput,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import {
  ControlledSelectField,
  ControlledTextAreaField,
  ControlledTextField,
} from '../../components/FormControls.tsx';
import { CheckboxField, SelectField } from '../../components/FormField.tsx';
import { errorList, fieldId, serverMessage } from '../../lib/form-errors.ts';
import { useApiQuery } from '../../lib/query.ts';
import { knowledgeApi } from './api.ts';

type Output = z.output<typeof ZGoodPracticeInput>;
const PREFIX = 'praxis-neu';
const id = (path: string) => fieldId(PREFIX, path);
const invalidates = [['knowledge']] as const;

function toInput(p: GoodPracticeView, shared: boolean): TGoodPracticeInput {
  const { title, summary, topic, targetGroup, setting, evidenceLevel, contact } = p;
  return { title, summary, topic, targetGroup, setting, evidenceLevel, contact, shared };
}

function OwnPractice({ ags, practice }: { ags: string; practice: GoodPracticeView }) {
  const share = useMutation({
    mutationFn: (shared: boolean) => knowledgeApi.savePractice(ags, toInput(practice, shared), practice.id),
    meta: { invalidates },
  });
  return (
    <li className="app-network-list__item">
      <p className="kern-body kern-body--bold">{practice.title}</p>
      <p className="kern-body kern-body--small app-muted">
        {practice.topic} · {practice.targetGroup} · {practice.setting}
      </p>
      <CheckboxField
        id={`praxis-${practice.id}-geteilt`}
        label="Mit den Partnern der Allianz teilen"
        checked={practice.shared}
        onChange={(shared) => share.mutate(shared)}
      />
      {share.error ? (
        <p className="kern-error" role="alert">
          <span className="kern-body">{serverMessage(share.error)}</span>
        </p>
      ) : null}
    </li>
  );
}

function PracticeForm({ ags }: { ags: string }) {
  const defaults: TGoodPracticeInput = {
    title: '',
    summary: '',
    topic: '',
    targetGroup: '',
    setting: 'Nachbarschaft/Kommune',
    evidenceLevel: null,
    contact: '',
    shared: false,
  };
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<TGoodPracticeInput, unknown, Output>({
    resolver: zodResolver(ZGoodPracticeInput),
    defaultValues: defaults,
  });
  const save = useMutation({
    mutationFn: (input: Output) => knowledgeApi.savePractice(ags, input),
    meta: { invalidates },
  });
  async function onValid(values: Output) {
    setSaved(null);
    try {
      const created = await save.mutateAsync(values);
      setSaved(created.title);
      form.reset(defaults);
    } catch (error) {
      form.setError('root.server', { message: serverMessage(error) });
      setAttempt((a) => a + 1);
    }
  }
  const text = (name: 'title' | 'topic' | 'targetGroup' | 'contact', label: string, optional = false) => (
    <ControlledTextField control={form.control} name={name} id={id(name)} label={label} optional={optional} />
  );
  return (
    <form
      className="app-form app-form--wide"
      noValidate
      aria-labelledby="praxis-anlegen"
      onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
    >
      <h3 className="kern-heading-small" id="praxis-anlegen">
        Projekt als Praxisbeispiel erfassen
      </h3>
      {saved ? <Alert type="success" title={`„${saved}“ ist gespeichert.`} live="status" /> : null}
      <ErrorSummary errors={errorList(PREFIX, form.formState.errors)} attempt={attempt} />
      {text('title', 'Titel')}
      <ControlledTextAreaField
        control={form.control}
        name="summary"
        id={id('summary')}
        label="Kurzbeschreibung"
      />
      <div className="app-form__row">
        {text('topic', 'Thema')}
        {text('targetGroup', 'Zielgruppe')}
      </div>
      <div className="app-form__row">
        <ControlledSelectField
          control={form.control}
          name="setting"
          id={id('setting')}
          label="Setting"
          options={PRACTICE_SETTINGS.map((s) => ({ value: s, label: s }))}
        />
        <Controller
          control={form.control}
          name="evidenceLevel"
          render={({ field, fieldState }) => (
            <SelectField
              id={id('evidenceLevel')}
              label="Evidenzstufe (Grüne Liste Prävention)"
              value={field.value == null ? '' : String(field.value)}
              onValueChange={(value) => field.onChange(value === '' ? null : Number(value))}
              options={[
                { value: '', label: 'nicht bewertet' },
                ...([1, 2, 3] as const).map((l) => ({ value: String(l), label: EVIDENCE_LEVEL_LABELS[l] })),
              ]}
              error={fieldState.error?.message}
            />
          )}
        />
      </div>
      {text('contact', 'Kontakt (eine Stelle, keine Privatperson)', true)}
      <Controller
        control={form.control}
        name="shared"
        render={({ field }) => (
          <CheckboxField
            id={id('shared')}
            label="Mit den Partnern der Allianz teilen"
            checked={field.value ?? false}
            onChange={field.onChange}
          />
        )}
      />
      <div className="app-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={save.isPending}>
          <span className="kern-label">Praxisbeispiel speichern</span>
        </button>
      </div>
    </form>
  );
}

/** A municipality's own projects: it decides which ones the alliance's library shows. */
export function OwnPractices({ ags }: { ags: string }) {
  const own = useApiQuery(['knowledge', 'own', ags], (signal) => knowledgeApi.own(ags, signal));
  const items = own.data?.items ?? [];
  return (
    <section className="app-section" aria-labelledby="eigene-praxis">
      <h2 className="kern-heading-medium" id="eigene-praxis">
        Eigene Praxisbeispiele
      </h2>
      {own.data && items.length === 0 ? (
        <p className="kern-body">Ihre Kommune hat noch kein Projekt erfasst.</p>
      ) : (
        <ul className="app-network-list">
          {items.map((p) => (
            <OwnPractice key={p.id} ags={ags} practice={p} />
          ))}
        </ul>
      )}
      <PracticeForm ags={ags} />
    </section>
  );
}
