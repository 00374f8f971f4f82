import { ZWaveCreateForm } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../components/FormControls.tsx';
import { CheckboxGroup, SelectField, TextAreaField } from '../../components/FormField.tsx';
import { Page } from '../../components/Page.tsx';
import { allMunicipalities, api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError, firstMessage, summaryOf } from '../../lib/form-errors.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { surveyApi } from './api.ts';
import { OPTIONAL_BLOCKS } from './format.ts';
import { configFieldOf } from './lines.ts';
import { Progress } from './ui.tsx';

type WaveCreateFormInput = z.input<typeof ZWaveCreateForm>;
type WaveCreateFormOutput = z.output<typeof ZWaveCreateForm>;

const ORDER = ['ags', 'title', 'fieldStart', 'fieldEnd', 'sampleSize', 'districts', 'localPlaces'] as const;
const FIELD_IDS: Record<(typeof ORDER)[number], string> = {
  ags: 'welle-ags',
  title: 'welle-titel',
  fieldStart: 'welle-beginn',
  fieldEnd: 'welle-ende',
  sampleSize: 'welle-stichprobe',
  districts: 'welle-ortsteile',
  localPlaces: 'welle-orte',
};

export function CreateWavePage() {
  const { user } = useAuth();
  const fixedAgs = user?.role === 'kommune' ? (user.ags ?? '') : '';
  const municipalities = useApiQuery(
    fixedAgs ? null : queryKeys.municipalities(),
    (signal) => allMunicipalities(signal),
    { staleTime: Infinity },
  );
  const own = useApiQuery(fixedAgs ? queryKeys.municipality(fixedAgs) : null, (signal) =>
    api.municipality(fixedAgs, signal),
  );
  const [attempt, setAttempt] = useState(0);
  const form = useForm<WaveCreateFormInput, unknown, WaveCreateFormOutput>({
    resolver: zodResolver(ZWaveCreateForm),
    defaultValues: {
      ags: fixedAgs,
      title: `Bürgerbefragung Sicherheit ${new Date().getFullYear() + 1}`,
      fieldStart: '',
      fieldEnd: '',
      sampleSize: '1000',
      districts: '',
      localPlaces: '',
      enabledOptionalBlocks: OPTIONAL_BLOCKS.map((b) => b.id),
    },
  });
  const create = useMutation({
    mutationFn: (values: WaveCreateFormOutput) =>
      surveyApi.create({
        ags: values.ags,
        title: values.title,
        fieldStart: values.fieldStart || null,
        fieldEnd: values.fieldEnd || null,
        sampleSize: values.sampleSize ? Number(values.sampleSize) : null,
        config: {
          districts: values.districts,
          localPlaces: values.localPlaces,
          enabledOptionalBlocks: values.enabledOptionalBlocks,
        },
      }),
    meta: { invalidates: [['surveys']] },
  });

  async function submit(values: WaveCreateFormOutput) {
    try {
      const wave = await create.mutateAsync(values);
      navigate(`/befragungen/${wave.id}/fragebogen`);
    } catch (error) {
      applyServerError(error, ORDER, form.setError, configFieldOf);
      setAttempt((a) => a + 1);
    }
  }

  const summary = summaryOf(
    ORDER,
    form.formState.errors,
    (name) => FIELD_IDS[name as keyof typeof FIELD_IDS] ?? name,
  );
  const fieldError = (name: (typeof ORDER)[number]) => firstMessage(form.formState.errors[name]);
  const options = [
    { value: '', label: 'Bitte wählen …' },
    ...(municipalities.data?.items ?? [])
      .slice()
      .sort((a, b) => (a.isDemo === b.isDemo ? a.name.localeCompare(b.name, 'de') : a.isDemo ? -1 : 1))
      .map((m) => ({ value: m.ags, label: `${m.name} (${m.ags})` })),
  ];

  return (
    <Page
      title="Neue Befragung anlegen"
      before={
        <nav aria-label="Brotkrümelnavigation" className="app-breadcrumbs">
          <ol className="app-breadcrumbs__list">
            <li>
              <Link className="kern-link" href="/befragungen">
                Befragungen
              </Link>
            </li>
            <li aria-current="page">Neue Befragung</li>
          </ol>
        </nav>
      }
      lead="Die Befragung beginnt als Entwurf. Fragebogen, Feldphase und Stichprobengröße können Sie bis zum Start der Feldphase ändern."
    >
      <form
        className="app-form app-form--wide"
        noValidate
        onSubmit={form.handleSubmit(submit, () => setAttempt((a) => a + 1))}
      >
        <ErrorSummary errors={summary} attempt={attempt} />
        {fixedAgs ? (
          <p className="kern-body">
            Kommune: <strong>{own.data?.name ?? fixedAgs}</strong>
          </p>
        ) : (
          <Controller
            control={form.control}
            name="ags"
            render={({ field }) => (
              <SelectField
                id="welle-ags"
                label="Kommune"
                value={field.value}
                onValueChange={field.onChange}
                options={options}
                error={fieldError('ags')}
                required
              />
            )}
          />
        )}
        <ControlledTextField control={form.control} name="title" id="welle-titel" label="Titel" />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Feldphase</legend>
          <div className="kern-hint">
            Empfohlen sind etwa fünf Wochen mit einer Erinnerung nach drei Wochen.
          </div>
          <div className="app-form__row">
            <ControlledTextField
              control={form.control}
              name="fieldStart"
              id="welle-beginn"
              label="Beginn"
              type="date"
              optional
            />
            <ControlledTextField
              control={form.control}
              name="fieldEnd"
              id="welle-ende"
              label="Ende"
              type="date"
              optional
            />
          </div>
        </fieldset>
        <ControlledTextField
          control={form.control}
          name="sampleSize"
          id="welle-stichprobe"
          label="Stichprobengröße (Anzahl der Anschreiben)"
          hint="Bei etwa 40 % Rücklauf ergeben 1.000 Anschreiben rund 400 Antworten: ±4,9 Prozentpunkte bei 50 %."
          inputMode="numeric"
          width="medium"
          optional
        />
        <Controller
          control={form.control}
          name="districts"
          render={({ field }) => (
            <TextAreaField
              id="welle-ortsteile"
              label="Ortsteile (einer je Zeile)"
              hint="Für die Frage nach dem Wohnort, die Schichtung der Stichprobe und die Auswertung je Ortsteil. Leer lassen, wenn die Kommune nicht nach Ortsteilen unterscheidet."
              value={field.value}
              onValueChange={field.onChange}
              error={fieldError('districts')}
            />
          )}
        />
        <Controller
          control={form.control}
          name="localPlaces"
          render={({ field }) => (
            <TextAreaField
              id="welle-orte"
              label="Orte für die Frage nach unsicheren Orten (einer je Zeile)"
              hint="Zum Beispiel Bahnhofsvorplatz, Stadtpark, Marktplatz."
              value={field.value}
              onValueChange={field.onChange}
              error={fieldError('localPlaces')}
            />
          )}
        />
        <Controller
          control={form.control}
          name="enabledOptionalBlocks"
          render={({ field }) => (
            <CheckboxGroup
              legend="Zusätzliche Frageblöcke"
              hint="Die Kernfragen (Wohngegend, Sicherheitsgefühl, Sorgen, Erfahrungen mit Straftaten, Vertrauen, Angaben zur Person) sind immer enthalten."
              idPrefix="welle-block"
              options={OPTIONAL_BLOCKS}
              selected={field.value}
              onChange={field.onChange}
            />
          )}
        />
        <div className="app-form__actions app-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={create.isPending}>
            <span className="kern-label">Befragung anlegen</span>
          </button>
          <Link className="kern-btn kern-btn--secondary" href="/befragungen">
            <span className="kern-label">Abbrechen</span>
          </Link>
        </div>
        {create.isPending ? <Progress label="Die Befragung wird angelegt …" /> : null}
      </form>
    </Page>
  );
}
