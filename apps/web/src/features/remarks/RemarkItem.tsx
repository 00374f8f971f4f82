import type { StaffRemarkJson } from '@asskomm/contracts';
import { formatCoordinate, formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { PublicationForm, StatusForm } from './RemarkActions.tsx';
import { statusHref } from './RemarkSent.tsx';
import { RemarkStatusBadge } from './StatusBadge.tsx';

function reporterText(reporter: NonNullable<StaffRemarkJson['reporter']>): string | null {
  const name = [reporter.firstName, reporter.lastName].filter(Boolean).join(' ');
  const parts = [name, reporter.email, reporter.phone].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** One remark in the staff list: a summary line that opens to the full text and the actions. */
export function RemarkItem({
  remark,
  municipality,
  canManage,
}: {
  remark: StaffRemarkJson;
  municipality: string;
  canManage: boolean;
}) {
  const reporter = remark.reporter ? reporterText(remark.reporter) : null;
  return (
    <li className="app-remark-card">
      <details>
        <summary className="app-remark-summary">
          <span className="kern-body kern-body--bold">
            {remark.categoryName} · {municipality}
          </span>{' '}
          <RemarkStatusBadge status={remark.status} small />
          {remark.hasUnapprovedPhoto ? (
            <span className="kern-body kern-body--small"> · Foto zu prüfen</span>
          ) : null}
          <span className="kern-body kern-body--small app-muted app-remark-summary__meta">
            {remark.publicId} · eingegangen {formatDateTime(remark.requestedAt)}
            {remark.published ? ' · veröffentlicht' : ' · nicht veröffentlicht'}
          </span>
        </summary>
        <div className="app-remark-body">
          <p className="kern-body app-pre-line">{remark.descriptionFull}</p>
          <dl className="app-detail-list">
            <dt>Zuständig</dt>
            <dd>{remark.agencyResponsible}</dd>
            {remark.addressString ? (
              <>
                <dt>Ort</dt>
                <dd>{remark.addressString}</dd>
              </>
            ) : null}
            {remark.lat != null && remark.long != null ? (
              <>
                <dt>Koordinaten</dt>
                <dd>
                  {formatCoordinate(remark.lat)}, {formatCoordinate(remark.long)}
                </dd>
              </>
            ) : null}
            {remark.reporter ? (
              <>
                <dt>Absender</dt>
                <dd>
                  {remark.reporter.kind === 'experte' ? 'Fachkraft' : 'Bürger·in'}
                  {reporter ? `: ${reporter}` : ' (anonym)'}
                </dd>
              </>
            ) : null}
          </dl>
          <p className="kern-body">
            <Link className="kern-link" href={statusHref(remark.publicId)}>
              Öffentliche Statusseite
            </Link>
          </p>
          {canManage ? (
            <div className="app-remark-actions">
              <StatusForm remark={remark} />
              <PublicationForm remark={remark} />
            </div>
          ) : null}
        </div>
      </details>
    </li>
  );
}
