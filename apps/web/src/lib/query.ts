import { keepPreviousData, MutationCache, QueryClient, type QueryKey, useQuery } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';

/**
 * Query keys: the first element names the API resource, so a write invalidates everything under it
 * (e.g. ['surveys'] after a status change, ['users'] after an invitation).
 */
export const queryKeys = {
  attributions: ['attributions'],
  referenceStatus: ['reference', 'status'],
  districts: ['districts'],
  shapes: (level: 'municipalities' | 'districts') => ['geo', level],
  municipalities: (query?: unknown) => ['municipalities', 'list', query ?? 'all'],
  municipality: (ags: string) => ['municipalities', 'detail', ags],
  users: ['users'],
  settings: ['settings'],
  surveys: ['surveys'],
  survey: (id: number, part: string, params?: unknown) => ['surveys', id, part, params ?? null],
  pks: (part: string, params?: unknown) => ['pks', part, params ?? null],
} as const;

function shouldRetry(failureCount: number, error: unknown): boolean {
  // Only a lost connection is worth a second try; the server's answers (4xx, 5xx) stay as they are.
  return failureCount < 1 && error instanceof ApiError && error.code === 'NETWORK_ERROR';
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, mutation) => {
        // Writes declare what they change (meta.invalidates); the lists and details refetch.
        const keys = (mutation.meta?.invalidates ?? []) as QueryKey[];
        for (const queryKey of keys) void client.invalidateQueries({ queryKey });
      },
    }),
  });
  return client;
}

/** The app's one query cache (cleared when the user changes, see lib/auth.tsx). */
export const queryClient = createQueryClient();

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
    mutationMeta: { invalidates?: readonly QueryKey[] };
  }
}

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(
    0,
    'UNKNOWN',
    'Ein unerwarteter Fehler ist aufgetreten. Bitte laden Sie die Seite neu.',
  );
}

/**
 * A GET through TanStack Query (cache, abort on unmount or key change, refetch after writes).
 * `key === null` loads nothing. `keepPrevious` keeps the last answer on screen while the next loads.
 */
export function useApiQuery<T>(
  key: QueryKey | null,
  load: (signal: AbortSignal) => Promise<T>,
  options: { keepPrevious?: boolean; staleTime?: number } = {},
): ApiQuery<T> {
  const query = useQuery({
    queryKey: key ?? ['disabled'],
    queryFn: ({ signal }) => load(signal).catch((error: unknown) => Promise.reject(toApiError(error))),
    enabled: key !== null,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    staleTime: options.staleTime,
  });
  return {
    data: query.data as T | undefined,
    error: query.error ?? null,
    loading: key !== null && query.isFetching && (query.data === undefined || query.isPlaceholderData),
    reload: () => void query.refetch(),
  };
}
