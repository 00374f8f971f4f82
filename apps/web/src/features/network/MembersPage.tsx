import type { NetworkMember } from '@asskomm/contracts';
import { useMemo, useState } from 'react';
import { Badge, DemoBadge } from '../../components/Badge.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FilterBar, ResultCount } from '../../components/FilterBar.tsx';
import { SelectField, TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { networkApi, networkKeys } from './api.ts';
import { mayReadNetwork } from './permissions.ts';
import { SubNav } from './SubNav.tsx';

const KINDS = [
  { value: '', label: 'alle' },
  { value: 'mitglied', label: 'Mitglieder' },
  { value: 'modell', label: 'Modellkommunen' },
  { value: 'rat', label: 'mit Präventionsrat' },
  { value: 'coaching', label: 'gecoacht' },
] as const;
type Kind = (typeof KINDS)[number]['value'];

const matchesKind: Record<Kind, (m: NetworkMember) => boolean> = {
  '': () => true,
  mitglied: (m) => m.isMember,
  modell: (m) => m.isModelMunicipality,
  rat: (m) => m.council !== null,
  coaching: (m) => m.coachedYears.length > 0,
};

/** The LPR's overview of the alliance: members, councils and coached municipalities, with filters. */
export function MembersPage() {
  const { user } = useAuth();
  const members = useApiQuery(networkKeys.members, (signal) => networkApi.members(signal));
  const [q, setQ] = useState('');
  const [kreis, setKreis] = useState('');
  const [kind, setKind] = useState<Kind>('');
  const items = members.data?.items ?? [];
  const kreise = useMemo(
    () => [...new Set(items.map((m) => m.kreisName))].sort((a, b) => a.localeCompare(b, 'de')),
    [items],
  );
  const needle = q.trim().toLocaleLowerCase('de');
  const shown = items.filter(
    (m) =>
      (!needle || m.name.toLocaleLowerCase('de').includes(needle) || m.ags.startsWith(needle)) &&
      (!kreis || m.kreisName === kreis) &&
      matchesKind[kind](m),
  );
  const count = (predicate: (m: NetworkMember) => boolean) => items.filter(predicate).length;

  return (
    <Page
      title="Netzwerk der Allianz"
      before={<SubNav current="mitglieder" />}
      lead="Mitgliedskommunen, Kommunale Präventionsräte und gecoachte Kommunen der Allianz Sichere Sächsische Kommunen."
    >
      {members.error ? <ErrorMessage error={members.error} onRetry={members.reload} /> : null}
      {members.loading ? <Loading label="Mitglieder werden geladen …" /> : null}
      {members.data ? (
        <>
          <p className="kern-body" data-testid="network-counts">
            {count((m) => m.isMember)} Mitglieder, davon {count((m) => m.isModelMunicipality)} Modellkommunen
            · {count((m) => m.council !== null)} Präventionsräte · {count((m) => m.coachedYears.length > 0)}{' '}
            gecoachte Kommunen
          </p>
          <FilterBar label="Mitglieder filtern">
            <TextField
              id="netzwerk-suche"
              label="Name oder AGS"
              type="search"
              value={q}
              onValueChange={setQ}
            />
            <SelectField
              id="netzwerk-kreis"
              label="Landkreis"
              value={kreis}
              onValueChange={setKreis}
              options={[{ value: '', label: 'alle Kreise' }, ...kreise.map((k) => ({ value: k, label: k }))]}
            />
            <SelectField
              id="netzwerk-art"
              label="Zeigen"
              value={kind}
              onValueChange={(value) => setKind(value as Kind)}
              options={KINDS.map((k) => ({ value: k.value, label: k.label }))}
            />
          </FilterBar>
          <ResultCount>
            {shown.length === items.length
              ? `${items.length} Kommunen`
              : `${shown.length} von ${items.length} Kommunen`}
          </ResultCount>
          {shown.length === 0 ? (
            <EmptyState
              title={items.length === 0 ? 'Noch keine Mitglieder' : 'Keine Kommune passt zu den Filtern'}
            >
              <p className="kern-body">
                {items.length === 0
                  ? 'Sobald eine Kooperationsvereinbarung erfasst ist, erscheint die Kommune hier.'
                  : 'Ändern Sie die Suche oder setzen Sie die Filter zurück.'}
              </p>
            </EmptyState>
          ) : (
            <div className="kern-table-responsive">
              <table className="kern-table kern-table--striped app-table-stack">
                <caption className="kern-sr-only">Kommunen im Netzwerk</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">
                      Kommune
                    </th>
                    <th scope="col" className="kern-table__header">
                      Landkreis
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
                  {shown.map((m) => (
                    <tr key={m.ags} className="kern-table__row" data-ags={m.ags}>
                      <th scope="row" className="kern-table__header app-table-stack__title">
                        <span className="app-name-cell">
                          {user && mayReadNetwork(user, m.ags) ? (
                            <Link className="kern-link" href={`/netzwerk/${m.ags}`}>
                              {m.name}
                            </Link>
                          ) : (
                            m.name
                          )}
                          {m.isDemo ? <DemoBadge small /> : null}
                          {m.isModelMunicipality ? (
                            <Badge type="success" label="Modellkommune" icon={false} small />
                          ) : null}
                        </span>
                      </th>
                      <td className="kern-table__cell" data-label="Landkreis">
                        {m.kreisName}
                      </td>
                      <td className="kern-table__cell" data-label="Mitglied seit">
                        {m.isMember ? formatDate(m.memberSince) : 'kein Mitglied'}
                      </td>
                      <td className="kern-table__cell" data-label="Präventionsrat">
                        {m.council ? `seit ${formatDate(m.council.foundedOn)}` : '–'}
                      </td>
                      <td className="kern-table__cell" data-label="Coaching">
                        {m.coachedYears.length ? m.coachedYears.join(', ') : '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </Page>
  );
}
