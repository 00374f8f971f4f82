import type { ReactNode } from 'react';
import type { ApiQuery } from '../lib/query.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Loading } from './Loading.tsx';

interface LoadedListProps<T> {
  query: ApiQuery<unknown>;
  /** The list from the query's data; undefined until it has loaded. */
  items: readonly T[] | undefined;
  loadingLabel: string;
  /** Shown when the list is empty: an EmptyState that says why and what to do. */
  empty: ReactNode;
  children: (items: readonly T[]) => ReactNode;
}

/** A list loaded from the API: its error with a retry, the loading notice, the empty state or the list. */
export function LoadedList<T>({ query, items, loadingLabel, empty, children }: LoadedListProps<T>) {
  return (
    <>
      {query.error ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {/* `loading` is also true while a new search replaces the previous (kept) list. */}
      {query.loading ? <Loading label={loadingLabel} /> : null}
      {items && items.length === 0 ? empty : null}
      {items && items.length > 0 ? children(items) : null}
    </>
  );
}
