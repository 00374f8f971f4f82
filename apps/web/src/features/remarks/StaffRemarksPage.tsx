import {
  REMARK_CATEGORIES,
  REMARK_STATUS_LABELS,
  REMARK_STATUSES,
  type RemarkStatus,
} from '@asskomm/contracts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { SelectField, TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { navigate, useLocation } from '../../lib/router.tsx';
import { exportHref, filterQuery, type RemarkListFilter, remarkKeys, remarksApi } from './api.ts';
import { municipalityLabel, useMunicipalityNames } from './municipalities.ts';
import { RemarkItem } from './RemarkItem.tsx';
import { RemarkStats } from './RemarkStats.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The server's default page of the staff list (ZRemarkFilter.limit). */
const LIST_LIMIT = 200;

/** The filters live in the URL (bookmarkable, back button); invalid values are ignored. */
function readFilter(search: URLSearchParams, fixedAgs: string | null): RemarkListFilter {
  const status = search.get('status') ?? '';
  const category = search.get('kategorie') ?? '';
  const ags = fixedAgs ?? search.get('kommune') ?? '';
  const from = search.get('von') ?? '';
  const to = search.get('bis') ?? '';
  return {
    ags: /^\d{8}$/.test(ags) ? ags : '',
    status: (REMARK_STATUSES as readonly string[]).includes(status) ? (status as RemarkStatus) : '',
    category: REMARK_CATEGORIES.some((c) => c.code === category) ? category : '',
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
  };
}

function hrefOf(filter: RemarkListFilter, fixedAgs: string | null): string {
  return `/hinweise/bearbeitung${filterQuery({
    status: filter.status,
    kategorie: filter.category,
    kommune: fixedAgs ? '' : filter.ags,
    von: filter.from,
    bis: filter.to,
  } as Partial<RemarkListFilter>)}`;
}

/**
 * Staff dashboard of remarks (remark:read): counts by category, month and district, the list with filters,
 * CSV export, and for those who handle remarks (remark:manage) status changes and photo approval. The
 * server limits everything to the municipalities the account may read; a `kommune` or `rat` account sees
 * its own municipality only.
 */
export function StaffRemarksPage() {
  const { user } = useAuth();
  const { search } = useLocation();
  const fixedAgs = user && (user.role === 'kommune' || user.role === 'rat') ? user.ags : null;
  const filter = readFilter(search, fixedAgs);
  const { names } = useMunicipalityNames();
  const stats = useApiQuery(remarkKeys.stats(filter.ags), (signal) => remarksApi.stats(filter.ags, signal));
  const list = useApiQuery(remarkKeys.staffList(filter), (signal) => remarksApi.staffList(filter, signal), {
    keepPrevious: true,
  });
  const nameOf = new Map((names ?? []).map((m) => [m.ags, m.name]));
  const choices =
    user?.role === 'coach' ? (names ?? []).filter((m) => user.assignedAgs.includes(m.ags)) : (names ?? []);
  const canManage = user?.role !== 'rat';
  const set = (change: Partial<RemarkListFilter>) =>
    navigate(hrefOf({ ...filter, ...change }, fixedAgs), { replace: true, keepScroll: true });

  return (
    <Page
      title="Hinweise bearbeiten"
      lead={
        fixedAgs
          ? `Hinweise für ${nameOf.get(fixedAgs) ?? fixedAgs}: Status setzen, öffentlich antworten, Fotos prüfen.`
          : 'Hinweise der Kommunen, die Sie betreuen: Status setzen, öffentlich antworten, Fotos prüfen.'
      }
    >
      {stats.error ? <ErrorMessage error={stats.error} onRetry={stats.reload} /> : null}
      {stats.data ? <RemarkStats items={stats.data.items} /> : null}
      <section className="app-section" aria-labelledby="hinweise-liste">
        <h2 className="kern-heading-medium" id="hinweise-liste">
          Hinweise
        </h2>
        <FilterBar label="Hinweise filtern" className="app-remark-filter">
          {fixedAgs ? null : (
            <SelectField
              id="filter-kommune"
              label="Kommune"
              value={filter.ags}
              onValueChange={(ags) => set({ ags })}
              options={[
                { value: '', label: 'Alle' },
                ...choices.map((m) => ({ value: m.ags, label: municipalityLabel(m) })),
              ]}
            />
          )}
          <SelectField
            id="filter-status"
            label="Status"
            value={filter.status}
            onValueChange={(status) => set({ status: status as RemarkListFilter['status'] })}
            options={[
              { value: '', label: 'Alle' },
              ...REMARK_STATUSES.map((s) => ({ value: s, label: REMARK_STATUS_LABELS[s] })),
            ]}
          />
          <SelectField
            id="filter-kategorie"
            label="Kategorie"
            value={filter.category}
            onValueChange={(category) => set({ category })}
            options={[
              { value: '', label: 'Alle' },
              ...REMARK_CATEGORIES.map((c) => ({ value: c.code, label: c.name })),
            ]}
          />
          <TextField
            id="filter-von"
            label="Eingang ab"
            type="date"
            value={filter.from}
            onValueChange={(from) => set({ from })}
          />
          <TextField
            id="filter-bis"
            label="Eingang bis"
            type="date"
            value={filter.to}
            onValueChange={(to) => set({ to })}
          />
        </FilterBar>
        <p className="kern-body">
          <a className="kern-link" href={exportHref(filter)} download>
            Diese Auswahl als CSV herunterladen
          </a>{' '}
          <span className="app-muted">(ohne Kontaktdaten der Absender)</span>
        </p>
        {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
        {list.loading ? <Loading label="Hinweise werden geladen …" /> : null}
        {list.data && list.data.items.length === 0 ? (
          <EmptyState title="Keine Hinweise" headingLevel={3}>
            <p className="kern-body">Für diese Auswahl liegen keine Hinweise vor.</p>
          </EmptyState>
        ) : null}
        {list.data && list.data.items.length >= LIST_LIMIT ? (
          <p className="kern-body" role="status">
            Es werden die neuesten {LIST_LIMIT} Hinweise gezeigt. Grenzen Sie die Auswahl mit den Filtern ein;
            die CSV-Datei enthält bis zu 1000.
          </p>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <ul className="app-remark-list" data-testid="staff-remarks">
            {list.data.items.map((remark) => (
              <RemarkItem
                key={remark.publicId}
                remark={remark}
                municipality={nameOf.get(remark.ags) ?? remark.ags}
                canManage={canManage}
              />
            ))}
          </ul>
        ) : null}
      </section>
    </Page>
  );
}
