import { KENNZAHL_KEYS, KENNZAHL_LABELS, type Kennzahlen, type KennzahlKey } from '@asskomm/contracts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatInteger } from '../../lib/format.ts';
import { formatEuroCents } from './format.ts';

/**
 * The figures per year (new in that year): one row per figure, one column per year, the latest year last,
 * so a row reads as a trend from left to right.
 */
export function TrendTable({ data }: { data: Kennzahlen }) {
  if (data.je_jahr.length === 0) return <p className="kern-body">Noch keine Einträge mit Jahresangabe.</p>;
  const cell = (key: KennzahlKey, year: Kennzahlen['je_jahr'][number]) =>
    key === 'foerdermittel_bewilligt_cent'
      ? year.foerdermittel_bewilligt_cent === null
        ? '–'
        : formatEuroCents(year.foerdermittel_bewilligt_cent)
      : formatInteger(year[key]);
  return (
    <ScrollTable label="Entwicklung je Jahr">
      <table className="kern-table kern-table--striped" data-testid="kennzahlen-verlauf">
        <caption className="kern-sr-only">Kennzahlen je Jahr, im jeweiligen Jahr neu hinzugekommen</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Kennzahl
            </th>
            {data.je_jahr.map((year) => (
              <th key={year.jahr} scope="col" className="kern-table__header kern-table__header--numeric">
                {year.jahr}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {KENNZAHL_KEYS.map((key) => (
            <tr key={key} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {KENNZAHL_LABELS[key]}
              </th>
              {data.je_jahr.map((year) => (
                <td key={year.jahr} className="kern-table__cell kern-table__cell--numeric">
                  {cell(key, year)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
