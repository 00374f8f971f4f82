import { ZQuestionnaireForm } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { CheckboxGroup, TextAreaField } from '../../../components/FormField.tsx';
import { applyServerError, firstMessage, summaryOf } from '../../../lib/form-errors.ts';
import { surveyApi } from '../api.ts';
import { OPTIONAL_BLOCKS } from '../format.ts';
import { configFieldOf } from '../lines.ts';
import { Progress } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';

function ReadOnlyList({ title, items, empty }: { title: string; items: string[]; empty: string }) {
  return (
    <div>
      <h3 className="kern-heading-small">{title}</h3>
      {items.length === 0 ? (
        <p className="kern-body">{empty}</p>
      ) : (
        <ul className="kern-list kern-list--bullet">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

type QuestionnaireFormInput = z.input<typeof ZQuestionnaireForm>;
type QuestionnaireFormOutput = z.output<typeof ZQuestionnaireForm>;
const ORDER = ['districts', 'localPlaces', 'enabledOptionalBlocks'] as const;
const FIELD_IDS: Record<(typeof ORDER)[number], string> = {
  districts: 'fragebogen-ortsteile',
  localPlaces: 'fragebogen-orte',
  enabledOptionalBlocks: 'fragebogen-block',
};

/** Districts, places and optional blocks of a draft wave (react-hook-form on ZQuestionnaireForm). */
function QuestionnaireForm({ wave, reload }: Pick<SectionProps, 'wave' | 'reload'>) {
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const form = useForm<QuestionnaireFormInput, unknown, QuestionnaireFormOutput>({
    resolver: zodResolver(ZQuestionnaireForm),
    defaultValues: {
      districts: wave.config.districts.join('\n'),
      localPlaces: wave.config.localPlaces.join('\n'),
      enabledOptionalBlocks: wave.config.enabledOptionalBlocks,
    },
  });
  const update = useMutation({
    mutationFn: (config: QuestionnaireFormOutput) => surveyApi.update(wave.id, { config }),
  });

  async function save(config: QuestionnaireFormOutput) {
    setSaved(false);
    try {
      await update.mutateAsync(config);
    } catch (error) {
      applyServerError(error, ORDER, form.setError, configFieldOf);
      setAttempt((a) => a + 1);
      return;
    }
    // What was saved (as lines again) is the form's new starting point.
    form.reset({
      districts: config.districts.join('\n'),
      localPlaces: config.localPlaces.join('\n'),
      enabledOptionalBlocks: config.enabledOptionalBlocks,
    });
    setSaved(true);
    reload();
  }

  const summary = summaryOf(
    ORDER,
    form.formState.errors,
    (name) => FIELD_IDS[name as keyof typeof FIELD_IDS] ?? name,
  );
  return (
    <form
      className="app-form app-form--wide"
      noValidate
      onSubmit={form.handleSubmit(save, () => setAttempt((a) => a + 1))}
    >
      <ErrorSummary errors={summary} attempt={attempt} />
      <Controller
        control={form.control}
        name="districts"
        render={({ field, formState }) => (
          <TextAreaField
            id="fragebogen-ortsteile"
            label="Ortsteile (einer je Zeile)"
            hint="Reihenfolge = Nummern im Fragebogen und in den Randverteilungen (1, 2, 3 …)."
            value={field.value}
            onValueChange={field.onChange}
            error={firstMessage(formState.errors.districts)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="localPlaces"
        render={({ field, formState }) => (
          <TextAreaField
            id="fragebogen-orte"
            label="Orte für die Frage nach unsicheren Orten (einer je Zeile)"
            value={field.value}
            onValueChange={field.onChange}
            error={firstMessage(formState.errors.localPlaces)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="enabledOptionalBlocks"
        render={({ field }) => (
          <CheckboxGroup
            legend="Zusätzliche Frageblöcke"
            idPrefix="fragebogen-block"
            options={OPTIONAL_BLOCKS}
            selected={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={update.isPending}>
          <span className="kern-label">Fragebogen speichern</span>
        </button>
      </div>
      {update.isPending ? <Progress label="Wird gespeichert …" /> : null}
      <div role="status">
        {saved ? <p className="kern-body app-success">Die Einstellungen sind gespeichert.</p> : null}
      </div>
    </form>
  );
}

export function QuestionnaireSection({ wave, canManage, reload }: SectionProps) {
  const editable = canManage && wave.status === 'entwurf';
  const enabled = OPTIONAL_BLOCKS.filter((b) => wave.config.enabledOptionalBlocks.includes(b.id));

  return (
    <>
      <p className="kern-body">
        Der Standardfragebogen „ASSKomm Bürgerbefragung“ fragt nach Wohngegend, Sicherheitsgefühl, Sorgen vor
        Straftaten, Erfahrungen mit Straftaten, Vertrauen in Polizei und Ordnungsamt und nach Alter,
        Geschlecht und Ortsteil. Online- und Papierfassung haben dieselben Fragen in derselben Reihenfolge.
      </p>
      <p className="kern-body">
        <a className="kern-link" href={surveyApi.questionnairePdfUrl(wave.id)} target="_blank" rel="noopener">
          Papierfragebogen als PDF öffnen
          <span className="kern-sr-only"> (öffnet in einem neuen Fenster)</span>
        </a>
      </p>
      {wave.status !== 'entwurf' ? (
        <Alert type="info" title="Der Fragebogen ist festgeschrieben">
          <p className="kern-body">
            Seit dem Start der Feldphase gilt diese Fassung für alle Antworten, online und auf Papier
            {wave.questionnaireVersion ? (
              <>
                {' '}
                (Version <code className="app-hash">{wave.questionnaireVersion.slice(0, 19)}…</code>)
              </>
            ) : null}
            .
          </p>
        </Alert>
      ) : null}
      {editable ? (
        <QuestionnaireForm key={wave.id} wave={wave} reload={reload} />
      ) : (
        <div className="app-columns">
          <ReadOnlyList title="Ortsteile" items={wave.config.districts} empty="Keine Ortsteile festgelegt." />
          <ReadOnlyList
            title="Orte für die Frage nach unsicheren Orten"
            items={wave.config.localPlaces}
            empty="Keine Orte festgelegt."
          />
          <ReadOnlyList
            title="Zusätzliche Frageblöcke"
            items={enabled.map((b) => b.label)}
            empty="Nur die Kernfragen."
          />
        </div>
      )}
    </>
  );
}
