import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api-client.ts';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

interface ResourceOptions {
  /** Share one answer per key for the whole session (reference data that does not change). */
  cache?: boolean;
  /** Keep showing the previous key's data while the next one loads (lists with filters). */
  keepPrevious?: boolean;
}

const cache = new Map<string, Promise<unknown>>();

export function clearResourceCache(): void {
  cache.clear();
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
 * Loads data for a key; a new key cancels the previous request. `key === null` loads nothing.
 */
export function useResource<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
  options: ResourceOptions = {},
): Resource<T> {
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: ApiError | null }>({
    key: null,
    data: undefined,
    error: null,
  });
  const [generation, setGeneration] = useState(0);
  const { cache: useCache = false, keepPrevious = false } = options;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is recreated every render; the key identifies the request.
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    let promise: Promise<T>;
    if (useCache) {
      let cached = cache.get(key) as Promise<T> | undefined;
      if (!cached) {
        // A shared request must not be cancelled by one consumer.
        cached = load(new AbortController().signal);
        cache.set(key, cached);
        cached.catch(() => cache.delete(key));
      }
      promise = cached;
    } else {
      promise = load(controller.signal);
    }
    promise.then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data, error: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({
          key,
          data: keepPrevious ? previous.data : undefined,
          error: toApiError(error),
        }));
      },
    );
    return () => controller.abort();
  }, [key, generation, useCache, keepPrevious]);

  const reload = useCallback(() => {
    if (key !== null && useCache) cache.delete(key);
    setState((previous) => ({ ...previous, key: null, error: null }));
    setGeneration((value) => value + 1);
  }, [key, useCache]);

  const current = state.key === key;
  return {
    data: current || keepPrevious ? state.data : undefined,
    error: current ? state.error : null,
    loading: key !== null && !current,
    reload,
  };
}
