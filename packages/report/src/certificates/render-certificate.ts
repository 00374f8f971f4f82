/**
 * The certificate of a completed training as a tagged PDF/UA-1 (Typst), with the shipped Fira Sans only,
 * so every machine renders the same bytes. Data goes in as JSON, never as markup.
 */
import { readFileSync } from 'node:fs';
import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { FONT_DIRS } from '../fonts/font-files.ts';
import { loadTypstCompiler } from '../typst/load-typst-compiler.ts';

export const CERTIFICATE_TEMPLATE = readFileSync(new URL('./certificate.typ', import.meta.url), 'utf8');

export interface CertificateData {
  number: string;
  name: string;
  courseTitle: string;
  cohortTitle: string;
  place: string;
  /** E.g. "Fachkraft für Kriminalprävention"; null for courses without a title. */
  qualification: string | null;
  modules: { position: number; title: string; date: string }[];
  /** German dates (TT.MM.JJJJ). */
  completedOn: string;
  issuedOn: string;
  issuer: string;
}

let compiler: NodeCompiler | undefined;

interface Diagnostic {
  readonly message?: string;
}

export function renderCertificatePdf(data: CertificateData): Uint8Array {
  // The native compiler loads on the first certificate, not at import: the server starts without it.
  compiler ??= loadTypstCompiler().create({ fontArgs: [{ fontPaths: [...FONT_DIRS] }] });
  const result = compiler.compile({
    mainFileContent: CERTIFICATE_TEMPLATE,
    inputs: { data: JSON.stringify(data) },
  });
  const document = result.result;
  if (result.hasError() || document === null) {
    const error = result.takeDiagnostics() ?? result.takeError();
    const messages = ((error?.shortDiagnostics ?? []) as Diagnostic[]).map((d) => d.message ?? String(d));
    throw new Error(`Typst-Fehler im Zertifikat: ${messages.join('; ') || 'unbekannt'}`);
  }
  const pdf = compiler.pdf(document, { pdfStandard: 'ua-1' } as never);
  compiler.evictCache(10);
  return new Uint8Array(pdf);
}
