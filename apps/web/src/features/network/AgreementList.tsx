import type { AgreementView } from '@asskomm/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FileField } from '../../components/FormField.tsx';
import { serverMessage } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/format.ts';
import { networkApi, networkKeys } from './api.ts';
import { fileSize } from './format.ts';
import { pdfProblem } from './pdf-file.ts';

function DocumentUpload({ agreement }: { agreement: AgreementView }) {
  const [error, setError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => networkApi.uploadAgreementDocument(agreement.id, file),
    meta: { invalidates: [networkKeys.municipality(agreement.ags)] },
  });
  async function choose(file: File | null) {
    setError(null);
    if (!file) return;
    const problem = await pdfProblem(file);
    if (problem) return setError(problem);
    upload.mutate(file, { onError: (e) => setError(serverMessage(e)) });
  }
  return (
    <FileField
      id={`vereinbarung-${agreement.id}-datei`}
      label={agreement.document ? 'Dokument ersetzen (PDF)' : 'Dokument hochladen (PDF)'}
      accept="application/pdf,.pdf"
      optional
      onFile={(file) => void choose(file)}
      error={error ?? undefined}
    />
  );
}

export function AgreementList({ agreements, editable }: { agreements: AgreementView[]; editable: boolean }) {
  if (agreements.length === 0)
    return (
      <EmptyState title="Keine Kooperationsvereinbarung" headingLevel={3}>
        <p className="kern-body">Für diese Kommune ist noch keine Kooperationsvereinbarung erfasst.</p>
      </EmptyState>
    );
  return (
    <ul className="app-network-list">
      {agreements.map((agreement) => (
        <li key={agreement.id} className="app-network-list__item" data-agreement={agreement.id}>
          <p className="kern-body kern-body--bold">Unterzeichnet am {formatDate(agreement.signedOn)}</p>
          <p className="kern-body">{agreement.parties.join(' · ')}</p>
          {agreement.goals ? <p className="kern-body app-pre-line">{agreement.goals}</p> : null}
          {agreement.document ? (
            <p className="kern-body">
              <a className="kern-link" href={networkApi.agreementDocumentHref(agreement.id)} download>
                Vereinbarung herunterladen (PDF, {fileSize(agreement.document.size)})
              </a>
            </p>
          ) : (
            <p className="kern-body app-muted">Kein Dokument hinterlegt.</p>
          )}
          {editable ? <DocumentUpload agreement={agreement} /> : null}
        </li>
      ))}
    </ul>
  );
}
