import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FilterBar } from '../../components/FilterBar.tsx';
import { TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { Link } from '../../lib/router.tsx';

const DEMO_AGS = '14999999';

/** Entry to the Lagebericht of a municipality: the account's own, or one found by name. */
export function ReportsIndexPage() {
  const { user } = useAuth();
  const [q, setQ] = useState('');
  const term = q.trim();
  const found = useQuery({
    queryKey: ['municipalities', 'list', { q: term, limit: 10, for: 'reports' }],
    queryFn: ({ signal }) => api.municipalities({ q: term, limit: 10, offset: 0, sort: 'name' }, signal),
    enabled: term.length >= 2,
  });
  const own = user?.ags ?? null;

  return (
    <Page
      title="Lageberichte"
      lead="Der Lagebericht einer Kommune verbindet Kriminalstatistik und Bürgerbefragung: als Webansicht, barrierefreies PDF, Word-Dokument und Datenanhang."
    >
      <ul className="report-list">
        {own ? (
          <li>
            <Link className="kern-link" href={`/lageberichte/${own}`}>
              Lagebericht Ihrer Kommune
            </Link>
          </li>
        ) : null}
        {own !== DEMO_AGS && (user?.role === 'admin' || user?.role === 'coach') ? (
          <li>
            <Link className="kern-link" href={`/lageberichte/${DEMO_AGS}`}>
              Lagebericht Musterstadt (Demodaten)
            </Link>
          </li>
        ) : null}
      </ul>
      {user?.role === 'admin' || user?.role === 'coach' ? (
        <section aria-labelledby="suche" className="app-section">
          <h2 className="kern-heading-medium" id="suche">
            Kommune suchen
          </h2>
          <FilterBar label="Kommune für den Lagebericht suchen">
            <TextField
              id="bericht-suche"
              label="Name oder Gemeindeschlüssel"
              hint="Ab zwei Zeichen erscheinen die passenden Kommunen."
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={q}
              onValueChange={setQ}
            />
          </FilterBar>
          {term.length >= 2 && found.isPending ? <Loading label="Kommunen werden gesucht …" /> : null}
          {found.data ? (
            found.data.items.length ? (
              <ul className="report-list">
                {found.data.items.map((m) => (
                  <li key={m.ags}>
                    <Link className="kern-link" href={`/lageberichte/${m.ags}`}>
                      {m.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="kern-body">Keine Kommune gefunden.</p>
            )
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}
