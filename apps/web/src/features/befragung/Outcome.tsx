import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';

export type OutcomeKind = 'done' | 'used' | 'closed';

interface OutcomeProps {
  kind: OutcomeKind;
  message?: string;
  municipalityName?: string;
  onRestart: () => void;
}

/** The end of the citizen's path: thank you, or why the code cannot be used (any more). */
export function Outcome({ kind, message, municipalityName, onRestart }: OutcomeProps) {
  if (kind === 'done') {
    return (
      <Page
        title="Vielen Dank für Ihre Teilnahme!"
        documentTitle="Bürgerbefragung – vielen Dank"
        className="app-narrow"
      >
        <Alert type="success" title="Ihre Antworten sind angekommen." live="status" />
        <p className="kern-body">
          Ihre Antworten wurden ohne Ihren Namen, Ihre Anschrift und Ihren Zugangscode gespeichert. Niemand
          kann sie Ihnen zuordnen.
        </p>
        <p className="kern-body">
          Die Ergebnisse helfen{municipalityName ? ` ${municipalityName}` : ' Ihrer Stadt oder Gemeinde'},
          gezielt etwas für die Sicherheit zu tun. Sie können dieses Fenster jetzt schließen.
        </p>
      </Page>
    );
  }
  const title =
    kind === 'used' ? 'Dieser Zugangscode wurde schon verwendet' : 'Die Befragung ist nicht geöffnet';
  return (
    <Page title={title} documentTitle={`Bürgerbefragung – ${title}`} className="app-narrow">
      <Alert type={kind === 'used' ? 'info' : 'warning'} title={message ?? title} live="alert" />
      {kind === 'used' ? (
        <p className="kern-body">
          Mit jedem Code kann der Fragebogen genau einmal abgeschickt werden. Falls Sie das waren: Vielen
          Dank, Ihre Antworten sind angekommen. Ein zweites Mal ist nicht möglich.
        </p>
      ) : (
        <p className="kern-body">
          Bei Fragen wenden Sie sich bitte an die Stelle, die im Anschreiben genannt ist.
        </p>
      )}
      <div className="kern-btn-wrapper">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onRestart}>
          <span className="kern-label">Anderen Zugangscode eingeben</span>
        </button>
      </div>
    </Page>
  );
}
