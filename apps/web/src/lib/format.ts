import { type MembershipStatus, ROLE_LABELS, type Role } from '@asskomm/contracts';

const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal2 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const missing = '–';

export function formatInteger(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? missing : integer.format(value);
}

export function formatDecimal(value: number | null | undefined, digits: 1 | 2 = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missing;
  return digits === 2 ? decimal2.format(value) : decimal.format(value);
}

/** "2024-12-31" or an ISO timestamp → "31.12.2024". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return missing;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${match[3]}.${match[2]}.${match[1]}`;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return missing;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
}

export const roleLabels: Readonly<Record<Role, string>> = ROLE_LABELS;

export function roleLabel(role: string): string {
  return roleLabels[role as Role] ?? role;
}

export const membershipLabels: Record<MembershipStatus, string> = {
  keine: 'Kein Mitglied',
  interessiert: 'Interessiert',
  mitglied: 'Mitglied',
  ausgetreten: 'Ausgetreten',
};

export function membershipLabel(status: string): string {
  return membershipLabels[status as MembershipStatus] ?? status;
}

/** Today in Germany as JJJJ-MM-TT (the default of date fields; the platform serves Saxony). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** Lines of a text area, trimmed, without empty ones (lists typed one entry a line). */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A coordinate as Germans write it, to the metre (six decimals). */
export function formatCoordinate(value: number): string {
  return value.toLocaleString('de-DE', { maximumFractionDigits: 6 });
}
