import type { MembershipStatus } from '@asskomm/contracts';
import { membershipLabel } from '../lib/format.ts';

type BadgeType = 'info' | 'success' | 'warning' | 'danger';

interface BadgeProps {
  type: BadgeType;
  label: string;
  icon?: boolean;
  /** Extra text for screen readers, e.g. "Mitgliedschaft:". */
  srPrefix?: string;
  small?: boolean;
}

export function Badge({ type, label, icon = true, srPrefix, small }: BadgeProps) {
  return (
    <span className={`kern-badge kern-badge--${type}${small ? ' kern-badge--small' : ''} app-badge`}>
      {icon ? (
        <span className={`kern-icon kern-icon--${type === 'danger' ? 'danger' : type}`} aria-hidden="true" />
      ) : null}
      <span className="kern-label">
        {srPrefix ? <span className="kern-sr-only">{srPrefix} </span> : null}
        {label}
      </span>
    </span>
  );
}

/** Marks the fictitious demo municipality wherever it appears. */
export function DemoBadge({ small }: { small?: boolean }) {
  return <Badge type="warning" label="Demodaten" small={small} />;
}

const membershipTypes: Record<MembershipStatus, BadgeType | null> = {
  mitglied: 'success',
  interessiert: 'info',
  ausgetreten: 'warning',
  keine: null,
};

export function MembershipBadge({ status, small }: { status: MembershipStatus; small?: boolean }) {
  const type = membershipTypes[status] ?? null;
  if (!type) return <span>{membershipLabel(status)}</span>;
  return <Badge type={type} label={membershipLabel(status)} icon={false} small={small} />;
}
