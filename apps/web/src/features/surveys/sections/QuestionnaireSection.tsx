import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary.tsx';
import { SurveyApiError, surveyApi } from '../api.ts';
import { OPTIONAL_BLOCKS } from '../format.ts';
import { linesOf, listError } from '../lines.ts';
import { CheckboxGroup, Progress, TextArea } from '../ui.tsx';
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

export function QuestionnaireSection({ wave, canManage, reload }: SectionProps) {
  const editable = canManage && wave.status === 'entwurf';
  const [districts, setDistricts] = useState(wave.config.districts.join('\n'));
  const [places, setPlaces] = useState(wave.config.localPlaces.join('\n'));
  const [blocks, setBlocks] = useState(wave.config.enabledOptionalBlocks);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    const found: Record<string, string> = {};
    const d = listError(linesOf(districts), 'Ortsteile', 96);
    if (d) found.districts = d;
    const p = listError(linesOf(places), 'Orte', 30);
    if (p) found.localPlaces = p;
    setErrors(found);
    setAttempt((a) => a + 1);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await surveyApi.update(wave.id, {
        config: {
          districts: linesOf(districts),
          localPlaces: linesOf(places),
          enabledOptionalBlocks: blocks,
        },
      });
      setSaved(true);
      reload();
    } catch (error) {
      if (!(error instanceof SurveyApiError)) throw error;
      const fields: Record<string, string> = {};
      for (const [key, message] of Object.entries(error.fields))
        fields[key.replace(/^config\./, '').replace(/\.\d+$/, '')] = message;
      setErrors(fields);
      setFormError(Object.keys(fields).length === 0 ? error.message : null);
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  }

  const summary: SummaryError[] = [
    ...(formError ? [{ fieldId: null, message: formError }] : []),
    ...(errors.districts ? [{ fieldId: 'fragebogen-ortsteile', message: errors.districts }] : []),
    ...(errors.localPlaces ? [{ fieldId: 'fragebogen-orte', message: errors.localPlaces }] : []),
    ...Object.entries(errors)
      .filter(([k]) => k !== 'districts' && k !== 'localPlaces')
      .map(([, message]) => ({ fieldId: null, message })),
  ];
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
        <form className="app-form app-form--wide" noValidate onSubmit={save}>
          <ErrorSummary errors={summary} attempt={attempt} />
          <TextArea
            id="fragebogen-ortsteile"
            label="Ortsteile (einer je Zeile)"
            hint="Reihenfolge = Nummern im Fragebogen und in den Randverteilungen (1, 2, 3 …)."
            value={districts}
            onValueChange={setDistricts}
            error={errors.districts}
          />
          <TextArea
            id="fragebogen-orte"
            label="Orte für die Frage nach unsicheren Orten (einer je Zeile)"
            value={places}
            onValueChange={setPlaces}
            error={errors.localPlaces}
          />
          <CheckboxGroup
            legend="Zusätzliche Frageblöcke"
            idPrefix="fragebogen-block"
            options={OPTIONAL_BLOCKS}
            selected={blocks}
            onChange={setBlocks}
          />
          <div className="app-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
              <span className="kern-label">Fragebogen speichern</span>
            </button>
          </div>
          {busy ? <Progress label="Wird gespeichert …" /> : null}
          <div role="status">
            {saved ? <p className="kern-body app-success">Die Einstellungen sind gespeichert.</p> : null}
          </div>
        </form>
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
