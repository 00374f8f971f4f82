import { Page } from '../../components/Page.tsx';
import { Link } from '../../lib/router.tsx';

export function NotFoundPage() {
  return (
    <Page title="Seite nicht gefunden">
      <p className="kern-body">
        Diese Adresse gibt es nicht. Vielleicht hat sich ein Tippfehler eingeschlichen, oder die Seite wurde
        verschoben.
      </p>
      <p className="kern-body">
        <Link className="kern-link" href="/">
          Zur Übersicht
        </Link>
      </p>
    </Page>
  );
}
