/**
 * A small RFC 4180 CSV reader that keeps the source line of every record, so that import errors can name
 * the line a person sees in a text editor (a quoted field may span lines). Delimiter `;` or `,`.
 * Reference: https://www.rfc-editor.org/rfc/rfc4180
 * Runs in O(n) over the characters of the text.
 */
export interface CsvRecord {
  /** 1-based line number where the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

/** Picks `;` or `,` by counting both outside quotes in the first line (German Excel writes `;`). */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

/** Parses CSV text. Empty lines are skipped. Fields are not trimmed. */
export function parseCsv(text: string, delimiter: ';' | ','): CsvParseResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quotedField = false;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !quotedField))
      records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    quotedField = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '' && !quotedField) {
      // Quoted field: runs to the next lone quote; "" is an escaped quote.
      quotedField = true;
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length)
          return { ok: false, line: startLine, message: 'Anführungszeichen wird nicht geschlossen' };
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        return {
          ok: false,
          line,
          message: 'Nach einem schließenden Anführungszeichen muss ein Trennzeichen folgen',
        };
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      quotedField = false;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else if (ch === '"') {
      return { ok: false, line, message: 'Anführungszeichen mitten im Feld (Feld bitte ganz in "…" setzen)' };
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || fields.length > 0 || quotedField) endRecord();
  return { ok: true, records };
}
