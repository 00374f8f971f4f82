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

/** Roles in a municipal prevention council (KPR), as the LPR's guide lists them. */
export const COUNCIL_MEMBER_ROLES = [
  'Verwaltung',
  'Polizei',
  'Ordnungsamt',
  'Schule',
  'Jugendhilfe',
  'Vereine',
  'Bürger·innen',
  'Expert·innen',
] as const;
export type CouncilMemberRole = (typeof COUNCIL_MEMBER_ROLES)[number];

/** Settings of the Grüne Liste Prävention, by which good practice is searched. */
export const PRACTICE_SETTINGS = [
  'Familie',
  'Kita/Schule',
  'Kinder/Jugendliche',
  'Nachbarschaft/Kommune',
] as const;
export type PracticeSetting = (typeof PRACTICE_SETTINGS)[number];

/** Evidence levels of the Grüne Liste Prävention (1 to 3); a project without a rating has none. */
export const EVIDENCE_LEVEL_LABELS: Readonly<Record<1 | 2 | 3, string>> = {
  1: 'Stufe 1: Effektivität theoretisch gut begründet',
  2: 'Stufe 2: Effektivität wahrscheinlich',
  3: 'Stufe 3: Effektivität nachgewiesen',
};
