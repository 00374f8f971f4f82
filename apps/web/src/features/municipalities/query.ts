import type { MunicipalityQuery, MunicipalitySort } from '@asskomm/contracts';

export const pageSize = 50;

export const sortOptions: { value: MunicipalitySort; label: string }[] = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: '-name', label: 'Name (Z–A)' },
  { value: 'ags', label: 'Gemeindeschlüssel (AGS)' },
  { value: '-population', label: 'Einwohner (absteigend)' },
  { value: 'population', label: 'Einwohner (aufsteigend)' },
  { value: 'area', label: 'Fläche (aufsteigend)' },
  { value: '-density', label: 'Bevölkerungsdichte (absteigend)' },
  { value: 'density', label: 'Bevölkerungsdichte (aufsteigend)' },
];

export function isSort(value: string | null): value is MunicipalitySort {
  return sortOptions.some((option) => option.value === value);
}

/** The list's state as it appears in the address bar: /kommunen?q=&kreis=&min=&max=&sort=&seite= */
export interface ListParams {
  q: string;
  kreis: string;
  min: string;
  max: string;
  sort: MunicipalitySort;
  page: number;
}

export function readListParams(search: URLSearchParams): ListParams {
  const sort = search.get('sort');
  const page = Number.parseInt(search.get('seite') ?? '1', 10);
  return {
    q: search.get('q') ?? '',
    kreis: search.get('kreis') ?? '',
    min: search.get('min') ?? '',
    max: search.get('max') ?? '',
    sort: isSort(sort) ? sort : 'name',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

export function listHref(params: ListParams): string {
  const search = new URLSearchParams();
  if (params.q.trim()) search.set('q', params.q.trim());
  if (params.kreis) search.set('kreis', params.kreis);
  if (params.min) search.set('min', params.min);
  if (params.max) search.set('max', params.max);
  if (params.sort !== 'name') search.set('sort', params.sort);
  if (params.page > 1) search.set('seite', String(params.page));
  const text = search.toString();
  return text ? `/kommunen?${text}` : '/kommunen';
}

/** "12.500", "12500" or "12 500" → 12500; empty → undefined; anything else → NaN. */
export function parsePopulation(value: string): number | undefined {
  const compact = value.replace(/[\s.]/g, '');
  if (!compact) return undefined;
  if (!/^\d+$/.test(compact)) return Number.NaN;
  return Number.parseInt(compact, 10);
}

export interface RangeErrors {
  min?: string;
  max?: string;
}

export function rangeErrors(min: string, max: string): RangeErrors {
  const errors: RangeErrors = {};
  const low = parsePopulation(min);
  const high = parsePopulation(max);
  if (Number.isNaN(low)) errors.min = 'Geben Sie eine ganze Zahl ein, zum Beispiel 5000.';
  if (Number.isNaN(high)) errors.max = 'Geben Sie eine ganze Zahl ein, zum Beispiel 20000.';
  if (!errors.min && !errors.max && low !== undefined && high !== undefined && low > high) {
    errors.max = 'Der Höchstwert muss mindestens so groß sein wie der Mindestwert.';
  }
  return errors;
}

export function apiQuery(params: ListParams): MunicipalityQuery {
  const errors = rangeErrors(params.min, params.max);
  return {
    q: params.q.trim() || undefined,
    kreis: params.kreis || undefined,
    minPopulation: errors.min ? undefined : parsePopulation(params.min),
    maxPopulation: errors.max ? undefined : parsePopulation(params.max),
    sort: params.sort,
    limit: pageSize,
    offset: (params.page - 1) * pageSize,
  };
}
