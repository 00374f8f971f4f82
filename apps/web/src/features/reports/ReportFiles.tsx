import type { ReportFileFormat } from '@asskomm/contracts';
import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { saveBlob } from '../surveys/api.ts';
import { reportApi } from './api.ts';

const FORMATS: { format: ReportFileFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF (barrierefrei)' },
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'html', label: 'Webseite (HTML)' },
  { format: 'xlsx', label: 'Datenanhang (XLSX)' },
];

/** Downloads of a draft or version; the files are rendered on request, which takes a few seconds for a PDF. */
export function ReportFiles({ ags, item }: { ags: string; item: { kind: 'draft' | 'version'; id: number } }) {
  const [busy, setBusy] = useState<ReportFileFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async (format: ReportFileFormat) => {
    setBusy(format);
    setError(null);
    try {
      const file = await reportApi.file(ags, item, format);
      saveBlob(file.blob, file.name);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Die Datei konnte nicht erstellt werden.');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-files">
      <h3 className="kern-heading-small">Herunterladen</h3>
      <div className="report__actions">
        {FORMATS.map((f) => (
          <button
            key={f.format}
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={busy !== null}
            onClick={() => void download(f.format)}
          >
            <span className="kern-label">{f.label}</span>
          </button>
        ))}
      </div>
      {busy ? (
        <Loading
          label={
            busy === 'pdf'
              ? 'Das PDF wird erstellt … Das dauert einige Sekunden.'
              : `Die Datei (${busy.toUpperCase()}) wird erstellt …`
          }
        />
      ) : null}
      {error ? (
        <Alert type="danger" title="Herunterladen fehlgeschlagen" live="alert">
          <p className="kern-body">{error}</p>
        </Alert>
      ) : null}
    </div>
  );
}
