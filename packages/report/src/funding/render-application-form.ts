/**
 * The RL KommPräv application form as a tagged PDF/UA-1 (Typst, the shipped Fira Sans only, as the
 * Lagebericht): the project's Beccaria description plus the cost and financing plan. The caller formats
 * every value (amounts as "21.150,00 €"); the template only lays them out.
 */
import { readFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { FONT_DIRS } from '../fonts/font-files.ts';

export const APPLICATION_FORM_TEMPLATE = readFileSync(
  new URL('./application-form.typ', import.meta.url),
  'utf8',
);

export interface ApplicationFormData {
  title: string;
  subtitle: string;
  /** Date of the document (YYYY-MM-DD), from the data, so the same input gives the same bytes. */
  date: string;
  fundingYear: number;
  isDemo: boolean;
  municipality: { name: string; ags: string };
  facts: { label: string; value: string }[];
  steps: { number: number; label: string; hint: string; text: string }[];
  items: { description: string; category: string; amount: string }[];
  totalCost: string;
  financing: { label: string; amount: string; share: string }[];
  totalFinancing: string;
  /** German sentences of rules the plan breaks (empty when all hold). */
  checks: string[];
  note: string;
}

let compiler: NodeCompiler | undefined;

interface Diagnostic {
  readonly message?: string;
}

export function renderApplicationFormPdf(data: ApplicationFormData): Uint8Array {
  compiler ??= NodeCompiler.create({ fontArgs: [{ fontPaths: [...FONT_DIRS] }] });
  const result = compiler.compile({
    mainFileContent: APPLICATION_FORM_TEMPLATE,
    inputs: { data: JSON.stringify(data) },
  });
  const document = result.result;
  if (result.hasError() || document === null) {
    const error = result.takeDiagnostics() ?? result.takeError();
    const messages = ((error?.shortDiagnostics ?? []) as Diagnostic[]).map((d) => d.message ?? String(d));
    throw new Error(`Typst-Fehler im Förderantrag: ${messages.join('; ') || 'unbekannt'}`);
  }
  const pdf = compiler.pdf(document, { pdfStandard: 'ua-1' } as never);
  compiler.evictCache(10);
  return new Uint8Array(pdf);
}
