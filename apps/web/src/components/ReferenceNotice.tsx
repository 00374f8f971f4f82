import { api } from '../lib/api-client.ts';
import { queryKeys, useApiQuery } from '../lib/query.ts';
import { Alert } from './Alert.tsx';

export function useReferenceStatus() {
  return useApiQuery(queryKeys.referenceStatus, (signal) => api.referenceStatus(signal), {
    staleTime: Infinity,
  });
}

/** Explains how to load the official reference data when the server has none (GET /api/reference/status). */
export function ReferenceNotice() {
  const { data } = useReferenceStatus();
  if (!data || data.loaded) return null;
  return (
    <Alert
      type="warning"
      title="Die Referenzdaten sind noch nicht geladen"
      headingLevel={2}
      className="app-section"
    >
      <p className="kern-body">
        Die Gemeinden, Landkreise und Gebietsgrenzen Sachsens (Destatis GV100AD, BKG VG5000) fehlen noch. Bis
        sie geladen sind, bleiben Kommunenliste und Karte leer; nur die Demokommune „Musterstadt (Demodaten)“
        ist vorhanden.
      </p>
      <p className="kern-body">
        Eine Administratorin oder ein Administrator lädt sie auf dem Server mit diesem Befehl, wobei{' '}
        <code>DIR</code> das Verzeichnis mit den Referenzdateien ist:
      </p>
      <pre className="app-code">
        <code>npx asskomm reference load DIR</code>
      </pre>
      {data.hint && !data.hint.includes('reference load') ? <p className="kern-body">{data.hint}</p> : null}
    </Alert>
  );
}
