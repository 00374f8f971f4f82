import type { RemarkCountJson } from '@asskomm/contracts';
import { formatInteger } from '../../lib/format.ts';

function sumBy(items: RemarkCountJson[], key: (item: RemarkCountJson) => string): [string, number][] {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(key(item), (sums.get(key(item)) ?? 0) + item.count);
  return [...sums.entries()];
}

function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return new Date(Number(year), Number(m) - 1, 1).toLocaleDateString('de-DE', {
    month: 'long',
    year: 'numeric',
  });
}

function CountTable({ caption, rows, head }: { caption: string; head: string; rows: [string, number][] }) {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <div className="app-count-table">
      <table className="kern-table kern-table--small">
        <caption className="kern-title">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {head}
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Hinweise
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map(([label, count]) => (
            <tr key={label} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {label}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">
                <span
                  className="app-count-bar"
                  style={{ width: `${(count / max) * 4}rem` }}
                  aria-hidden="true"
                />
                {formatInteger(count)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The dashboard: remarks by category, month of receipt and district, as tables (screen-reader friendly). */
export function RemarkStats({ items }: { items: RemarkCountJson[] }) {
  const total = items.reduce((sum, item) => sum + item.count, 0);
  const open = items
    .filter((item) => item.status === 'eingegangen' || item.status === 'in_bearbeitung')
    .reduce((sum, item) => sum + item.count, 0);
  if (total === 0) return null;
  const byCategory = sumBy(items, (i) => i.categoryName).sort((a, b) => b[1] - a[1]);
  const byMonth = sumBy(items, (i) => i.month)
    .sort((a, b) => b[0].localeCompare(a[0]))
    .slice(0, 12)
    .map(([month, n]): [string, number] => [monthLabel(month), n]);
  const byDistrict = sumBy(items, (i) => i.district).sort((a, b) => b[1] - a[1]);
  return (
    <section className="app-section" aria-labelledby="hinweise-zahlen">
      <h2 className="kern-heading-medium" id="hinweise-zahlen">
        Überblick
      </h2>
      <p className="kern-body" data-testid="remark-totals">
        {formatInteger(total)} Hinweise, davon {formatInteger(open)} offen (eingegangen oder in Bearbeitung).
      </p>
      <div className="app-count-tables">
        <CountTable caption="Nach Kategorie" head="Kategorie" rows={byCategory} />
        <CountTable caption="Nach Monat (letzte 12)" head="Monat" rows={byMonth} />
        <CountTable caption="Nach Kreis" head="Kreis" rows={byDistrict} />
      </div>
    </section>
  );
}
