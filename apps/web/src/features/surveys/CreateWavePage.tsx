import { type FormEvent, useState } from 'react';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../../components/FormField.tsx';
import { Page } from '../../components/Page.tsx';
import { allMunicipalities, api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { SurveyApiError, surveyApi } from './api.ts';
import { OPTIONAL_BLOCKS } from './format.ts';
import { linesOf, listError } from './lines.ts';
import { CheckboxGroup, Progress, TextArea } from './ui.tsx';

interface FormState {
  ags: string;
  title: string;
  fieldStart: string;
  fieldEnd: string;
  sampleSize: string;
  districts: string;
  localPlaces: string;
  blocks: string[];
}

const FIELD_IDS: Record<string, string> = {
  ags: 'welle-ags',
  title: 'welle-titel',
  fieldStart: 'welle-beginn',
  fieldEnd: 'welle-ende',
  sampleSize: 'welle-stichprobe',
  'config.districts': 'welle-ortsteile',
  'config.localPlaces': 'welle-orte',
  districts: 'welle-ortsteile',
  localPlaces: 'welle-orte',
};

function validate(form: FormState): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^\d{8}$/.test(form.ags)) errors.ags = 'Bitte wählen Sie die Kommune.';
  if (!form.title.trim()) errors.title = 'Bitte geben Sie einen Titel ein.';
  else if (form.title.trim().length > 200) errors.title = 'Der Titel darf höchstens 200 Zeichen lang sein.';
  if (form.fieldStart && form.fieldEnd && form.fieldEnd < form.fieldStart)
    errors.fieldEnd = 'Das Ende der Feldphase liegt vor ihrem Beginn.';
  if (form.sampleSize && !(/^\d+$/.test(form.sampleSize) && Number(form.sampleSize) >= 1))
    errors.sampleSize = 'Bitte eine ganze Zahl ab 1 eingeben.';
  const districts = listError(linesOf(form.districts), 'Ortsteile', 96);
  if (districts) errors.districts = districts;
  const places = listError(linesOf(form.localPlaces), 'Orte', 30);
  if (places) errors.localPlaces = places;
  return errors;
}

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
  const [form, setForm] = useState<FormState>({
    ags: fixedAgs,
    title: `Bürgerbefragung Sicherheit ${new Date().getFullYear() + 1}`,
    fieldStart: '',
    fieldEnd: '',
    sampleSize: '1000',
    districts: '',
    localPlaces: '',
    blocks: OPTIONAL_BLOCKS.map((b) => b.id),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(form);
    setErrors(found);
    setFormError(null);
    setAttempt((a) => a + 1);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const wave = await surveyApi.create({
        ags: form.ags,
        title: form.title.trim(),
        fieldStart: form.fieldStart || null,
        fieldEnd: form.fieldEnd || null,
        sampleSize: form.sampleSize ? Number(form.sampleSize) : null,
        config: {
          districts: linesOf(form.districts),
          localPlaces: linesOf(form.localPlaces),
          enabledOptionalBlocks: form.blocks,
        },
      });
      navigate(`/befragungen/${wave.id}/fragebogen`);
    } catch (error) {
      if (error instanceof SurveyApiError) {
        const fields: Record<string, string> = {};
        for (const [key, message] of Object.entries(error.fields)) {
          const name = key.replace(/^config\./, '').replace(/\.\d+$/, '');
          fields[name] = message;
        }
        setErrors(fields);
        setFormError(Object.keys(fields).length === 0 ? error.message : null);
        setAttempt((a) => a + 1);
      } else throw error;
    } finally {
      setBusy(false);
    }
  }

  const summary: SummaryError[] = [
    ...(formError ? [{ fieldId: null, message: formError }] : []),
    ...Object.entries(errors).map(([key, message]) => ({ fieldId: FIELD_IDS[key] ?? null, message })),
  ];
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
      <form className="app-form app-form--wide" noValidate onSubmit={submit}>
        <ErrorSummary errors={summary} attempt={attempt} />
        {fixedAgs ? (
          <p className="kern-body">
            Kommune: <strong>{own.data?.name ?? fixedAgs}</strong>
          </p>
        ) : (
          <SelectField
            id="welle-ags"
            label="Kommune"
            value={form.ags}
            onValueChange={(ags) => set({ ags })}
            options={options}
            error={errors.ags}
            required
          />
        )}
        <TextField
          id="welle-titel"
          label="Titel"
          value={form.title}
          onValueChange={(title) => set({ title })}
          error={errors.title}
          maxLength={200}
          required
        />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Feldphase</legend>
          <div className="kern-hint">
            Empfohlen sind etwa fünf Wochen mit einer Erinnerung nach drei Wochen.
          </div>
          <div className="app-form__row">
            <TextField
              id="welle-beginn"
              label="Beginn"
              type="date"
              value={form.fieldStart}
              onValueChange={(fieldStart) => set({ fieldStart })}
              error={errors.fieldStart}
              optional
            />
            <TextField
              id="welle-ende"
              label="Ende"
              type="date"
              value={form.fieldEnd}
              onValueChange={(fieldEnd) => set({ fieldEnd })}
              error={errors.fieldEnd}
              optional
            />
          </div>
        </fieldset>
        <TextField
          id="welle-stichprobe"
          label="Stichprobengröße (Anzahl der Anschreiben)"
          hint="Bei etwa 40 % Rücklauf ergeben 1.000 Anschreiben rund 400 Antworten: ±4,9 Prozentpunkte bei 50 %."
          inputMode="numeric"
          width="medium"
          value={form.sampleSize}
          onValueChange={(sampleSize) => set({ sampleSize })}
          error={errors.sampleSize}
          optional
        />
        <TextArea
          id="welle-ortsteile"
          label="Ortsteile (einer je Zeile)"
          hint="Für die Frage nach dem Wohnort, die Schichtung der Stichprobe und die Auswertung je Ortsteil. Leer lassen, wenn die Kommune nicht nach Ortsteilen unterscheidet."
          value={form.districts}
          onValueChange={(districts) => set({ districts })}
          error={errors.districts}
        />
        <TextArea
          id="welle-orte"
          label="Orte für die Frage nach unsicheren Orten (einer je Zeile)"
          hint="Zum Beispiel Bahnhofsvorplatz, Stadtpark, Marktplatz."
          value={form.localPlaces}
          onValueChange={(localPlaces) => set({ localPlaces })}
          error={errors.localPlaces}
        />
        <CheckboxGroup
          legend="Zusätzliche Frageblöcke"
          hint="Die Kernfragen (Wohngegend, Sicherheitsgefühl, Sorgen, Erfahrungen mit Straftaten, Vertrauen, Angaben zur Person) sind immer enthalten."
          idPrefix="welle-block"
          options={OPTIONAL_BLOCKS}
          selected={form.blocks}
          onChange={(blocks) => set({ blocks })}
        />
        <div className="app-form__actions app-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">Befragung anlegen</span>
          </button>
          <Link className="kern-btn kern-btn--secondary" href="/befragungen">
            <span className="kern-label">Abbrechen</span>
          </Link>
        </div>
        {busy ? <Progress label="Die Befragung wird angelegt …" /> : null}
      </form>
    </Page>
  );
}
