import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { projectApi } from './api.ts';

const pct = (x: number | null | undefined) =>
  x == null ? '–' : `${(x * 100).toFixed(1).replace('.', ',')} %`;
const pp = (x: number) =>
  `${x >= 0 ? '+' : '−'}${Math.abs(x * 100)
    .toFixed(1)
    .replace('.', ',')}`;

/** Beccaria step 6: the linked survey indicators before and after, with the change and its 95 % interval. */
export function EvaluationTable({ projectId, configured }: { projectId: number; configured: boolean }) {
  const { data, error, reload } = useApiQuery(
    configured ? ['projects', projectId, 'evaluation'] : null,
    (signal) => projectApi.evaluation(projectId, signal),
  );
  return (
    <section className="app-section" aria-labelledby="evaluation">
      <h2 className="kern-heading-medium" id="evaluation">
        Überprüfung mit der Bürgerbefragung
      </h2>
      {!configured ? (
        <p className="kern-body">
          Noch keine Befragungswerte verknüpft. Verknüpfen Sie Fragen (z. B. SF01) mit einer Befragung vor und
          einer nach dem Projekt, um die Veränderung mit 95-%-Intervall zu sehen.
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {data && data.rows.length > 0 ? (
        <div className="kern-table-responsive">
          <table className="kern-table">
            <caption className="kern-body">
              Anteile aus „{data.waveBefore?.title}“ und „{data.waveAfter?.title}“; Veränderung in
              Prozentpunkten mit 95-%-Intervall.
            </caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Frage
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Vorher
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Nachher
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Veränderung (95-%-Intervall)
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {data.rows.map((r) => (
                <tr key={r.item} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    {r.item}
                    {r.meaning ? ` (${r.meaning})` : ''}
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric">{pct(r.before?.estimate)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{pct(r.after?.estimate)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {r.change
                      ? `${pp(r.change.difference)} (${pp(r.change.ciLow)} bis ${pp(r.change.ciHigh)})${r.change.notable ? ', deutlich' : ''}`
                      : r.note}
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
