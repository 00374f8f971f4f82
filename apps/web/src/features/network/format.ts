import type { TimelineKind } from '@asskomm/contracts';

export const TIMELINE_LABELS: Record<TimelineKind, string> = {
  consultation: 'Beratung',
  agreement: 'Kooperationsvereinbarung',
  coaching: 'Coaching',
  council: 'Präventionsrat',
  membership: 'Mitgliedschaft',
};

export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('de-DE')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}
