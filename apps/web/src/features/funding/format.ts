import {
  FUNDING_STATUS_LABELS,
  type FundingStatus,
  PROJECT_STATUS_LABELS,
  type ProjectStatus,
} from '@asskomm/contracts';

type BadgeType = 'info' | 'success' | 'warning' | 'danger';

export function fundingStatusLabel(status: string): string {
  return FUNDING_STATUS_LABELS[status as FundingStatus] ?? status;
}

export function fundingStatusBadge(status: string): BadgeType {
  if (status === 'bewilligt' || status === 'abgeschlossen') return 'success';
  if (status === 'abgelehnt' || status === 'rueckforderung') return 'danger';
  if (status === 'entwurf' || status === 'zurueckgezogen') return 'warning';
  return 'info';
}

export function projectStatusLabel(status: string): string {
  return PROJECT_STATUS_LABELS[status as ProjectStatus] ?? status;
}
