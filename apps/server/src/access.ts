import type { Permission } from '@asskomm/core';

/**
 * Every /api route declares who may call it in `config.access` (checked at registration, so a route
 * without a declaration cannot exist). The rule itself lives in core's `can()`.
 * - 'public': anyone, no session needed (login, health, the citizens' survey form);
 * - 'authenticated': any signed-in account;
 * - { permission, ags: 'param' }: the permission for the municipality in the `:ags` path parameter;
 * - { permission, ags: 'resource' }: the AGS is known only after loading the resource (a wave, an
 *   import); the plugin checks that the role can hold the permission at all, and the core function
 *   asserts it for the resource's AGS;
 * - { permission, ags: 'none' }: not tied to a municipality (e.g. users:manage).
 */
export type RouteAccess =
  | 'public'
  | 'authenticated'
  | { permission: Permission; ags: 'param' | 'resource' | 'none' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
