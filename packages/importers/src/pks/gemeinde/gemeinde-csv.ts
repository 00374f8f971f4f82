import type { ColumnarImportResult, PksFactColumns } from '../types';
import { GemeindeCsvParser, type GemeindeParseOptions } from './gemeinde-parser';

/**
 * Municipality template (CSV) in one call. UTF-8 with or without BOM, `;`, `,` or tab.
 * Returns columns, not row objects: see PksFactColumns.
 */
export function parseGemeindeCsv(
  bytes: Uint8Array,
  options: GemeindeParseOptions = {},
): ColumnarImportResult {
  const parser = new GemeindeCsvParser(options);
  parser.push(bytes);
  return parser.finish();
}

/**
 * Streaming form for large files: reads `source` (a Node Readable, a web ReadableStream or any
 * async iterable of bytes) and hands each batch of cell-valid rows to `onChunk` as they are parsed,
 * e.g. to COPY them into a staging table or to drive a progress bar. File-wide checks (duplicates,
 * unknown keys/AGS, sub-key vs parent) are only complete in the returned result: commit the staged
 * rows only when its `errors` is empty, otherwise roll back. Memory stays O(rows) because those
 * checks need every row; the returned `columns` hold all rows.
 */
export async function parseGemeindeCsvChunks(
  source: AsyncIterable<Uint8Array>,
  onChunk: (rows: PksFactColumns, progress: { bytes: number; rows: number }) => void | Promise<void>,
  options: GemeindeParseOptions = {},
): Promise<ColumnarImportResult> {
  const parser = new GemeindeCsvParser(options);
  let bytes = 0;
  let emitted = 0;
  for await (const chunk of source) {
    bytes += chunk.length;
    parser.push(chunk);
    if (parser.rowCount > emitted) {
      await onChunk(parser.columns(emitted, parser.rowCount), { bytes, rows: parser.rowCount });
      emitted = parser.rowCount;
    }
  }
  const result = parser.finish();
  if (parser.rowCount > emitted)
    await onChunk(parser.columns(emitted, parser.rowCount), { bytes, rows: parser.rowCount });
  return result;
}
