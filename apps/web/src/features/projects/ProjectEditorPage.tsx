import {
  BECCARIA_STEP_HINTS,
  BECCARIA_STEP_LABELS,
  BECCARIA_STEPS,
  PROJECT_STATUSES,
  type TProjectForm,
  type TProjectFormInput,
  type TProjectInput,
  ZProjectForm,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, type FieldErrors, useForm } from 'react-hook-form';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary.tsx';
import {
  ControlledSelectField,
  ControlledTextAreaField,
  ControlledTextField,
} from '../../components/FormControls.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError, summaryOf } from '../../lib/form-errors.ts';
import { queryClient, useApiQuery } from '../../lib/query.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { projectStatusLabel } from '../funding/format.ts';
import { projectApi } from './api.ts';
import { EvaluationFields } from './EvaluationFields.tsx';
import { MaterialsEditor, MilestonesEditor } from './ListEditors.tsx';

const ORDER = [
  'title',
  'status',
  'startsOn',
  'endsOn',
  ...BECCARIA_STEPS.map((s) => `steps.${s}` as const),
  'targetGroups',
  'partners',
] as const;

/** The inputs of the material and milestone rows (ListEditors.tsx): field → the end of the input's id. */
const ROWS = [
  {
    list: 'materials',
    id: 'projekt-material',
    fields: { title: 'title', kind: 'kind', quantity: 'quantity' },
  },
  { list: 'milestones', id: 'projekt-milestone', fields: { title: 'title', dueOn: 'due', doneOn: 'done' } },
] as const;

/** The messages of the material and milestone rows for the error summary, row by row, linked to the input. */
function rowErrors(errors: FieldErrors<TProjectFormInput>): SummaryError[] {
  const out: SummaryError[] = [];
  for (const { list, id, fields } of ROWS) {
    const rows = (errors[list] ?? []) as Record<string, { message?: string } | undefined>[];
    rows.forEach((row, i) => {
      for (const [field, suffix] of Object.entries(fields)) {
        const message = row?.[field]?.message;
        if (message) out.push({ fieldId: `${id}-${i}-${suffix}`, message });
      }
    });
  }
  return out;
}

const EMPTY: TProjectInput = {
  ags: '',
  title: '',
  status: 'planung',
  startsOn: null,
  endsOn: null,
  steps: Object.fromEntries(BECCARIA_STEPS.map((s) => [s, ''])) as TProjectInput['steps'],
  targetGroups: [],
  partners: [],
  materials: [],
  milestones: [],
  coachingId: null,
  evaluation: { waveBefore: null, waveAfter: null, items: [] },
};

/** The form's values of a project: lists typed one entry a line, counts as text. */
function formValuesOf(project: TProjectInput): TProjectFormInput {
  return {
    ...project,
    targetGroups: (project.targetGroups ?? []).join('\n'),
    partners: (project.partners ?? []).join('\n'),
    materials: (project.materials ?? []).map((m) => ({
      ...m,
      quantity: m.quantity == null ? '' : String(m.quantity),
    })),
  };
}

/** Create (id null) or edit a project along the seven Beccaria steps, validated with the shared schema. */
export function ProjectEditorPage({ id }: { id: number | null }) {
  const existing = useApiQuery(id ? ['projects', id] : null, (signal) => projectApi.get(id!, signal));
  if (id && !existing.data) return <Loading label="Projekt wird geladen …" />;
  const p = existing.data;
  const initial: TProjectInput = p
    ? {
        ags: p.ags,
        title: p.title,
        status: p.status as TProjectInput['status'],
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        steps: { ...EMPTY.steps, ...p.steps },
        targetGroups: p.targetGroups,
        partners: p.partners,
        materials: p.materials,
        milestones: p.milestones,
        coachingId: p.coachingId,
        evaluation: p.evaluation,
      }
    : EMPTY;
  return <ProjectForm id={id} initial={initial} />;
}

function ProjectForm({ id, initial }: { id: number | null; initial: TProjectInput }) {
  const { user } = useAuth();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<TProjectFormInput, unknown, TProjectForm>({
    resolver: zodResolver(ZProjectForm),
    defaultValues: formValuesOf({ ...initial, ags: initial.ags || user?.ags || '' }),
  });

  async function onValid(values: TProjectForm) {
    try {
      const saved = id
        ? await projectApi.update(id, { ...values, ags: undefined } as never)
        : await projectApi.create(values);
      await queryClient.invalidateQueries({ queryKey: ['projects'] });
      navigate(`/projekte/${saved.id}`);
    } catch (error) {
      applyServerError(error, ORDER, form.setError);
      setAttempt((a) => a + 1);
    }
  }

  const errors = summaryOf<TProjectFormInput>(ORDER as never, form.formState.errors).map((e) => ({
    ...e,
    fieldId: e.fieldId ? `projekt-${e.fieldId.replace('.', '-')}` : null,
  }));
  if (form.formState.errors.ags?.message)
    errors.unshift({ fieldId: null, message: `Kommune: ${form.formState.errors.ags.message}` });
  errors.push(...rowErrors(form.formState.errors));

  return (
    <Page
      title={id ? 'Projekt bearbeiten' : 'Neues Präventionsprojekt'}
      before={
        <nav aria-label="Brotkrümelnavigation" className="app-breadcrumbs">
          <ol className="app-breadcrumbs__list">
            <li>
              <Link className="kern-link" href="/projekte">
                Präventionsprojekte
              </Link>
            </li>
            <li aria-current="page">{id ? 'Bearbeiten' : 'Neues Projekt'}</li>
          </ol>
        </nav>
      }
      lead="Beschreiben Sie das Projekt entlang der sieben Schritte der Beccaria-Standards. Sie können jederzeit speichern und später weiterschreiben."
    >
      <form
        className="app-form app-form--wide"
        noValidate
        onSubmit={form.handleSubmit(onValid, () => setAttempt((a) => a + 1))}
      >
        <ErrorSummary errors={errors} attempt={attempt} />
        {!user?.ags && !id ? (
          <ControlledTextField
            control={form.control}
            name="ags"
            id="projekt-ags"
            label="Gemeindeschlüssel (AGS) der Kommune"
            inputMode="numeric"
            width="medium"
            required
          />
        ) : null}
        <ControlledTextField
          control={form.control}
          name="title"
          id="projekt-title"
          label="Projekttitel"
          maxLength={200}
          required
        />
        <div className="app-form__row">
          <ControlledSelectField
            control={form.control}
            name="status"
            id="projekt-status"
            label="Status"
            options={PROJECT_STATUSES.map((s) => ({ value: s, label: projectStatusLabel(s) }))}
          />
          <ControlledTextField
            control={form.control}
            name="startsOn"
            id="projekt-startsOn"
            label="Beginn"
            type="date"
            optional
            nullWhenEmpty
          />
          <ControlledTextField
            control={form.control}
            name="endsOn"
            id="projekt-endsOn"
            label="Ende"
            type="date"
            optional
            nullWhenEmpty
          />
        </div>
        <ol className="app-beccaria">
          {BECCARIA_STEPS.map((step, i) => (
            <li key={step} className="app-beccaria__step">
              <ControlledTextAreaField
                control={form.control}
                name={`steps.${step}`}
                id={`projekt-steps-${step}`}
                label={`Schritt ${i + 1} von 7: ${BECCARIA_STEP_LABELS[step]}`}
                hint={BECCARIA_STEP_HINTS[step]}
                rows={4}
              />
            </li>
          ))}
        </ol>
        <ControlledTextAreaField
          control={form.control}
          name="targetGroups"
          id="projekt-targetGroups"
          label="Zielgruppen (eine je Zeile)"
          rows={3}
        />
        <ControlledTextAreaField
          control={form.control}
          name="partners"
          id="projekt-partners"
          label="Partner (einer je Zeile)"
          hint="Zum Beispiel Polizeirevier, Schulen, Vereine, Ordnungsamt."
          rows={3}
        />
        <MaterialsEditor control={form.control} />
        <MilestonesEditor control={form.control} />
        <Controller
          control={form.control}
          name="evaluation"
          render={({ field, fieldState }) => (
            <EvaluationFields
              ags={form.watch('ags')}
              value={{
                waveBefore: field.value?.waveBefore ?? null,
                waveAfter: field.value?.waveAfter ?? null,
                items: field.value?.items ?? [],
              }}
              onChange={field.onChange}
              error={fieldState.error?.message ?? form.formState.errors.evaluation?.items?.message}
            />
          )}
        />
        <div className="app-form__actions app-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={form.formState.isSubmitting}>
            <span className="kern-label">Projekt speichern</span>
          </button>
          <Link className="kern-btn kern-btn--secondary" href={id ? `/projekte/${id}` : '/projekte'}>
            <span className="kern-label">Abbrechen</span>
          </Link>
        </div>
      </form>
    </Page>
  );
}
