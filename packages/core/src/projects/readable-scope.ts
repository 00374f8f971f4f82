import { can, type Permission } from '../auth/authorize';
import type { Actor } from '../context';
import { AppError } from '../errors';

/**
 * For list endpoints: the municipalities whose records the actor may read with `permission`, as an AGS
 * list, or 'all'. With `ags` given, checks that one (FORBIDDEN otherwise) and returns just it.
 */
export function readableAgs(actor: Actor, permission: Permission, ags?: string): 'all' | string[] {
  if (ags) {
    if (!can(actor, permission, ags))
      throw new AppError('FORBIDDEN', { internal: `${actor.role} lacks ${permission} for ${ags}` });
    return [ags];
  }
  if (can(actor, permission, '__any__')) return 'all';
  if (actor.role === 'coach') return actor.assignedAgs.filter((a) => can(actor, permission, a));
  return actor.ags && can(actor, permission, actor.ags) ? [actor.ags] : [];
}
