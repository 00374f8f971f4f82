import { REMARK_STATUS_LABELS, type RemarkStatus } from '@asskomm/contracts';
import { Badge } from '../../components/Badge.tsx';

const TYPES = {
  eingegangen: 'info',
  in_bearbeitung: 'warning',
  erledigt: 'success',
  abgelehnt: 'danger',
} as const satisfies Record<RemarkStatus, 'info' | 'warning' | 'success' | 'danger'>;

export function RemarkStatusBadge({ status, small }: { status: RemarkStatus; small?: boolean }) {
  return <Badge type={TYPES[status]} label={REMARK_STATUS_LABELS[status]} srPrefix="Status:" small={small} />;
}
