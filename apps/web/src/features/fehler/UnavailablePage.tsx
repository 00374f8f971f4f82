import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';

/** Shown when the very first request to the server fails (server down, network gone). */
export function UnavailablePage({ onRetry }: { onRetry: () => void }) {
  return (
    <Page title="Die Plattform ist gerade nicht erreichbar">
      <Alert type="danger" title="Keine Verbindung zum Server" live="alert">
        <p className="kern-body">
          Der Server der ASSKomm-Plattform antwortet nicht. Bitte versuchen Sie es in einigen Minuten erneut.
        </p>
        <div>
          <button type="button" className="kern-btn kern-btn--primary" onClick={onRetry}>
            <span className="kern-label">Erneut versuchen</span>
          </button>
        </div>
      </Alert>
    </Page>
  );
}
