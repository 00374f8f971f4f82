/**
 * Rules the server and the web app must agree on, written once: roles, wave statuses and their allowed
 * changes, the sort keys of the municipality list, the PKS import formats.
 */

export const ROLES = ['admin', 'coach', 'kommune', 'rat'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administration',
  coach: 'Coach',
  kommune: 'Kommune',
  rat: 'Präventionsrat',
};

/** Roles bound to exactly one municipality (their AGS). */
export const ROLES_WITH_MUNICIPALITY: readonly Role[] = ['kommune', 'rat'];

export const WAVE_STATUSES = ['entwurf', 'feldphase', 'abgeschlossen', 'ausgewertet'] as const;
export type WaveStatus = (typeof WAVE_STATUSES)[number];

export const WAVE_STATUS_LABELS: Readonly<Record<WaveStatus, string>> = {
  entwurf: 'Entwurf',
  feldphase: 'Feldphase',
  abgeschlossen: 'abgeschlossen',
  ausgewertet: 'ausgewertet',
};

/** Allowed status changes; everything else is refused with SURVEY_WAVE_LOCKED. */
export const WAVE_TRANSITIONS: Readonly<Record<WaveStatus, readonly WaveStatus[]>> = {
  entwurf: ['feldphase'],
  feldphase: ['abgeschlossen'],
  abgeschlossen: ['ausgewertet'],
  ausgewertet: [],
};

/** The status a wave may move to next, or null at the end. */
export function nextWaveStatus(status: WaveStatus): WaveStatus | null {
  return WAVE_TRANSITIONS[status][0] ?? null;
}

export const MUNICIPALITY_SORTS = [
  'name',
  '-name',
  'population',
  '-population',
  'ags',
  '-ags',
  'density',
  '-density',
  'area',
  '-area',
] as const;
export type MunicipalitySort = (typeof MUNICIPALITY_SORTS)[number];

export const MEMBERSHIP_STATUSES = ['keine', 'interessiert', 'mitglied', 'ausgetreten'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const PKS_IMPORT_FORMATS = ['bka-kreise', 'kreise-csv', 'gemeinde', 'bevoelkerung'] as const;

/** Free texts in a survey export: 'masked' (default, as on the Freitexte page) or 'unmasked' (admin only, audited). */
export const FREE_TEXT_MODES = ['masked', 'unmasked'] as const;
