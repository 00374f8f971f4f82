import { type TMarginsUploadForm, type Weighting, ZMarginsUploadForm } from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { ControlledFileField } from '../../../components/FormControls.tsx';
import { summaryOf } from '../../../lib/form-errors.ts';
import { queryKeys, useApiQuery } from '../../../lib/query.ts';
import { SurveyApiError, surveyApi } from '../api.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { type CsvPreview, groupMargins, levelLabel, previewCsv, variableLabel } from '../margins.ts';
import { Progress, ScrollTable } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';

function Comparison({ weighting }: { weighting: Weighting }) {
  if (weighting.comparison.length === 0) return null;
  return (
    <section className="app-section" aria-labelledby="gewichtung-vergleich">
      <h3 className="kern-heading-small" id="gewichtung-vergleich">
        Antwortende und Bevölkerung im Vergleich
      </h3>
      <p className="kern-body">
        Weichen die Antwortenden von der Bevölkerung ab (z. B. mehr Ältere), gleicht die Gewichtung das aus.
        Große Abweichungen bedeuten große Gewichte und damit weniger genaue Ergebnisse.
      </p>
      {weighting.comparison.map((variable) => (
        <div className="kern-table-responsive app-table-narrow" key={variable.variable}>
          <table className="kern-table kern-table--small kern-table--striped">
            <caption className="kern-title app-caption">{variable.label}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Gruppe
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Bevölkerung
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Antwortende (n)
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Antwortende
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Nach Gewichtung
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {variable.levels.map((l) => (
                <tr className="kern-table__row" key={l.level}>
                  <th scope="row" className="kern-table__header">
                    {l.label}
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {formatPercent(l.populationShare)}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {formatNumber(l.sampleCount)}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {formatPercent(l.sampleShare)}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {formatPercent(l.weightedShare)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

/** The variables and codes the upload accepts, from the server, with the CSV template to fill in. */
function ExpectedCodes({ waveId }: { waveId: number }) {
  const template = useApiQuery(queryKeys.survey(waveId, 'margins-template'), (signal) =>
    surveyApi.marginsTemplate(waveId, signal),
  );
  if (template.error) return <ErrorMessage error={template.error} onRetry={template.reload} />;
  if (!template.data) return null;
  return (
    <details className="app-section app-codes" open>
      <summary className="kern-body kern-body--bold">Erwartete Merkmale und Codes</summary>
      <p className="kern-body">
        Die Spalte <code>level</code> enthält diese Codes. Am einfachsten laden Sie die Vorlage herunter: Sie
        enthält jede Zeile mit ihrer Bezeichnung; Sie tragen nur noch die Anzahl ein.
      </p>
      <p>
        <a className="kern-btn kern-btn--secondary" href={surveyApi.marginsTemplateUrl(waveId)} download>
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">Vorlage herunterladen (CSV)</span>
        </a>
      </p>
      {template.data.variables
        .filter((v) => !v.variable.includes('×'))
        .map((v) => (
          <div className="kern-table-responsive app-table-narrow" key={v.variable}>
            <table className="kern-table kern-table--small kern-table--striped">
              <caption className="kern-title app-caption">
                {v.label} (<code>{v.variable}</code>)
              </caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    Code
                  </th>
                  <th scope="col" className="kern-table__header">
                    Bedeutung
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {v.levels.map((l) => (
                  <tr className="kern-table__row" key={l.level}>
                    <td className="kern-table__cell app-tabular">{l.level}</td>
                    <td className="kern-table__cell">{l.label}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <p className="kern-body">
        Altersgruppe × Geschlecht (<code>SD_ALTER×SD_GESCHLECHT</code>) verbindet beide Codes mit „×“, z. B.{' '}
        <code>3×2</code> = 35 bis 44 Jahre, weiblich.
      </p>
    </details>
  );
}

const FILE_ID = 'gewichtung-datei';

export function WeightingSection({ wave, canManage, reload }: SectionProps) {
  // A look at the chosen file's first rows: display only, the server checks the file.
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const form = useForm<TMarginsUploadForm, unknown, { file: File }>({
    resolver: zodResolver(ZMarginsUploadForm),
    defaultValues: { file: null },
  });
  const upload = useMutation({ mutationFn: (file: File) => surveyApi.putMargins(wave.id, file) });
  const results = useApiQuery(
    wave.responses > 1 ? queryKeys.survey(wave.id, 'results', { weighting: wave.margins }) : null,
    (signal) => surveyApi.results(wave.id, {}, signal),
  );
  const groups = groupMargins(wave.margins);
  const editable = canManage && wave.status !== 'ausgewertet';

  async function choose(chosen: File | null) {
    // A new file replaces the last upload's outcome (its error or its warnings) and the old preview.
    upload.reset();
    setPreview(null);
    if (chosen) setPreview(previewCsv(await chosen.text()));
  }

  async function save({ file }: { file: File }) {
    try {
      await upload.mutateAsync(file);
    } catch (e) {
      // The refusal (with the rows it names) is shown from upload.error; anything else is a bug.
      if (e instanceof SurveyApiError) return;
      throw e;
    }
    // Empties the file input as well (ControlledFileField).
    form.reset({ file: null });
    setPreview(null);
    reload();
  }

  const error = upload.error instanceof SurveyApiError ? upload.error : null;
  const warnings = upload.data?.warnings ?? null;
  const details = Array.isArray(error?.details)
    ? (error.details as { text?: string; message?: string }[])
    : [];
  const weighting = results.data?.weighting;

  return (
    <>
      <p className="kern-body">
        Die Ergebnisse werden auf die Bevölkerung ab 16 Jahren hochgerechnet: Die Antworten werden so
        gewichtet (Raking), dass Altersgruppen, Geschlecht und Ortsteile so verteilt sind wie im
        Melderegister. Dafür braucht die Befragung die Randverteilungen der Bevölkerung.
      </p>
      {weighting ? (
        weighting.applied ? (
          <Alert type="success" title="Die Ergebnisse werden gewichtet">
            <p className="kern-body">
              Gewichtet nach {weighting.variables.map((v) => v.label).join(' und ')}. Gewichtungseffekt nach
              Kish: {formatNumber(weighting.kish?.effect, 2)} – die {formatNumber(weighting.analysed)}{' '}
              Antworten sind so genau wie {formatNumber(weighting.kish?.nEff)} ungewichtete.
              {weighting.excluded > 0
                ? ` ${formatNumber(weighting.excluded)} Antworten ohne verwertbare Angabe zu ${weighting.excludedBy.map((e) => e.label).join(' oder ')} gehen nicht in die gewichteten Ergebnisse ein.`
                : ''}
            </p>
            {weighting.warnings.map((w) => (
              <p className="kern-body" key={w}>
                {w}
              </p>
            ))}
          </Alert>
        ) : (
          <Alert type="warning" title="Die Ergebnisse sind ungewichtet">
            <p className="kern-body">{weighting.message}</p>
          </Alert>
        )
      ) : null}
      <section className="app-section" aria-labelledby="gewichtung-raender">
        <h3 className="kern-heading-small" id="gewichtung-raender">
          Randverteilungen der Bevölkerung
        </h3>
        {groups.length === 0 ? (
          <p className="kern-body">Es sind noch keine Randverteilungen hinterlegt.</p>
        ) : (
          groups.map((g) => (
            <div className="kern-table-responsive app-table-narrow" key={g.variable}>
              <table className="kern-table kern-table--small kern-table--striped">
                <caption className="kern-title app-caption">
                  {variableLabel(g.variable)} (zusammen {formatNumber(g.total)} Personen)
                </caption>
                <thead>
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">
                      Gruppe
                    </th>
                    <th scope="col" className="kern-table__header">
                      Code
                    </th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">
                      Personen
                    </th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {g.rows.map((r) => (
                    <tr className="kern-table__row" key={r.level}>
                      <th scope="row" className="kern-table__header">
                        {levelLabel(g.variable, r.level, wave.config)}
                      </th>
                      <td className="kern-table__cell app-tabular">{r.level}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(r.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))
        )}
      </section>
      {weighting ? <Comparison weighting={weighting} /> : null}
      {results.error ? <ErrorMessage error={results.error} onRetry={results.reload} /> : null}
      {editable ? (
        <section className="app-section" aria-labelledby="gewichtung-upload">
          <h3 className="kern-heading-small" id="gewichtung-upload">
            Randverteilungen hochladen
          </h3>
          <p className="kern-body">
            Eine CSV-Datei mit den Spalten <code>variable;level;count</code>, zum Beispiel{' '}
            <code>SD_ALTER×SD_GESCHLECHT;3×2;1234</code> (35 bis 44 Jahre, weiblich) und{' '}
            <code>SD_ORTSTEIL;1;5200</code> (erster Ortsteil). Statt „×“ geht auch „x“ oder „*“. Die Datei
            ersetzt die bisherigen Randverteilungen vollständig.
          </p>
          <ExpectedCodes waveId={wave.id} />
          <form className="app-form" noValidate onSubmit={form.handleSubmit(save)}>
            <ErrorSummary
              errors={summaryOf<TMarginsUploadForm>(['file'], form.formState.errors, () => FILE_ID)}
              attempt={form.formState.submitCount}
            />
            <ControlledFileField
              control={form.control}
              name="file"
              id={FILE_ID}
              label="CSV-Datei mit den Randverteilungen"
              accept=".csv,text/csv"
              onFile={(chosen) => void choose(chosen)}
            />
            {preview ? (
              <div className="app-section">
                <h4 className="kern-title">Vorschau ({formatNumber(preview.rows.length)} Zeilen)</h4>
                {preview.problems.length > 0 ? (
                  <Alert type="warning" title="Die Datei sieht nicht wie erwartet aus">
                    <ul className="kern-list">
                      {preview.problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  </Alert>
                ) : null}
                <ScrollTable label="Vorschau der Datei" className="app-preview">
                  <table className="kern-table kern-table--small">
                    <caption className="kern-sr-only">Die ersten Zeilen der Datei</caption>
                    <thead>
                      <tr className="kern-table__row">
                        {preview.header.map((h, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: header cells of a preview may repeat.
                          <th scope="col" className="kern-table__header" key={`${h}-${i}`}>
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody className="kern-table__body">
                      {preview.rows.slice(0, 30).map((row, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity.
                        <tr className="kern-table__row" key={i}>
                          {row.map((cell, j) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: cells of a preview row.
                            <td className="kern-table__cell" key={j}>
                              {cell}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
              </div>
            ) : null}
            <div className="app-form__actions">
              <button type="submit" className="kern-btn kern-btn--primary" disabled={upload.isPending}>
                <span className="kern-label">Randverteilungen hochladen</span>
              </button>
            </div>
            {upload.isPending ? <Progress label="Die Datei wird geprüft und gespeichert …" /> : null}
          </form>
          <div role="alert">
            {error ? (
              <Alert type="danger" title="Die Randverteilungen wurden nicht gespeichert">
                <p className="kern-body">{error.message}</p>
                {details.length > 1 ? (
                  <ul className="kern-list">
                    {details.slice(0, 20).map((d) => (
                      <li key={d.text ?? d.message}>{d.text ?? d.message}</li>
                    ))}
                  </ul>
                ) : null}
              </Alert>
            ) : null}
          </div>
          <div role="status">
            {warnings ? (
              <Alert type="success" title="Die Randverteilungen sind gespeichert">
                {warnings.map((w) => (
                  <p className="kern-body" key={w}>
                    {w}
                  </p>
                ))}
              </Alert>
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
