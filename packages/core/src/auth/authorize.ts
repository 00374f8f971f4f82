import type { Actor } from '../context';
import { AppError } from '../errors';

/**
 * The authorization rule, in one place. A permission is granted per role with a scope:
 * - 'all': for every municipality;
 * - 'own': only for the municipality (AGS) the account is bound to;
 * - 'assigned': only for municipalities assigned to the coach;
 * - 'none'.
 * Scoped permissions need the AGS of the resource; unscoped ones (e.g. users:manage) ignore it.
 */
type Scope = 'all' | 'own' | 'assigned' | 'none';

const RULES = {
  /** Open reference data: municipality list, map, districts, PKS district tables. */
  'reference:read': { admin: 'all', coach: 'all', kommune: 'all', rat: 'all' },
  /** A municipality's internal ASSKomm data: contacts, notes, membership documents. */
  'municipality:read-internal': { admin: 'all', coach: 'all', kommune: 'own', rat: 'own' },
  'municipality:write': { admin: 'all', coach: 'assigned', kommune: 'own', rat: 'none' },
  'pks:read': { admin: 'all', coach: 'all', kommune: 'own', rat: 'own' },
  'pks:import': { admin: 'all', coach: 'assigned', kommune: 'own', rat: 'none' },
  'survey:read': { admin: 'all', coach: 'all', kommune: 'own', rat: 'own' },
  'survey:manage': { admin: 'all', coach: 'assigned', kommune: 'own', rat: 'none' },
  /** Raw answers of a wave (data exports): for those who run the survey, not for council members. */
  'survey:export': { admin: 'all', coach: 'assigned', kommune: 'own', rat: 'none' },
  /** Published Lagebericht versions (and the list of them). */
  'report:read': { admin: 'all', coach: 'all', kommune: 'own', rat: 'own' },
  /** Lagebericht drafts: create, read, edit texts, publish. Council members read published versions only. */
  'report:draft': { admin: 'all', coach: 'none', kommune: 'own', rat: 'none' },
  /** Report batches for many municipalities at once (jobs), and their ZIP downloads. */
  'report:batch': { admin: 'all', coach: 'none', kommune: 'none', rat: 'none' },
  /** Network records of a municipality: consultations, agreement, coaching engagements. */
  'network:read': { admin: 'all', coach: 'all', kommune: 'own', rat: 'none' },
  /** Consultations and agreements are recorded by the LPR; coaches keep their engagements' milestones. */
  'network:write': { admin: 'all', coach: 'assigned', kommune: 'none', rat: 'none' },
  /** A council's meetings and tasks (no personal data). */
  'council:read': { admin: 'all', coach: 'all', kommune: 'own', rat: 'own' },
  'council:write': { admin: 'all', coach: 'assigned', kommune: 'own', rat: 'none' },
  /** Council members' names and contact data: only the council's municipality and the LPR. */
  'council:read-members': { admin: 'all', coach: 'none', kommune: 'own', rat: 'own' },
  /** Remarks with unpublished photos and status details, without the reporter's contact data. */
  'remark:read': { admin: 'all', coach: 'assigned', kommune: 'own', rat: 'own' },
  /** Change a remark's status, approve its photo, see the reporter's contact data. */
  'remark:manage': { admin: 'all', coach: 'assigned', kommune: 'own', rat: 'none' },
  /** Good practice of a municipality (the municipality shares its own projects; the LPR curates). */
  'knowledge:write': { admin: 'all', coach: 'assigned', kommune: 'own', rat: 'none' },
  /** The alliance's document library and events. */
  'knowledge:manage': { admin: 'all', coach: 'none', kommune: 'none', rat: 'none' },
  /** Training cohorts, participants (personal data), attendance and certificates: the LPR only. */
  'training:manage': { admin: 'all', coach: 'none', kommune: 'none', rat: 'none' },
  /** The key figures with drill-down to the records behind them (staff dashboard; no personal data). */
  'kennzahlen:read': { admin: 'all', coach: 'all', kommune: 'none', rat: 'none' },
  /** Prevention projects: the municipality writes its own; its council reads them; coaches read assigned ones. */
  'project:read': { admin: 'all', coach: 'assigned', kommune: 'own', rat: 'own' },
  'project:write': { admin: 'all', coach: 'none', kommune: 'own', rat: 'none' },
  /** Funding applications, calls for funds, interim reports and proofs of use (RL KommPräv). */
  'funding:read': { admin: 'all', coach: 'assigned', kommune: 'own', rat: 'own' },
  'funding:write': { admin: 'all', coach: 'none', kommune: 'own', rat: 'none' },
  /** Review, decision (Bewilligungsbescheid), proof check, repayment and budgets: the LPR as the granting authority. */
  'funding:decide': { admin: 'all', coach: 'none', kommune: 'none', rat: 'none' },
  'users:manage': { admin: 'all', coach: 'none', kommune: 'none', rat: 'none' },
  'audit:read': { admin: 'all', coach: 'none', kommune: 'none', rat: 'none' },
  /** Platform settings (e.g. the public address printed in letters). */
  'settings:manage': { admin: 'all', coach: 'none', kommune: 'none', rat: 'none' },
} as const satisfies Record<string, Record<Actor['role'], Scope>>;

export type Permission = keyof typeof RULES;
export const PERMISSIONS = Object.keys(RULES) as Permission[];

/** Whether the actor holds the permission for the municipality `ags` (8-digit AGS, or a 5-digit Kreis for district data). */
export function can(actor: Actor, permission: Permission, ags?: string | null): boolean {
  const scope: Scope = RULES[permission][actor.role];
  switch (scope) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'own':
      return ags != null && actor.ags != null && ags === actor.ags;
    case 'assigned':
      return ags != null && actor.assignedAgs.includes(ags);
  }
}

/** Whether the permission can be granted at all to this role for some municipality (for menus). */
export function canSome(actor: Actor, permission: Permission): boolean {
  return RULES[permission][actor.role] !== 'none';
}

/** Throws FORBIDDEN unless `can` allows it. */
export function assertCan(actor: Actor, permission: Permission, ags?: string | null): void {
  if (!can(actor, permission, ags)) {
    throw new AppError('FORBIDDEN', {
      internal: `${actor.role} #${actor.id} lacks ${permission} for ${ags ?? '-'}`,
    });
  }
}
