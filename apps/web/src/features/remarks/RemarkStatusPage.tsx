import { REMARK_STATUS_LABELS, REMARK_STATUSES } from '@asskomm/contracts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { publicPhotoHref, remarkKeys, remarksApi } from './api.ts';
import { RemarkStatusBadge } from './StatusBadge.tsx';

// The way a remark normally goes; "abgelehnt" replaces "erledigt" at the end.
const STEPS = REMARK_STATUSES.filter((s) => s !== 'abgelehnt');

/**
 * The public status of one remark, for its sender: status and the public status note, and the text,
 * place and photo only once staff have published them. Never the sender's data.
 */
export function RemarkStatusPage({ publicId }: { publicId: string }) {
  const query = useApiQuery(remarkKeys.publicOne(publicId), (signal) =>
    remarksApi.publicRemark(publicId, signal),
  );
  const remark = query.data;
  const reached = remark
    ? remark.status === 'abgelehnt'
      ? STEPS.length
      : STEPS.indexOf(remark.status) + 1
    : 0;

  return (
    <Page title={`Hinweis ${publicId}`} documentTitle={`Hinweis ${publicId}`}>
      {query.error ? (
        <ErrorMessage error={query.error} title="Der Hinweis wurde nicht gefunden" onRetry={query.reload} />
      ) : null}
      {query.loading ? <Loading label="Status wird geladen …" /> : null}
      {remark ? (
        <div className="app-narrow">
          <dl className="app-detail-list">
            <dt>Status</dt>
            <dd data-testid="remark-status">
              <RemarkStatusBadge status={remark.status} />
            </dd>
            <dt>Kategorie</dt>
            <dd>{remark.categoryName}</dd>
            <dt>Zuständig</dt>
            <dd>{remark.agencyResponsible}</dd>
            <dt>Eingegangen</dt>
            <dd>{formatDateTime(remark.requestedAt)}</dd>
            <dt>Zuletzt geändert</dt>
            <dd>{formatDate(remark.updatedAt)}</dd>
          </dl>
          <ol className="app-remark-steps" aria-label="Bearbeitungsschritte">
            {STEPS.map((step, i) => {
              const label =
                i === STEPS.length - 1 && remark.status === 'abgelehnt'
                  ? REMARK_STATUS_LABELS.abgelehnt
                  : REMARK_STATUS_LABELS[step];
              const done = i < reached;
              return (
                <li
                  key={step}
                  className={`app-remark-steps__item${done ? ' app-remark-steps__item--done' : ''}`}
                  aria-current={i === reached - 1 ? 'step' : undefined}
                >
                  {label}
                  <span className="kern-sr-only">{done ? ' (erreicht)' : ' (noch nicht erreicht)'}</span>
                </li>
              );
            })}
          </ol>
          <section className="app-section" aria-labelledby="statusnotiz">
            <h2 className="kern-heading-small" id="statusnotiz">
              Nachricht der Kommune
            </h2>
            <p className="kern-body app-pre-line" data-testid="status-note">
              {remark.statusNote ?? 'Noch keine Nachricht. Sie erscheint hier, sobald die Kommune antwortet.'}
            </p>
          </section>
          {remark.description ? (
            <section className="app-section" aria-labelledby="veroeffentlicht">
              <h2 className="kern-heading-small" id="veroeffentlicht">
                Veröffentlichter Hinweis
              </h2>
              <p className="kern-body app-pre-line">{remark.description}</p>
              {remark.addressString ? <p className="kern-body">Ort: {remark.addressString}</p> : null}
              {remark.hasPhoto ? (
                <img
                  className="app-photo"
                  src={publicPhotoHref(remark.publicId)}
                  alt={`Foto zum Hinweis ${remark.publicId} (${remark.categoryName})`}
                  data-testid="public-photo"
                />
              ) : null}
            </section>
          ) : (
            <p className="kern-body app-muted app-section">
              Ihr Text und Ihr Foto werden erst öffentlich gezeigt, nachdem die Kommune sie geprüft hat.
            </p>
          )}
          <p className="kern-body app-section">
            <Link className="kern-link" href={`/hinweise?kommune=${remark.ags}`}>
              Veröffentlichte Hinweise dieser Kommune
            </Link>
          </p>
        </div>
      ) : null}
    </Page>
  );
}
