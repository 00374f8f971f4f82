import type { ParticipantSelf } from '@asskomm/contracts';
import { PARTICIPANT_STATUS_LABELS } from '@asskomm/contracts';
import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { trainingApi } from './api.ts';

/**
 * A participant's own record, opened with the personal link `/qualifizierung/teilnahme#SCHLÜSSEL`. The key
 * stays in the URL fragment (never sent to a server or logged) and is posted to the API.
 */
export function SelfPage() {
  const [token] = useState(() => window.location.hash.slice(1));
  const [data, setData] = useState<ParticipantSelf | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    trainingApi
      .self(token, controller.signal)
      .then(setData)
      .catch((e: unknown) => {
        if (e instanceof ApiError) setError(e);
      });
    return () => controller.abort();
  }, [token]);

  async function download() {
    try {
      const blob = await trainingApi.selfCertificate(token);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = 'zertifikat.pdf';
      a.click();
      URL.revokeObjectURL(url);
      setDownloadError(null);
    } catch (e) {
      setDownloadError(e instanceof ApiError ? e.message : 'Das Zertifikat konnte nicht geladen werden.');
    }
  }

  const p = data?.participant;
  return (
    <Page title="Meine Qualifizierung">
      {!token ? (
        <p className="kern-body">
          Öffnen Sie diese Seite mit dem persönlichen Link, den Sie vom Landespräventionsrat erhalten haben.
        </p>
      ) : null}
      {token && !data && !error ? <Loading label="Ihre Anmeldung wird geladen …" /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {data && p ? (
        <>
          <dl className="app-detail">
            <dt>Name</dt>
            <dd>{p.name}</dd>
            <dt>E-Mail-Adresse</dt>
            <dd>{p.email}</dd>
            <dt>Kurs</dt>
            <dd>{data.cohort.courseTitle}</dd>
            <dt>Durchgang</dt>
            <dd>
              {data.cohort.title}, ab {formatDate(data.cohort.startsOn)}
            </dd>
            <dt>Status</dt>
            <dd>
              {p.completed
                ? `abgeschlossen am ${formatDate(p.completedOn)}`
                : `${PARTICIPANT_STATUS_LABELS[p.status]}${p.waitingPosition ? ` (Platz ${p.waitingPosition})` : ''}`}
            </dd>
          </dl>
          <h2 className="kern-heading-medium">Module</h2>
          <ul className="kern-list">
            {data.cohort.modules.map((m) => (
              <li key={m.id} className="kern-body">
                {m.title}: {p.attendedModuleIds.includes(m.id) ? 'besucht' : 'noch nicht besucht'}
              </li>
            ))}
          </ul>
          {p.completed ? (
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => void download()}>
              <span className="kern-label">Zertifikat herunterladen (PDF)</span>
            </button>
          ) : null}
          <div role="alert">{downloadError ? <p className="kern-body">{downloadError}</p> : null}</div>
        </>
      ) : null}
    </Page>
  );
}
