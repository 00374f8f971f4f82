import { ISSUE_CODES, type IssueCollector } from './issues';
import type { PksImportOptions } from './types';
import { yearFromFilename } from './year-from-filename';

/**
 * Berichtsjahr of a table without a year column: `options.year` first, else the file name.
 * Reports a missing year as an error and a disagreement between option and name as a warning.
 */
export function resolveYear(
  options: PksImportOptions,
  maxYear: number,
  issues: IssueCollector,
): { year: number | null; source?: 'option' | 'filename' } {
  const fromName = options.filename ? yearFromFilename(options.filename) : null;
  const valid = (y: number) => Number.isInteger(y) && y >= 1950 && y <= maxYear;
  if (options.year !== undefined) {
    if (!valid(options.year)) {
      issues.error({
        code: ISSUE_CODES.badYear,
        value: String(options.year),
        message: `Das angegebene Berichtsjahr "${options.year}" ist ungültig (erwartet 1950–${maxYear}).`,
      });
      return { year: null };
    }
    if (fromName !== null && fromName !== options.year) {
      issues.warn({
        code: ISSUE_CODES.yearMismatch,
        value: String(options.year),
        message: `Angegeben ist das Berichtsjahr ${options.year}, der Dateiname "${options.filename}" nennt ${fromName}. Verwendet wird ${options.year}. Bitte prüfen, ob die richtige Datei gewählt ist.`,
      });
    }
    return { year: options.year, source: 'option' };
  }
  if (fromName !== null && valid(fromName)) return { year: fromName, source: 'filename' };
  issues.error({
    code: ISSUE_CODES.yearMissing,
    message:
      'Die BKA-Kreistabelle enthält keine Spalte mit dem Berichtsjahr, und der Dateiname nennt keines. ' +
      'Bitte das Berichtsjahr angeben (Option "year", in der Kommandozeile --year) oder die Datei so benennen, dass das Jahr darin steht (z. B. "…_2022_…" oder "PKS2022…").',
  });
  return { year: null };
}
