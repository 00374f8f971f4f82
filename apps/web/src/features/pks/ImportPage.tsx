import {
  type ImportIssue,
  type ImportPreview,
  type ImportResult,
  type ImportSummary,
  PKS_UPLOAD_MAX_BYTES,
  type TPksUploadForm,
  type TPksUploadFormInput,
  ZPksUploadForm,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../components/Alert.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import {
  ControlledFileField,
  ControlledSelectField,
  ControlledTextField,
} from '../../components/FormControls.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { fieldId, summaryOf } from '../../lib/form-errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { PksApiError, pksApi, type UploadInput } from './api.ts';
import { formatInteger } from './format.ts';
import { IssueTable } from './IssueTable.tsx';
import { SubNav, useCanImport } from './SubNav.tsx';

const MAX_MB = PKS_UPLOAD_MAX_BYTES / 1024 / 1024;

const UPLOAD_ORDER = ['file', 'year', 'format', 'source'] as const;
// The inputs keep the ids they had before the fields moved into react-hook-form.
const UPLOAD_IDS: Record<string, string> = {
  file: 'datei',
  format: 'format',
  year: 'jahr',
  source: 'quelle',
};
const uploadId = (name: string) => fieldId('pks', UPLOAD_IDS[name] ?? name);

const FORMATS = [
  { value: '', label: 'automatisch erkennen' },
  { value: 'gemeinde', label: 'Gemeinde-Vorlage (CSV oder XLSX)' },
  { value: 'bka-kreise', label: 'BKA-Kreistabelle KR-F-01-T01 (Originalformat)' },
  { value: 'kreise-csv', label: 'Kreistabelle, bereinigt (CSV)' },
  { value: 'bevoelkerung', label: 'Bevölkerung (ags, stichtag, population)' },
];

function Summary({ summary, replaces }: { summary: ImportSummary; replaces?: number }) {
  const items: [string, string][] = [
    ['Datei', summary.filename ?? '–'],
    ['Format', `${summary.formatLabel}${summary.encoding ? ` (${summary.encoding})` : ''}`],
    ['Quelle', summary.source],
    ['Berichtsjahre', summary.years.join(', ') || '–'],
    ['Zeilen', formatInteger(summary.rowCount)],
    ['Gebiete', formatInteger(summary.areaCount)],
    ['Straftatenschlüssel', formatInteger(summary.keyCount)],
    ...summary.totals.map((t): [string, string] => [
      `Straftaten insgesamt ${t.year}`,
      `${formatInteger(t.cases)} Fälle (Summe über ${formatInteger(t.areas)} Gebiete)`,
    ]),
  ];
  if (replaces !== undefined)
    items.push([
      'Ersetzt',
      replaces > 0 ? `${formatInteger(replaces)} Zeilen derselben Quelle und Jahre` : 'nichts (neue Daten)',
    ]);
  return (
    <dl className="kern-description-list">
      {items.map(([key, value]) => (
        <div key={key} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{key}</dt>
          <dd className="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Sample({ preview }: { preview: ImportPreview }) {
  if (preview.sample.rows.length === 0) return null;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--small kern-table--striped app-table-stack pks-table">
        <caption className="kern-body kern-body--bold pks-caption">
          Die ersten Zeilen, wie sie gelesen wurden
        </caption>
        <thead>
          <tr className="kern-table__row">
            {preview.sample.columns.map((column) => (
              <th key={column} scope="col" className="kern-table__header">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {preview.sample.rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sample; rows of a faulty file may repeat.
            <tr key={`${index}-${row.join('|')}`} className="kern-table__row">
              {row.map((cell, c) => (
                <td
                  key={preview.sample.columns[c]}
                  className="kern-table__cell"
                  data-label={preview.sample.columns[c]}
                >
                  {cell === null ? '–' : String(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ImportLog({ generation }: { generation: number }) {
  const log = useApiQuery(queryKeys.pks('imports', generation), (signal) => pksApi.imports(signal));
  return (
    <section className="app-section" aria-labelledby="pks-protokoll">
      <h2 className="kern-heading-medium" id="pks-protokoll">
        Bisherige Importe
      </h2>
      {log.error ? <ErrorMessage error={log.error} onRetry={log.reload} /> : null}
      {log.loading && !log.data ? <Loading /> : null}
      {log.data && log.data.items.length === 0 ? <p className="kern-body">Noch keine Importe.</p> : null}
      {log.data && log.data.items.length > 0 ? (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--striped kern-table--small app-table-stack pks-table">
            <caption className="kern-sr-only">Importprotokoll, neueste zuerst</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Zeitpunkt
                </th>
                <th scope="col" className="kern-table__header">
                  Quelle
                </th>
                <th scope="col" className="kern-table__header">
                  Datei
                </th>
                <th scope="col" className="kern-table__header">
                  Jahre
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Zeilen
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  ersetzt
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Warnungen
                </th>
                <th scope="col" className="kern-table__header">
                  von
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {log.data.items.map((item) => (
                <tr key={item.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header app-table-stack__title">
                    {formatDateTime(item.importedAt)}
                  </th>
                  <td className="kern-table__cell" data-label="Quelle">
                    {item.source}
                  </td>
                  <td className="kern-table__cell pks-break" data-label="Datei">
                    {item.filename ?? '–'}
                  </td>
                  <td className="kern-table__cell" data-label="Jahre">
                    {item.years.length > 3 ? `${item.years[0]}–${item.years.at(-1)}` : item.years.join(', ')}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric" data-label="Zeilen">
                    {formatInteger(item.rowCount)}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric" data-label="ersetzt">
                    {formatInteger(item.replacedRows)}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric" data-label="Warnungen">
                    {formatInteger(item.warningCount)}
                  </td>
                  <td className="kern-table__cell" data-label="von">
                    {item.importedBy}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'preview'; input: UploadInput; preview: ImportPreview }
  | { kind: 'committing'; input: UploadInput; preview: ImportPreview }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'rejected'; message: string; issues: ImportIssue[] }
  | { kind: 'failed'; error: ApiError };

export function ImportPage() {
  const { user } = useAuth();
  const canImport = useCanImport();
  const form = useForm<TPksUploadFormInput, unknown, TPksUploadForm>({
    resolver: zodResolver(ZPksUploadForm),
    defaultValues: { file: null, format: '', year: '', source: '' },
  });
  const [attempt, setAttempt] = useState(0);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [generation, setGeneration] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (stage.kind === 'preview' || stage.kind === 'done' || stage.kind === 'rejected')
      resultRef.current?.focus();
  }, [stage.kind]);

  if (!canImport) {
    return (
      <Page title="Daten importieren">
        <SubNav current="import" />
        <p className="kern-body">Mit Ihrer Rolle können Sie keine PKS-Daten importieren.</p>
      </Page>
    );
  }

  function fail(error: unknown) {
    if (error instanceof PksApiError && error.issues.length > 0) {
      setStage({ kind: 'rejected', message: error.message, issues: error.issues });
    } else if (error instanceof ApiError) {
      setStage({ kind: 'failed', error });
    } else {
      setStage({
        kind: 'failed',
        error: new ApiError(0, 'UNKNOWN', 'Ein unerwarteter Fehler ist aufgetreten.'),
      });
    }
  }

  async function onCheck(input: UploadInput) {
    setAttempt((a) => a + 1);
    setStage({ kind: 'checking' });
    try {
      const preview = await pksApi.preview(input);
      setStage({ kind: 'preview', input, preview });
    } catch (error) {
      fail(error);
    }
  }

  async function onCommit() {
    if (stage.kind !== 'preview') return;
    setStage({ kind: 'committing', input: stage.input, preview: stage.preview });
    try {
      const result = await pksApi.commit(stage.input);
      setStage({ kind: 'done', result });
      setGeneration((g) => g + 1);
    } catch (error) {
      fail(error);
    }
  }

  const busy = stage.kind === 'checking' || stage.kind === 'committing';
  const controlled = { control: form.control } as const;

  return (
    <Page
      title="Daten importieren"
      lead="Laden Sie eine PKS-Tabelle oder eine Bevölkerungsreihe hoch. Die Datei wird zuerst vollständig geprüft; gespeichert wird erst, wenn Sie den Import bestätigen – und dann ganz oder gar nicht."
    >
      <SubNav current="import" />
      <ErrorSummary errors={summaryOf(UPLOAD_ORDER, form.formState.errors, uploadId)} attempt={attempt} />
      <section className="app-section" aria-labelledby="pks-formate">
        <h2 className="kern-heading-small" id="pks-formate">
          Welche Dateien?
        </h2>
        <ul className="kern-list pks-formats">
          <li>
            <span className="kern-body--bold">Gemeinde-Vorlage</span> (CSV mit Semikolon oder XLSX), Spalten{' '}
            <code>ags;jahr;schluessel;erfasste_faelle;versuche;aufgeklaerte_faelle;tatverdaechtige</code>.
            Kommunen importieren nur ihre eigene AGS.
          </li>
          <li>
            <span className="kern-body--bold">BKA-Kreistabelle</span> KR-F-01-T01 im Originalformat (Latin-1)
            oder bereinigt; das Berichtsjahr steht im Dateinamen oder unten im Feld. Nur die Geschäftsstelle.
          </li>
          <li>
            <span className="kern-body--bold">Bevölkerung</span> mit den Spalten{' '}
            <code>ags,stichtag,population</code>; die HZ eines Jahres nutzt den Bestand vom 31.12. des
            Vorjahres.
          </li>
        </ul>
        <p className="kern-body">
          Ein erneuter Import derselben Quelle und derselben Jahre ersetzt die bisherigen Zahlen.
        </p>
      </section>
      <form
        className="app-form pks-upload"
        onSubmit={form.handleSubmit(onCheck, () => setAttempt((a) => a + 1))}
        noValidate
      >
        <ControlledFileField
          {...controlled}
          name="file"
          id={uploadId('file')}
          label={`Datei (CSV oder XLSX, höchstens ${MAX_MB} MB)`}
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          // A new file needs a new check: the previous result no longer applies.
          onFile={() => setStage({ kind: 'idle' })}
        />
        <ControlledSelectField
          {...controlled}
          name="format"
          id={uploadId('format')}
          label="Format"
          options={FORMATS}
        />
        <ControlledTextField
          {...controlled}
          name="year"
          id={uploadId('year')}
          label="Berichtsjahr"
          optional
          hint="Nur für BKA-Kreistabellen, wenn das Jahr nicht im Dateinamen steht."
          inputMode="numeric"
          width="small"
        />
        <ControlledTextField
          {...controlled}
          name="source"
          id={uploadId('source')}
          label="Quelle"
          optional
          hint="Zum Beispiel „LKA Sachsen, Lieferung März 2026“. Ohne Angabe: „Gemeinde-Vorlage“ bzw. „Bevölkerungsdatei“."
          maxLength={120}
        />
        <div className="app-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">Datei prüfen</span>
          </button>
        </div>
      </form>
      <div ref={resultRef} tabIndex={-1} className="pks-result" aria-live="polite">
        {stage.kind === 'checking' ? <Loading label="Die Datei wird geprüft …" /> : null}
        {stage.kind === 'committing' ? <Loading label="Die Daten werden gespeichert …" /> : null}
        {stage.kind === 'failed' ? <ErrorMessage error={stage.error} title="Das hat nicht geklappt" /> : null}
        {stage.kind === 'rejected' ? (
          <>
            <Alert type="danger" title="Nicht importiert" headingLevel={2}>
              <p className="kern-body">{stage.message}</p>
            </Alert>
            <IssueTable issues={stage.issues} caption="Fehler" total={stage.issues.length} />
          </>
        ) : null}
        {stage.kind === 'preview' || stage.kind === 'committing' ? (
          <section aria-labelledby="pks-vorschau">
            <h2 className="kern-heading-medium" id="pks-vorschau">
              Prüfergebnis
            </h2>
            {stage.preview.ok ? (
              <Alert type="success" title="Die Datei kann importiert werden">
                <p className="kern-body">
                  Keine Fehler
                  {stage.preview.summary.warningCount > 0
                    ? `, ${formatInteger(stage.preview.summary.warningCount)} Warnungen (siehe unten)`
                    : ''}
                  . Noch ist nichts gespeichert.
                </p>
              </Alert>
            ) : (
              <Alert type="danger" title="Die Datei hat Fehler">
                <p className="kern-body">
                  {formatInteger(stage.preview.summary.errorCount)} Fehler. Bitte korrigieren Sie die Datei
                  und prüfen Sie sie erneut. Es wird nichts gespeichert.
                </p>
              </Alert>
            )}
            <Summary
              summary={stage.preview.summary}
              replaces={stage.preview.ok ? stage.preview.replacesRows : undefined}
            />
            <IssueTable
              issues={stage.preview.errors}
              caption="Fehler"
              total={stage.preview.summary.errorCount}
            />
            <IssueTable
              issues={stage.preview.warnings}
              caption="Warnungen (kein Hindernis für den Import)"
              total={stage.preview.summary.warningCount}
            />
            <Sample preview={stage.preview} />
            {stage.preview.ok ? (
              <div className="app-form__actions">
                <button
                  type="button"
                  className="kern-btn kern-btn--primary"
                  onClick={() => void onCommit()}
                  disabled={stage.kind === 'committing'}
                >
                  <span className="kern-label">Jetzt importieren</span>
                </button>
              </div>
            ) : null}
          </section>
        ) : null}
        {stage.kind === 'done' ? (
          <section aria-labelledby="pks-fertig">
            <Alert type="success" title="Importiert" headingLevel={2} id="pks-fertig">
              <p className="kern-body">
                {formatInteger(stage.result.summary.rowCount)} Zeilen gespeichert
                {stage.result.replacedRows > 0
                  ? `, ${formatInteger(stage.result.replacedRows)} ältere Zeilen derselben Quelle ersetzt`
                  : ''}
                .
              </p>
              <p className="kern-body">
                {user?.ags ? (
                  <Link className="kern-link" href={`/kriminalstatistik/profil/${user.ags}`}>
                    Zum Profil Ihrer Kommune
                  </Link>
                ) : (
                  <Link className="kern-link" href="/kriminalstatistik">
                    Zur Übersicht der Kriminalstatistik
                  </Link>
                )}
              </p>
            </Alert>
            <Summary summary={stage.result.summary} />
          </section>
        ) : null}
      </div>
      <ImportLog generation={generation} />
    </Page>
  );
}
