import { importBkaKreise } from './bka-kreise';
import { columnsToRows } from './columns';
import { detectPksFormat } from './detect';
import { parseGemeindeCsv } from './gemeinde/gemeinde-csv';
import { parseGemeindeXlsx } from './gemeinde/gemeinde-xlsx';
import { ISSUE_CODES, IssueCollector } from './issues';
import { importKreiseCsv } from './kreise-csv';
import { buildResult } from './result';
import type { ColumnarImportResult, ImportResult, PksFactRow, PksImportOptions } from './types';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * One entry point for every PKS format: detects the format unless `options.format` is given and
 * returns rows. Write nothing when `errors` is non-empty (`rows` then holds the rows that parsed,
 * for a preview only). For a million-row municipality file prefer parseGemeindeCsv (columns).
 */
export async function importPks(
  bytes: Uint8Array,
  options: PksImportOptions = {},
): Promise<ImportResult<PksFactRow>> {
  const format = options.format ?? detectPksFormat(bytes, options.filename);
  switch (format) {
    case 'bka-kreise':
      return importBkaKreise(bytes, options);
    case 'kreise-csv':
      return importKreiseCsv(bytes, options);
    case 'gemeinde': {
      const r = await importGemeinde(bytes, options);
      return { rows: columnsToRows(r.columns), errors: r.errors, warnings: r.warnings, meta: r.meta };
    }
    default: {
      const issues = new IssueCollector();
      if (bytes.length === 0 || /^\s*$/.test(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))) {
        issues.error({ code: ISSUE_CODES.emptyFile, line: 1, message: 'Die Datei ist leer.' });
        return buildResult([], issues, { format: 'unbekannt' });
      }
      issues.error({
        code: ISSUE_CODES.unknownFormat,
        line: 1,
        message:
          'Das Dateiformat wurde nicht erkannt. Erwartet wird die BKA-Kreistabelle KR-F-01-T01 (CSV im Originalformat), ' +
          'die bereinigte Kreistabelle (pks_kreise_…csv) oder die Gemeinde-Vorlage (CSV oder XLSX, Kopfzeile mit ags, jahr, schluessel, erfasste_faelle). ' +
          'Bitte die Kopfzeile prüfen oder das Format ausdrücklich angeben.',
      });
      return buildResult([], issues, { format: 'unbekannt' });
    }
  }
}

/** Municipality template, CSV or XLSX (by content), as columns. */
export function importGemeinde(
  bytes: Uint8Array,
  options: PksImportOptions = {},
): Promise<ColumnarImportResult> {
  if (isZip(bytes)) return parseGemeindeXlsx(bytes, options);
  return Promise.resolve(parseGemeindeCsv(bytes, options));
}
