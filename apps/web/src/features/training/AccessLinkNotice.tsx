import type { ParticipantCreated } from '@asskomm/contracts';
import { PARTICIPANT_STATUS_LABELS } from '@asskomm/contracts';
import { Alert } from '../../components/Alert.tsx';

/** The personal access link, shown once: only its hash is stored, a new one replaces it. */
export function AccessLinkNotice({ created }: { created: ParticipantCreated }) {
  const link = `${window.location.origin}${created.accessPath}`;
  const { participant } = created;
  return (
    <Alert
      type="success"
      title={`${participant.name}: ${PARTICIPANT_STATUS_LABELS[participant.status]}`}
      live="status"
    >
      <p className="kern-body">
        {participant.status === 'warteliste'
          ? `Der Durchgang ist voll: Platz ${participant.waitingPosition} auf der Warteliste.`
          : 'Die Person hat einen Platz.'}{' '}
        Persönlicher Zugangslink (wird nur jetzt angezeigt; damit sieht die Person ihre Anmeldung, ihre
        Anwesenheit und ihr Zertifikat):
      </p>
      <p className="kern-body">
        <code className="app-one-time-password" data-testid="access-link">
          {link}
        </code>
      </p>
    </Alert>
  );
}
