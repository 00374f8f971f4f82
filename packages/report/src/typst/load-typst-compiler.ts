import { createRequire } from 'node:module';
import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const requireNative = createRequire(import.meta.url);

/**
 * The native Typst compiler class, loaded on first use rather than at import: the server and most CLI
 * commands never render a PDF, and loading the native module is part of every start otherwise
 * (issue 9, `npm run bench -- startup`). Its compile calls are synchronous, hence `require`.
 */
export function loadTypstCompiler(): typeof NodeCompiler {
  return (requireNative('@myriaddreamin/typst-ts-node-compiler') as { NodeCompiler: typeof NodeCompiler })
    .NodeCompiler;
}
