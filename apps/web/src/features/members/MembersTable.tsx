import type { NetworkMemberJson } from '@asskomm/contracts';
import { DemoBadge } from '../../components/Badge.tsx';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';

/** The members as a table: the map's facts for screen readers, and on phones one block per municipality. */
export function MembersTable({ items }: { items: NetworkMemberJson[] }) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped app-table-stack">
        <caption className="kern-sr-only">
          Kommunen der Allianz mit Mitgliedschaft, Präventionsrat und Coaching
        </caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Kommune
            </th>
            <th scope="col" className="kern-table__header">
              Kreis
            </th>
            <th scope="col" className="kern-table__header">
              Mitglied seit
            </th>
            <th scope="col" className="kern-table__header">
              Präventionsrat
            </th>
            <th scope="col" className="kern-table__header">
              Coaching
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {items.map((m) => (
            <tr key={m.ags} className="kern-table__row">
              <th scope="row" className="kern-table__header app-table-stack__title">
                <span className="app-name-cell">
                  <Link className="kern-link" href={`/hinweise?kommune=${m.ags}`}>
                    {m.name}
                  </Link>
                  {m.isDemo ? <DemoBadge small /> : null}
                </span>
              </th>
              <td className="kern-table__cell" data-label="Kreis">
                {m.kreisName}
              </td>
              <td className="kern-table__cell" data-label="Mitglied seit">
                {m.isMember ? formatDate(m.memberSince) : 'kein Mitglied'}
                {m.isModelMunicipality ? ' (Modellkommune)' : ''}
              </td>
              <td className="kern-table__cell" data-label="Präventionsrat">
                {m.council
                  ? `${m.council.name}${m.council.foundedOn ? `, seit ${formatDate(m.council.foundedOn)}` : ''}`
                  : '–'}
              </td>
              <td className="kern-table__cell" data-label="Coaching">
                {m.coachedYears.length ? m.coachedYears.join(', ') : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
