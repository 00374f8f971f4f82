import { KENNZAHL_KEYS, KENNZAHL_LABELS, type Kennzahlen } from '@asskomm/contracts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatInteger } from '../../lib/format.ts';
import { formatEuroCents } from './format.ts';

/** The figures per year (new in that year), as an accessible table: one row per year. */
export function TrendTable({ data }: { data: Kennzahlen }) {
  if (data.je_jahr.length === 0) return <p className="kern-body">Noch keine Einträge mit Jahresangabe.</p>;
  return (
    <ScrollTable label="Entwicklung je Jahr">
      <table className="kern-table kern-table--striped app-table-stack" data-testid="kennzahlen-verlauf">
        <caption className="kern-title">Entwicklung je Jahr (im Jahr neu hinzugekommen)</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Jahr
            </th>
            {KENNZAHL_KEYS.map((key) => (
              <th key={key} scope="col" className="kern-table__header kern-table__header--numeric">
                {KENNZAHL_LABELS[key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {[...data.je_jahr].reverse().map((year) => (
            <tr key={year.jahr} className="kern-table__row">
              <th scope="row" className="kern-table__header app-table-stack__title">
                {year.jahr}
              </th>
              {KENNZAHL_KEYS.map((key) => (
                <td
                  key={key}
                  className="kern-table__cell kern-table__cell--numeric"
                  data-label={KENNZAHL_LABELS[key]}
                >
                  {key === 'foerdermittel_bewilligt_cent'
                    ? formatEuroCents(year.foerdermittel_bewilligt_cent)
                    : formatInteger(year[key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
