import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FilterBar, ResultCount } from '../../components/FilterBar.tsx';
import { SelectField, TextField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ReferenceNotice } from '../../components/ReferenceNotice.tsx';
import { api } from '../../lib/api-client.ts';
import { formatInteger } from '../../lib/format.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { MunicipalityTable } from './MunicipalityTable.tsx';
import { Pagination } from './Pagination.tsx';
import {
  apiQuery,
  isSort,
  type ListParams,
  listHref,
  pageSize,
  rangeErrors,
  readListParams,
  sortOptions,
} from './query.ts';
import { ViewSwitch } from './ViewSwitch.tsx';

const typingDelay = 350;

function useDistrictOptions() {
  const { data } = useApiQuery(queryKeys.districts, (signal) => api.districts(signal), {
    staleTime: Infinity,
  });
  const items = [...(data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return [
    { value: '', label: 'Alle Landkreise und kreisfreien Städte' },
    ...items.map((item) => ({ value: item.kreisSchluessel, label: item.name })),
  ];
}

function resultText(total: number, params: ListParams): string {
  if (total === 0) return 'Keine Kommune gefunden.';
  const first = (params.page - 1) * pageSize + 1;
  const last = Math.min(params.page * pageSize, total);
  const count = total === 1 ? '1 Kommune gefunden' : `${formatInteger(total)} Kommunen gefunden`;
  return total <= pageSize ? `${count}.` : `${count}, angezeigt werden ${first}–${last}.`;
}

export function KommunenListPage() {
  const { search } = useLocation();
  const params = readListParams(search);
  const districtOptions = useDistrictOptions();

  // Text fields are edited locally and written to the address bar after a short pause.
  const [q, setQ] = useState(params.q);
  const [min, setMin] = useState(params.min);
  const [max, setMax] = useState(params.max);
  const written = useRef({ q: params.q, min: params.min, max: params.max });

  // Back/forward or a link changed the address: take its values into the fields.
  useEffect(() => {
    const last = written.current;
    if (params.q !== last.q) setQ(params.q);
    if (params.min !== last.min) setMin(params.min);
    if (params.max !== last.max) setMax(params.max);
    written.current = { q: params.q, min: params.min, max: params.max };
  }, [params.q, params.min, params.max]);

  function apply(next: Partial<ListParams>, options: { push?: boolean } = {}): void {
    const merged: ListParams = { ...params, q, min, max, page: 1, ...next };
    written.current = { q: merged.q, min: merged.min, max: merged.max };
    navigate(listHref(merged), { replace: !options.push, keepScroll: !options.push });
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: only typing in the text fields triggers this.
  useEffect(() => {
    const last = written.current;
    if (q === last.q && min === last.min && max === last.max) return;
    const timer = window.setTimeout(() => apply({ q, min, max }), typingDelay);
    return () => window.clearTimeout(timer);
  }, [q, min, max]);

  const errors = rangeErrors(min, max);
  const [moreOpen, setMoreOpen] = useState(false);
  const activeMore = [params.kreis, params.min, params.max, params.sort !== 'name' ? 'sort' : ''].filter(
    Boolean,
  ).length;
  const query = apiQuery(params);
  const result = useApiQuery(queryKeys.municipalities(query), (signal) => api.municipalities(query, signal), {
    keepPrevious: true,
  });

  function reset(): void {
    setQ('');
    setMin('');
    setMax('');
    apply({ q: '', kreis: '', min: '', max: '', sort: 'name' });
  }

  const filtered = Boolean(params.q || params.kreis || params.min || params.max);
  const total = result.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Page
      title="Kommunen"
      lead="Alle Städte und Gemeinden im Freistaat Sachsen. Suchen Sie nach Name oder Gemeindeschlüssel (AGS) und grenzen Sie nach Landkreis und Einwohnerzahl ein."
    >
      <ViewSwitch current="liste" />
      <ReferenceNotice />
      <FilterBar label="Kommunen suchen und filtern" onSubmit={() => apply({ q, min, max })}>
        <TextField
          id="filter-q"
          label="Name oder AGS"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={q}
          onValueChange={setQ}
          className="app-filter__search"
        />
        <button
          type="button"
          className="kern-btn kern-btn--secondary app-filter__toggle"
          aria-expanded={moreOpen}
          aria-controls="filter-weitere"
          onClick={() => setMoreOpen((value) => !value)}
        >
          <span className="kern-label">
            {moreOpen ? 'Weitere Filter ausblenden' : 'Weitere Filter und Sortierung'}
            {activeMore > 0 ? ` (${activeMore} aktiv)` : ''}
          </span>
        </button>
        <div id="filter-weitere" className={`app-filter__more${moreOpen ? ' app-filter__more--open' : ''}`}>
          <SelectField
            id="filter-kreis"
            label="Landkreis oder kreisfreie Stadt"
            value={params.kreis}
            onValueChange={(value) => apply({ kreis: value })}
            options={districtOptions}
          />
          <fieldset className="kern-fieldset app-filter__range">
            <legend className="kern-label">Einwohnerzahl</legend>
            <div className="app-filter__range-fields">
              <TextField
                id="filter-min"
                label="von"
                inputMode="numeric"
                autoComplete="off"
                value={min}
                onValueChange={setMin}
                error={errors.min}
              />
              <TextField
                id="filter-max"
                label="bis"
                inputMode="numeric"
                autoComplete="off"
                value={max}
                onValueChange={setMax}
                error={errors.max}
              />
            </div>
          </fieldset>
          <SelectField
            id="filter-sort"
            label="Sortierung"
            value={params.sort}
            onValueChange={(value) => {
              if (isSort(value)) apply({ sort: value });
            }}
            options={sortOptions}
          />
        </div>
        <div className="kern-btn-wrapper app-filter__actions">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--search" aria-hidden="true" />
            <span className="kern-label">Suchen</span>
          </button>
          {filtered ? (
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={reset}>
              <span className="kern-label">Filter zurücksetzen</span>
            </button>
          ) : null}
        </div>
      </FilterBar>

      <section className="app-section" aria-labelledby="ergebnisse">
        <h2 className="kern-heading-medium" id="ergebnisse">
          Ergebnisse
        </h2>
        <ResultCount>
          {result.data ? resultText(total, params) : result.loading ? 'Die Liste wird geladen …' : ''}
        </ResultCount>
        {result.error ? <ErrorMessage error={result.error} onRetry={result.reload} /> : null}
        {!result.data && result.loading ? <Loading /> : null}
        {result.data && result.data.items.length > 0 ? (
          <div className={result.loading ? 'app-stale' : undefined} aria-busy={result.loading}>
            <MunicipalityTable
              items={result.data.items}
              sort={params.sort}
              caption={`Kommunen, Seite ${params.page} von ${pageCount}`}
            />
            <Pagination
              page={params.page}
              pageCount={pageCount}
              hrefFor={(page) => listHref({ ...params, page })}
            />
          </div>
        ) : null}
        {result.data && result.data.items.length === 0 && total > 0 ? (
          <p className="kern-body">
            Diese Seite der Liste gibt es nicht.{' '}
            <Link className="kern-link" href={listHref({ ...params, page: 1 })}>
              Zur ersten Seite
            </Link>
          </p>
        ) : null}
        {result.data && total === 0 ? (
          <EmptyState title="Keine Kommune gefunden" headingLevel={3}>
            <p className="kern-body">
              {filtered
                ? 'Zu Ihrer Suche passt keine Kommune. Prüfen Sie die Schreibweise oder lockern Sie die Filter.'
                : 'Es sind noch keine Kommunen geladen.'}
            </p>
            {filtered ? (
              <div>
                <button type="button" className="kern-btn kern-btn--secondary" onClick={reset}>
                  <span className="kern-label">Filter zurücksetzen</span>
                </button>
              </div>
            ) : null}
          </EmptyState>
        ) : null}
      </section>
    </Page>
  );
}
