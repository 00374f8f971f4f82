import type { MunicipalityListItem, MunicipalitySort } from '@asskomm/contracts';
import { DemoBadge } from '../../components/Badge.tsx';
import { formatDecimal, formatInteger } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';

type Column = 'name' | 'ags' | 'population' | 'area' | 'density';

function ariaSort(column: Column, sort: MunicipalitySort): 'ascending' | 'descending' | undefined {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  if (field !== column) return undefined;
  return descending ? 'descending' : 'ascending';
}

interface MunicipalityTableProps {
  items: MunicipalityListItem[];
  sort: MunicipalitySort;
  caption: string;
}

export function MunicipalityTable({ items, sort, caption }: MunicipalityTableProps) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped app-table-stack">
        <caption className="kern-sr-only">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header" aria-sort={ariaSort('name', sort)}>
              Name
            </th>
            <th scope="col" className="kern-table__header" aria-sort={ariaSort('ags', sort)}>
              AGS
            </th>
            <th scope="col" className="kern-table__header">
              Landkreis
            </th>
            <th
              scope="col"
              className="kern-table__header kern-table__header--numeric"
              aria-sort={ariaSort('population', sort)}
            >
              Einwohner
            </th>
            <th
              scope="col"
              className="kern-table__header kern-table__header--numeric"
              aria-sort={ariaSort('area', sort)}
            >
              Fläche (km²)
            </th>
            <th
              scope="col"
              className="kern-table__header kern-table__header--numeric"
              aria-sort={ariaSort('density', sort)}
            >
              Dichte (Einw./km²)
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {items.map((item) => (
            <tr key={item.ags} className={`kern-table__row${item.isDemo ? ' app-row--demo' : ''}`}>
              <th scope="row" className="kern-table__header app-table-stack__title">
                <span className="app-name-cell">
                  <Link className="kern-link" href={`/kommunen/${encodeURIComponent(item.ags)}`}>
                    {item.name}
                  </Link>
                  {item.isDemo ? <DemoBadge small /> : null}
                </span>
              </th>
              <td className="kern-table__cell" data-label="AGS">
                <span className="app-tabular">{item.ags}</span>
              </td>
              <td className="kern-table__cell" data-label="Landkreis">
                {item.kreisName}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric" data-label="Einwohner">
                {formatInteger(item.population)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric" data-label="Fläche (km²)">
                {formatDecimal(item.areaKm2, 2)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric" data-label="Dichte (Einw./km²)">
                {formatInteger(item.density)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
