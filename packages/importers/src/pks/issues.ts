import type { ImportIssue } from './types';

/**
 * Machine codes of all issues the importers emit. German messages carry the explanation; callers
 * (error registry, UI) key on these codes.
 */
export const ISSUE_CODES = {
  // file level
  emptyFile: 'empty_file',
  wrongEncoding: 'wrong_encoding',
  notCsv: 'not_csv',
  notXlsx: 'not_xlsx',
  missingColumn: 'missing_column',
  unexpectedColumn: 'unexpected_column',
  duplicateColumn: 'duplicate_column',
  missingColumnNumbers: 'missing_column_numbers',
  yearMissing: 'year_missing',
  yearMismatch: 'year_mismatch',
  unknownFormat: 'unknown_format',
  truncated: 'truncated',
  noFinalNewline: 'no_final_newline',
  incompleteGrid: 'incomplete_grid',
  missingStandardKeys: 'missing_standard_keys',
  // cell level
  fieldCount: 'field_count',
  badQuote: 'bad_quote',
  notInteger: 'not_integer',
  negativeCount: 'negative_count',
  tooLarge: 'too_large',
  notNumber: 'not_number',
  required: 'required',
  badKey: 'bad_key',
  keyPadded: 'key_padded',
  keyScientific: 'key_scientific',
  unknownKey: 'unknown_key',
  badAgs: 'bad_ags',
  agsPadded: 'ags_padded',
  unknownAgs: 'unknown_ags',
  badYear: 'bad_year',
  badDate: 'bad_date',
  duplicateRow: 'duplicate_row',
  // plausibility warnings
  clearanceOver100: 'clearance_over_100',
  subKeyExceedsParent: 'subkey_exceeds_parent',
  attemptsExceedCases: 'attempts_exceed_cases',
  suspectsSexSum: 'suspects_sex_sum',
  nonGermanExceedsSuspects: 'non_german_exceeds_suspects',
  stichtagNotYearEnd: 'stichtag_not_year_end',
  populationSum: 'population_sum',
  populationZero: 'population_zero',
} as const;

export type IssueCode = (typeof ISSUE_CODES)[keyof typeof ISSUE_CODES];

/** Quotes a cell the way the messages show it: `"-5"`, shortened if very long. */
export function quote(value: string): string {
  const v = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return `"${v}"`;
}

/** `Zeile 17, Spalte "Anzahl erfasste Faelle": "-5"` (parts left out when unknown). */
export function where(line?: number, column?: string, value?: string): string {
  const parts: string[] = [];
  if (line !== undefined) parts.push(`Zeile ${line}`);
  if (column !== undefined) parts.push(`Spalte ${quote(column)}`);
  const head = parts.join(', ');
  if (value === undefined) return head;
  return head ? `${head}: ${quote(value)}` : quote(value);
}

/** German thousands grouping for messages (1.234.567). */
export function fmt(n: number): string {
  return n.toLocaleString('de-DE');
}

/**
 * Collects issues and caps how many of one code are listed one by one, so a 1M-row file with a
 * systematic problem yields a readable list plus a count, not a million messages.
 */
export class IssueCollector {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  private readonly counts = new Map<string, number>();
  private readonly errorCodes = new Set<string>();

  constructor(private readonly limitPerCode = 50) {}

  error(issue: ImportIssue): void {
    this.errorCodes.add(issue.code);
    if (this.bump(issue.code) <= this.limitPerCode) this.errors.push(issue);
  }

  warn(issue: ImportIssue): void {
    if (this.bump(issue.code) <= this.limitPerCode) this.warnings.push(issue);
  }

  get hasErrors(): boolean {
    return this.errorCodes.size > 0;
  }

  count(code: string): number {
    return this.counts.get(code) ?? 0;
  }

  /** Final lists (sorted by line, summaries last) and per-code totals. */
  finish(): {
    errors: ImportIssue[];
    warnings: ImportIssue[];
    issueCounts: Record<string, number>;
    errorCount: number;
    warningCount: number;
  } {
    const issueCounts: Record<string, number> = {};
    let errorCount = 0;
    let warningCount = 0;
    const errors = sortByLine(this.errors);
    const warnings = sortByLine(this.warnings);
    for (const [code, n] of this.counts) {
      issueCounts[code] = n;
      const isError = this.errorCodes.has(code);
      if (isError) errorCount += n;
      else warningCount += n;
      if (n > this.limitPerCode) {
        const omitted = n - this.limitPerCode;
        (isError ? errors : warnings).push({
          code,
          omitted,
          message: `… und ${fmt(omitted)} weitere Meldungen dieser Art (${code}); oben sind die ersten ${this.limitPerCode} aufgeführt.`,
        });
      }
    }
    return { errors, warnings, issueCounts, errorCount, warningCount };
  }

  private bump(code: string): number {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    return n;
  }
}

function sortByLine(list: ImportIssue[]): ImportIssue[] {
  // Stable sort: issues without a line (file-level) first, then by line.
  return [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
