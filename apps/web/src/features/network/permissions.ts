import type { User } from '@asskomm/contracts';

// What the pages offer to whom. The server decides (packages/core/src/auth/authorize.ts); these mirror
// its rule only to hide forms a person cannot use and, for council members, to not ask for personal
// data at all when the answer would be a refusal.

const own = (user: User, ags: string) => user.ags === ags;
const assigned = (user: User, ags: string) => user.assignedAgs.includes(ags);

/** Consultations, agreements, coaching: the LPR for all, a coach for assigned municipalities. */
export function mayWriteNetwork(user: User, ags: string): boolean {
  return user.role === 'admin' || (user.role === 'coach' && assigned(user, ags));
}

/** The membership page (timeline, consultations, agreements): not for council members. */
export function mayReadNetwork(user: User, ags: string): boolean {
  return user.role === 'admin' || user.role === 'coach' || (user.role === 'kommune' && own(user, ags));
}

export function mayReadCouncil(user: User, ags: string): boolean {
  return user.role === 'admin' || user.role === 'coach' || own(user, ags);
}

export function mayWriteCouncil(user: User, ags: string): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'coach') return assigned(user, ags);
  return user.role === 'kommune' && own(user, ags);
}

/** Council members' names and contacts: only the council's municipality and the LPR. */
export function maySeeCouncilMembers(user: User, ags: string): boolean {
  return user.role === 'admin' || ((user.role === 'kommune' || user.role === 'rat') && own(user, ags));
}
