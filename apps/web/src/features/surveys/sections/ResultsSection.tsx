import type { Breakdown, Estimate, ItemResult, Results } from '@asskomm/contracts';
import { Alert } from '../../../components/Alert.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { SelectField } from '../../../components/FormField.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { queryKeys, useApiQuery } from '../../../lib/query.ts';
import { navigate, useLocation } from '../../../lib/router.tsx';
import { surveyApi } from '../api.ts';
import { ciText, formatNumber, meanText, shareText } from '../format.ts';
import { ScrollTable } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';

const BREAKDOWNS: { value: '' | Breakdown; label: string }[] = [
  { value: '', label: 'Keine (alle Befragten)' },
  { value: 'SD_ALTER', label: 'Altersgruppe' },
  { value: 'SD_GESCHLECHT', label: 'Geschlecht' },
  { value: 'SD_ORTSTEIL', label: 'Ortsteil' },
];
const MIN_N = ['10', '20', '30', '50', '100'];

function EstimateCell({ e, kind }: { e: Estimate; kind: 'share' | 'mean' }) {
  const main = kind === 'share' ? shareText(e) : meanText(e);
  return (
    <>
      <span className="app-estimate">{main}</span>
      {!e.suppressed && e.ciLow !== null ? (
        <span className="app-ci">
          <span className="kern-sr-only">95-%-Konfidenzintervall </span>
          {ciText(e, kind)}
        </span>
      ) : null}
      {e.suppressed ? <span className="kern-sr-only"> (zu wenige Befragte, nicht ausgewiesen)</span> : null}
      {!e.suppressed && e.small ? (
        <span className="kern-sr-only"> (wenige Befragte, eingeschränkt aussagekräftig)</span>
      ) : null}
    </>
  );
}

function caption(item: ItemResult): string {
  return item.groupTitle ? `${item.groupTitle} – ${item.text}` : item.text;
}

function ItemFootnotes({ item, weighted }: { item: ItemResult; weighted: boolean }) {
  return (
    <div className="app-table-notes">
      {item.mean ? (
        <p className="kern-body kern-body--small">
          Mittelwert auf der Skala von 1 ({item.scaleEnds?.low}) bis {item.categories.at(-1)?.code} (
          {item.scaleEnds?.high}): <strong>{meanText(item.mean)}</strong>
          {item.mean.ciLow !== null ? ` (95-%-KI ${ciText(item.mean, 'mean')})` : ''}
        </p>
      ) : null}
      {item.nonSubstantive
        .filter((c) => c.count > 0)
        .map((c) => (
          <p className="kern-body kern-body--small" key={c.code}>
            „{c.label}“: {shareText(c.share)} aller {formatNumber(item.answered)} Antwortenden (n ={' '}
            {formatNumber(c.count)}
            ); nicht in den Prozentwerten enthalten.
          </p>
        ))}
      <p className="kern-body kern-body--small app-n">
        {item.type === 'multi' ? 'Befragte mit Angabe' : 'Gültige Antworten'}: n = {formatNumber(item.valid)}{' '}
        (ungewichtet)
        {item.noAnswer > 0 ? `; ohne Antwort: ${formatNumber(item.noAnswer)}` : ''}
        {item.type === 'multi'
          ? '. Mehrfachnennungen möglich: Die Anteile ergeben zusammen mehr als 100 %.'
          : '.'}
        {weighted ? '' : ' Ungewichtet.'}
      </p>
    </div>
  );
}

function ItemTable({ item, weighted }: { item: ItemResult; weighted: boolean }) {
  return (
    <div className="app-result">
      <h4 className="app-result__title" id={`ergebnis-${item.code}`}>
        <span className="app-item-code">{item.code}</span> {caption(item)}
        {weighted ? null : <span className="app-unweighted"> (ungewichtet)</span>}
      </h4>
      <ScrollTable label={`Tabelle ${item.code}`}>
        <table className="kern-table kern-table--small kern-table--striped app-result-table">
          <caption className="kern-sr-only">
            {caption(item)}
            {weighted ? '' : ' (ungewichtet)'}
          </caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                Antwort
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {item.type === 'multi' ? 'Genannt von' : 'Anteil'}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                95-%-Konfidenzintervall
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Befragte (n)
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {item.categories.map((c) => (
              <tr className="kern-table__row" key={c.code}>
                <th scope="row" className="kern-table__header">
                  {c.label}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">
                  <span className="app-share">
                    <span className="app-bar-track" aria-hidden="true">
                      {c.share.estimate !== null && !c.share.suppressed ? (
                        <span
                          className={`app-bar${c.share.small ? ' app-bar--small' : ''}`}
                          style={{ width: `${Math.max(0, Math.min(100, c.share.estimate * 100))}%` }}
                        />
                      ) : null}
                    </span>
                    <span className="app-share__value">{shareText(c.share)}</span>
                  </span>
                </td>
                <td className="kern-table__cell kern-table__cell--numeric">{ciText(c.share, 'share')}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ItemFootnotes item={item} weighted={weighted} />
    </div>
  );
}

function BreakdownTable({
  item,
  results,
  weighted,
}: {
  item: ItemResult;
  results: Results;
  weighted: boolean;
}) {
  const domains = item.domains ?? [];
  return (
    <div className="app-result app-result--by">
      <h4 className="app-result__title" id={`ergebnis-${item.code}`}>
        <span className="app-item-code">{item.code}</span> {caption(item)} – nach {results.by?.label}
        {weighted ? null : <span className="app-unweighted"> (ungewichtet)</span>}
      </h4>
      <ScrollTable label={`Tabelle ${item.code} nach ${results.by?.label ?? ''}`}>
        <table className="kern-table kern-table--small kern-table--striped app-result-table app-result-table--by">
          <caption className="kern-sr-only">
            {caption(item)} – nach {results.by?.label}
            {weighted ? '' : ' (ungewichtet)'}
          </caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                Antwort
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Alle
              </th>
              {domains.map((d) => (
                <th scope="col" className="kern-table__header kern-table__header--numeric" key={d.code}>
                  {d.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {item.categories.map((c, k) => (
              <tr className="kern-table__row" key={c.code}>
                <th scope="row" className="kern-table__header">
                  {c.label}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">
                  <EstimateCell e={c.share} kind="share" />
                </td>
                {domains.map((d) => (
                  <td className="kern-table__cell kern-table__cell--numeric" key={d.code}>
                    <EstimateCell e={d.categories[k]!.share} kind="share" />
                  </td>
                ))}
              </tr>
            ))}
            {item.mean ? (
              <tr className="kern-table__row app-row--summary">
                <th scope="row" className="kern-table__header">
                  Mittelwert (1–{item.categories.at(-1)?.code})
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">
                  <EstimateCell e={item.mean} kind="mean" />
                </td>
                {domains.map((d) => (
                  <td className="kern-table__cell kern-table__cell--numeric" key={d.code}>
                    {d.mean ? <EstimateCell e={d.mean} kind="mean" /> : '–'}
                  </td>
                ))}
              </tr>
            ) : null}
            <tr className="kern-table__row app-row--summary">
              <th scope="row" className="kern-table__header">
                Befragte (n, ungewichtet)
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(item.valid)}</td>
              {domains.map((d) => (
                <td className="kern-table__cell kern-table__cell--numeric" key={d.code}>
                  {formatNumber(d.valid)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollTable>
      <ItemFootnotes item={item} weighted={weighted} />
    </div>
  );
}

function WeightingNote({ results }: { results: Results }) {
  const w = results.weighting;
  if (!w.applied) {
    return (
      <Alert type="warning" title="Ungewichtete Ergebnisse" headingLevel={3}>
        <p className="kern-body">{w.message}</p>
      </Alert>
    );
  }
  return (
    <Alert type="info" title="Gewichtete Ergebnisse" headingLevel={3}>
      <p className="kern-body">
        Gewichtet nach {w.variables.map((v) => v.label).join(' und ')} (Raking auf die Bevölkerung ab 16
        Jahren). {formatNumber(w.analysed)} Antworten; Gewichtungseffekt nach Kish{' '}
        {formatNumber(w.kish?.effect, 2)}, effektive Fallzahl {formatNumber(w.kish?.nEff)}.
        {w.excluded > 0
          ? ` ${formatNumber(w.excluded)} Antworten ohne verwertbare Angabe zu ${w.excludedBy.map((e) => e.label).join(' oder ')} sind nicht enthalten (nur in den ungewichteten Ergebnissen).`
          : ''}
      </p>
      {w.warnings.map((text) => (
        <p className="kern-body" key={text}>
          {text}
        </p>
      ))}
    </Alert>
  );
}

function Legend({ results }: { results: Results }) {
  return (
    <section className="app-legend-box" aria-labelledby="ergebnisse-lesehilfe">
      <h3 className="kern-title" id="ergebnisse-lesehilfe">
        Lesehilfe
      </h3>
      <ul className="kern-list kern-list--bullet kern-list--small">
        <li>
          Prozent sind gültige Prozent: „Weiß nicht / keine Angabe“ und „Nutze ich nicht“ zählen nicht mit;
          ihr Anteil steht unter der Tabelle.
        </li>
        <li>
          Das 95-%-Konfidenzintervall gibt den Bereich an, in dem der Wert für die ganze Bevölkerung mit hoher
          Wahrscheinlichkeit liegt.
        </li>
        <li>
          <strong>( )</strong> Werte in Klammern beruhen auf weniger als {results.minN} Befragten und sind nur
          eingeschränkt aussagekräftig (bei 30 Befragten macht eine Person 3,3 Prozentpunkte aus).
        </li>
        <li>
          <strong>–</strong> Weniger als {results.suppressBelow} Befragte: nicht ausgewiesen.
        </li>
        <li>n ist immer die ungewichtete Zahl der Befragten.</li>
      </ul>
    </section>
  );
}

export function ResultsSection({ wave }: SectionProps) {
  const { search, pathname } = useLocation();
  const by = (BREAKDOWNS.find((b) => b.value === search.get('nach'))?.value ?? '') as '' | Breakdown;
  const weighting = search.get('gewichtung') === 'nein' ? 'none' : 'auto';
  const minN = MIN_N.includes(search.get('mindestfallzahl') ?? '')
    ? Number(search.get('mindestfallzahl'))
    : 30;
  const topic = search.get('thema') ?? '';
  const { data, error, loading, reload } = useApiQuery(
    queryKeys.survey(wave.id, 'results', { responses: wave.responses, by, weighting, minN }),
    (signal) => surveyApi.results(wave.id, { by, minN, weighting }, signal),
    { keepPrevious: true },
  );

  function set(name: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    const text = next.toString();
    navigate(`${pathname}${text ? `?${text}` : ''}`, { replace: true, keepScroll: true });
  }

  if (wave.responses === 0) {
    return (
      <EmptyState title="Noch keine Antworten" headingLevel={3}>
        <p className="kern-body">Die Ergebnisse erscheinen hier, sobald Antworten vorliegen.</p>
      </EmptyState>
    );
  }

  const pages = data ? [...new Map(data.items.map((i) => [i.page, i.pageTitle])).entries()] : [];
  const shown = data?.items.filter((i) => !topic || i.page === topic) ?? [];
  const weighted = data?.weighting.applied ?? false;

  return (
    <>
      <form
        className="app-filter__form app-results-controls"
        aria-label="Darstellung der Ergebnisse"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          id="ergebnisse-nach"
          label="Aufgliedern nach"
          value={by}
          onValueChange={(v) => set('nach', v)}
          options={BREAKDOWNS}
        />
        <SelectField
          id="ergebnisse-thema"
          label="Thema"
          value={topic}
          onValueChange={(v) => set('thema', v)}
          options={[
            { value: '', label: 'Alle Themen' },
            ...pages.map(([id, title]) => ({ value: id, label: title })),
          ]}
        />
        <SelectField
          id="ergebnisse-gewichtung"
          label="Gewichtung"
          value={weighting === 'none' ? 'nein' : ''}
          onValueChange={(v) => set('gewichtung', v)}
          options={[
            { value: '', label: 'Gewichtet (Bevölkerung)' },
            { value: 'nein', label: 'Ungewichtet (Antwortende)' },
          ]}
        />
        <SelectField
          id="ergebnisse-mindestfallzahl"
          label="Klammern unter n ="
          value={String(minN)}
          onValueChange={(v) => set('mindestfallzahl', v === '30' ? '' : v)}
          options={MIN_N.map((n) => ({ value: n, label: n === '30' ? '30 (Standard)' : n }))}
        />
      </form>
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {!data ? <Loading label="Ergebnisse werden berechnet …" /> : null}
      {data ? (
        <div className={`app-results-body${loading ? ' app-stale' : ''}`} aria-busy={loading}>
          <WeightingNote results={data} />
          <Legend results={data} />
          {data.by && data.by.missing > 0 ? (
            <p className="kern-body kern-body--small">
              {formatNumber(data.by.missing)} Befragte ohne Angabe zu „{data.by.label}“ stehen nur in der
              Spalte „Alle“.
            </p>
          ) : null}
          {pages
            .filter(([id]) => !topic || id === topic)
            .map(([id, title]) => (
              <section className="app-section app-result-page" key={id} aria-labelledby={`ergebnisse-${id}`}>
                <h3 className="kern-heading-small" id={`ergebnisse-${id}`}>
                  {title}
                </h3>
                {shown
                  .filter((i) => i.page === id)
                  .map((item) =>
                    data.by && item.domains ? (
                      <BreakdownTable key={item.code} item={item} results={data} weighted={weighted} />
                    ) : (
                      <ItemTable key={item.code} item={item} weighted={weighted} />
                    ),
                  )}
              </section>
            ))}
          <p className="kern-body kern-body--small app-muted">
            Grundlage: {formatNumber(data.responses)} Antworten, davon {formatNumber(data.weighting.analysed)}{' '}
            ausgewertet
            {weighted ? ' (gewichtet)' : ' (ungewichtet)'}. Anteile mit 95-%-Konfidenzintervall
            (Logit-Methode), Mittelwerte mit Normalverteilungs-Intervall; Varianzschätzung mit
            Berücksichtigung der Gewichtung (Taylor-Linearisierung, wie das R-Paket survey).
          </p>
        </div>
      ) : null}
    </>
  );
}
