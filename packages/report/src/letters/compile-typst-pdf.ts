/**
 * Compiles a Typst template to PDF with the native typst-ts-node-compiler (Typst 0.14). Data goes in as
 * JSON through `sys.inputs.data` (read in the template with `json(bytes(sys.inputs.data))`), so texts
 * from users (names, free text) are always data, never Typst markup.
 *
 * Fonts: Debian's fonts-liberation2 (Arial/Courier metrics) when installed; otherwise the fonts the
 * compiler finds on the system plus Typst's embedded ones (Libertinus Serif, New Computer Modern,
 * DejaVu Sans Mono), so a fresh machine still renders. Templates list fallbacks in that order.
 * API: node_modules/@myriaddreamin/typst-ts-node-compiler/index-napi.d.ts (NodeCompiler.create, compile, pdf).
 */
import { existsSync } from 'node:fs';
import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { FONT_DIRS } from '../fonts/font-files.ts';
import { loadTypstCompiler } from '../typst/load-typst-compiler.ts';

export const LIBERATION_FONT_DIR = '/usr/share/fonts/truetype/liberation2';

let compiler: NodeCompiler | undefined;

/**
 * A compiler with the project's shipped fonts (Fira Sans, fonts/font-files.ts; the same as the
 * Lagebericht) and also the fonts in `fontDir` when that directory exists.
 */
export function createTypstCompiler(fontDir: string = LIBERATION_FONT_DIR): NodeCompiler {
  return loadTypstCompiler().create({
    fontArgs: [{ fontPaths: [...FONT_DIRS, ...(existsSync(fontDir) ? [fontDir] : [])] }],
  });
}

function getCompiler(): NodeCompiler {
  compiler ??= createTypstCompiler();
  return compiler;
}

interface Diagnostic {
  readonly message?: string;
  readonly severity?: string;
}

/** Compiles `source` with `data` as `sys.inputs.data`; throws with the Typst diagnostics on errors. */
export function compileTypstPdf(
  source: string,
  data: unknown,
  typst: NodeCompiler = getCompiler(),
): Uint8Array {
  const result = typst.compile({ mainFileContent: source, inputs: { data: JSON.stringify(data) } });
  const document = result.result;
  if (result.hasError() || document === null) {
    const error = result.takeDiagnostics() ?? result.takeError();
    const messages = ((error?.shortDiagnostics ?? []) as Diagnostic[]).map((d) => d.message ?? String(d));
    throw new Error(`Typst-Fehler: ${messages.join('; ') || 'unbekannt'}`);
  }
  const pdf = typst.pdf(document);
  // Memoised results of earlier jobs are dropped, so long runs do not grow memory (reference/stack.md).
  typst.evictCache(10);
  return new Uint8Array(pdf);
}
