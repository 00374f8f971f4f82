import type { SubmittedRemarkJson } from '@asskomm/contracts';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { Link } from '../../lib/router.tsx';

export const statusHref = (publicId: string) => `/hinweis/${encodeURIComponent(publicId)}`;

/** After sending: the remark's number and the link to its public status page (to bookmark or note down). */
export function RemarkSent({ sent }: { sent: SubmittedRemarkJson }) {
  const link = new URL(statusHref(sent.publicId), window.location.origin).toString();
  return (
    <Page title="Vielen Dank für Ihren Hinweis">
      <Alert type="success" title="Ihr Hinweis ist eingegangen." live="status">
        <p className="kern-body">
          Zuständig: <strong>{sent.agencyResponsible}</strong>
        </p>
      </Alert>
      <section className="app-section app-narrow" aria-labelledby="hinweis-nummer">
        <h2 className="kern-heading-medium" id="hinweis-nummer">
          Ihre Hinweisnummer
        </h2>
        <p className="kern-body kern-body--large">
          <code className="app-code" data-testid="remark-number">
            {sent.publicId}
          </code>
        </p>
        <p className="kern-body">
          Unter dieser Nummer sehen Sie jederzeit, wie weit die Bearbeitung ist. Notieren Sie die Nummer oder
          speichern Sie diesen Link:
        </p>
        <p className="kern-body app-break">
          <Link className="kern-link" href={statusHref(sent.publicId)} data-testid="status-link">
            {link}
          </Link>
        </p>
        <p className="kern-body kern-body--small app-muted">
          Für Apps nach dem Open311-Standard lautet das Token dieses Hinweises <code>{sent.token}</code>.
        </p>
        <p className="kern-body">
          <Link className="kern-link" href="/hinweis">
            Einen weiteren Hinweis geben
          </Link>
        </p>
      </section>
    </Page>
  );
}
