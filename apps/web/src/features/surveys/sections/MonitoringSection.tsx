import type { Monitoring } from '@asskomm/contracts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Fact } from '../../../components/Fact.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate } from '../../../lib/format.ts';
import { queryKeys, useApiQuery } from '../../../lib/query.ts';
import { surveyApi } from '../api.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { ScrollTable } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';
import { ReturnsChart } from './ReturnsChart.tsx';

function DistrictTable({ m }: { m: Monitoring }) {
  return (
    <section className="app-section" aria-labelledby="ruecklauf-ortsteile">
      <h3 className="kern-heading-small" id="ruecklauf-ortsteile">
        Rücklauf je Ortsteil
      </h3>
      <div className="kern-table-responsive app-table-narrow">
        <table className="kern-table kern-table--striped app-table-stack">
          <caption className="kern-sr-only">Rücklauf je Ortsteil</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                Ortsteil
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Angeschrieben
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Online
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Papier
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Rücklaufquote
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {m.byDistrict.map((d) => (
              <tr className="kern-table__row" key={d.district ?? '-'}>
                <th scope="row" className="kern-table__header app-table-stack__title">
                  {d.district ?? 'Ohne Ortsteil (zusätzliche Codes)'}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Angeschrieben">
                  {formatNumber(d.invited)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Online">
                  {formatNumber(d.online)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Papier">
                  {formatNumber(d.paper)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Rücklaufquote">
                  {formatPercent(d.rate)}
                </td>
              </tr>
            ))}
            {m.paperWithoutDistrict > 0 ? (
              <tr className="kern-table__row">
                <th scope="row" className="kern-table__header app-table-stack__title">
                  Papier ohne Angabe des Ortsteils
                </th>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Angeschrieben">
                  –
                </td>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Online">
                  –
                </td>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Papier">
                  {formatNumber(m.paperWithoutDistrict)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Rücklaufquote">
                  –
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DayTable({ m }: { m: Monitoring }) {
  return (
    <ScrollTable label="Eingänge je Tag" className="app-scroll-table">
      <table className="kern-table kern-table--small kern-table--striped">
        <caption className="kern-sr-only">Eingänge je Tag</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Tag
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Online
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Papier
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Insgesamt bis dahin
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {m.perDay.map((d) => (
            <tr className="kern-table__row" key={d.date}>
              <th scope="row" className="kern-table__header app-tabular">
                {formatDate(d.date)}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(d.online)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(d.paper)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(d.cumulative)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** Each letter batch on its own line, so that a second draw is visible and not hidden in the totals. */
function BatchTable({ m }: { m: Monitoring }) {
  return (
    <section className="app-section" aria-labelledby="ruecklauf-stichproben">
      <h3 className="kern-heading-small" id="ruecklauf-stichproben">
        Rücklauf je Stichprobe
      </h3>
      <p className="kern-body">
        Online-Antworten je Briefsendung. Papierbögen tragen keinen Code und zählen nur oben im
        Gesamtrücklauf.
      </p>
      <ScrollTable label="Rücklauf je Stichprobe" className="app-table-narrow">
        <table className="kern-table kern-table--small kern-table--striped">
          <caption className="kern-sr-only">Rücklauf je Stichprobe</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                Sendung
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Anschreiben
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Online beantwortet
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Quote online
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {m.batches.map((b) => (
              <tr className="kern-table__row" key={b.id ?? 'ohne'}>
                <th scope="row" className="kern-table__header">
                  {b.id === null
                    ? 'Codes ohne Stichprobe'
                    : `Stichprobe ${b.id} vom ${formatDate(b.createdAt ?? '')}`}
                  {b.voidedAt
                    ? ` (als verloren gemeldet, ${formatNumber(b.codesVoided)} Codes ungültig)`
                    : ''}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Anschreiben">
                  {formatNumber(b.letters)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Online beantwortet">
                  {formatNumber(b.used)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric" data-label="Quote online">
                  {formatPercent(b.onlineRate)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

export function MonitoringSection({ wave }: SectionProps) {
  const { data, error, loading, reload } = useApiQuery(
    queryKeys.survey(wave.id, 'monitoring', wave.responses),
    (signal) => surveyApi.monitoring(wave.id, signal),
  );
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading label="Rücklauf wird geladen …" />;
  const m = data;
  const busiest = m.perDay.reduce(
    (best, d) => (d.online + d.paper > best.online + best.paper ? d : best),
    m.perDay[0] ?? {
      date: '',
      online: 0,
      paper: 0,
      cumulative: 0,
    },
  );
  const chartLabel =
    m.perDay.length > 0
      ? `Säulendiagramm der Eingänge je Tag vom ${formatDate(m.perDay[0]!.date)} bis ${formatDate(m.perDay.at(-1)!.date)}: insgesamt ${m.responses.total} Antworten, die meisten (${busiest.online + busiest.paper}) am ${formatDate(busiest.date)}. Die Zahlen stehen in der Tabelle unter dem Diagramm.`
      : '';
  return (
    <>
      <dl className="kern-description-list app-key-figures">
        <Fact label="Angeschrieben">{formatNumber(m.invited)}</Fact>
        <Fact label="Antworten">
          {formatNumber(m.responses.total)} ({formatNumber(m.responses.online)} online,{' '}
          {formatNumber(m.responses.paper)} auf Papier)
        </Fact>
        <Fact label="Rücklaufquote">{formatPercent(m.rate)}</Fact>
      </dl>
      <p className="kern-body kern-body--small app-muted">
        Online-Antworten zählen für den Ortsteil der Anschrift (aus der Stichprobe), Papierbögen für den im
        Fragebogen angegebenen Ortsteil.
      </p>
      {m.byDistrict.length > 0 ? <DistrictTable m={m} /> : null}
      {m.batches.length > 0 ? <BatchTable m={m} /> : null}
      <section className="app-section" aria-labelledby="ruecklauf-tage">
        <h3 className="kern-heading-small" id="ruecklauf-tage">
          Eingänge je Tag
        </h3>
        {m.responses.total === 0 ? (
          <EmptyState title="Noch keine Antworten" headingLevel={3}>
            <p className="kern-body">Sobald die ersten Antworten eingehen, sehen Sie hier den Verlauf.</p>
          </EmptyState>
        ) : (
          <figure className="app-chart-figure">
            <ReturnsChart perDay={m.perDay} label={chartLabel} />
            <figcaption className="kern-body kern-body--small app-muted">
              Säulen: Eingänge je Tag (online, Papier); Linie: Antworten insgesamt (rechte Achse).
            </figcaption>
          </figure>
        )}
        {m.perDay.length > 0 ? (
          <details className="app-details">
            <summary className="app-details__summary">Eingänge je Tag als Tabelle</summary>
            <DayTable m={m} />
          </details>
        ) : null}
      </section>
    </>
  );
}
