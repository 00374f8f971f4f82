import { AGREEMENT_DOCUMENT_MAX_BYTES } from '@asskomm/contracts';

const MB = 1024 * 1024;

/**
 * Checks a chosen agreement document before anything is sent, as the server will: at most 20 MB and a
 * PDF by its first bytes (not by its name). Answers the German message for the field, or null.
 */
export async function pdfProblem(file: File): Promise<string | null> {
  if (file.size === 0) return `„${file.name}“ ist leer.`;
  if (file.size > AGREEMENT_DOCUMENT_MAX_BYTES) {
    const size = (file.size / MB).toLocaleString('de-DE', { maximumFractionDigits: 1 });
    return `„${file.name}“ ist ${size} MB groß; erlaubt sind höchstens ${AGREEMENT_DOCUMENT_MAX_BYTES / MB} MB.`;
  }
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  if (String.fromCharCode(...head) !== '%PDF-')
    return `„${file.name}“ ist keine PDF-Datei. Bitte laden Sie die unterschriebene Vereinbarung als PDF hoch.`;
  return null;
}
