import { createRequire } from 'node:module';
import {
  type CoreContext,
  countRequest,
  logSafeError,
  pruneRequestCounts,
  rateLimitKey,
} from '@asskomm/core';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** true on a rate-limited route whose count all server instances share (kept in the database). */
    sharedRateLimit?: boolean;
  }
}

// The plugin's own in-memory store (not exported by name; a stable file of the package).
const LocalStore = createRequire(import.meta.url)('@fastify/rate-limit/store/LocalStore.js') as new (
  continueExceeding?: boolean,
  exponentialBackoff?: boolean,
  cache?: number,
) => FastifyRateLimitStore;

const PRUNE_EVERY = 500;

interface RouteInfo {
  method?: string | string[];
  url?: string;
  config?: { sharedRateLimit?: boolean };
}

/**
 * A store for `@fastify/rate-limit` (its custom store interface): routes marked `config.sharedRateLimit`
 * count in PostgreSQL/PGlite through core's countRequest, so every instance sees the same count (login).
 * All other rate-limited routes count in memory per instance: the public survey form must store nothing
 * about its callers, and its hot path gets no extra write.
 */
export function rateLimitStore(ctx: CoreContext): FastifyRateLimitStoreCtor {
  let calls = 0;
  class SharedStore implements FastifyRateLimitStore {
    constructor(private readonly scope: string | null = null) {}

    incr(
      client: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      if (!this.scope) {
        callback(new Error('rate-limit store used without a route'));
        return;
      }
      countRequest(ctx, rateLimitKey(ctx, this.scope, client), timeWindow).then(
        (count) => callback(null, count),
        (error: unknown) => {
          ctx.log.error(`Zähler der Anmeldeversuche nicht lesbar: ${JSON.stringify(logSafeError(error))}`);
          callback(error as Error);
        },
      );
      if (++calls % PRUNE_EVERY === 0) {
        pruneRequestCounts(ctx, 24 * 3600_000).catch(() => {});
      }
    }

    child(routeOptions: object): FastifyRateLimitStore {
      // The plugin passes the merged route settings with the route itself under routeInfo.
      const route = (routeOptions as { routeInfo?: RouteInfo }).routeInfo;
      if (!route?.config?.sharedRateLimit) return new LocalStore(false, false, 5000);
      return new SharedStore(`${String(route.method)} ${route.url}`);
    }
  }
  return SharedStore as unknown as FastifyRateLimitStoreCtor;
}
