/**
 * R export: the codes CSV (`<name>.csv`) and a script (`<name>.R`) that reads it with base R only and turns
 * every coded variable into a factor with its value labels; variable labels go into attr(x, "label")
 * (the convention of haven/labelled and RStudio's data viewer).
 *
 * The script is pure ASCII: non-ASCII characters in labels are written as \uXXXX escapes, so it runs the
 * same in any locale (R documentation "Quotes": \unnnn in string literals).
 * Missing codes (-1 "Weiß nicht / keine Angabe", -2 "trifft nicht zu") stay factor levels; the script
 * defines `fehlende_werte` and `ohne_fehlende()` to turn them into NA for an analysis.
 */

import { type ExportColumn, exportColumns, MODE_LABELS } from './export-columns.ts';
import { baseNameOf, type ExportInput } from './export-input.ts';
import type { ExportResult } from './response-types.ts';
import { codesCsv } from './write-csv.ts';

const encoder = new TextEncoder();

/** An R string literal in ASCII: quotes and backslashes escaped, everything else non-ASCII as \u escapes. */
export function rString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x80) out += ch;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U{${cp.toString(16)}}`;
  }
  return `${out}"`;
}

const rVector = (items: readonly string[]): string => `c(${items.join(', ')})`;

function colClasses(columns: readonly ExportColumn[]): string {
  const entries = columns.map((c) => {
    const cls =
      c.kind === 'id' || c.kind === 'mode' || c.kind === 'date' || c.kind === 'text'
        ? 'character'
        : 'numeric';
    return `${c.name} = "${cls}"`;
  });
  return `c(\n  ${entries.join(',\n  ')}\n)`;
}

function script(input: ExportInput, columns: readonly ExportColumn[], dataFile: string): string {
  const out: string[] = [
    `# ${rString(input.codebook.title).slice(1, -1)}`,
    '# Datenimport fuer R (nur Basis-R). Aufruf im Ordner mit den Daten:',
    `#   source("${dataFile.replace(/\.csv$/, '.R')}")`,
    '# Fehlende Werte: -1 = "Weiss nicht / keine Angabe", -2 = "trifft nicht zu"; NA = nicht beantwortet.',
    '',
    `daten <- read.csv(${rString(dataFile)}, fileEncoding = "UTF-8", na.strings = "",`,
    '  check.names = FALSE, stringsAsFactors = FALSE,',
    `  colClasses = ${colClasses(columns).replace(/\n/g, '\n  ')})`,
    '',
    'daten$datum <- as.Date(daten$datum)',
    `daten$modus <- factor(daten$modus, levels = c("online", "papier"), labels = ${rVector(
      [MODE_LABELS.online, MODE_LABELS.papier].map(rString),
    )})`,
    '',
    '# Wertelabels: jede codierte Variable wird ein Faktor.',
  ];
  for (const c of columns) {
    if (c.values.length === 0) continue;
    out.push(
      `daten[[${rString(c.name)}]] <- factor(daten[[${rString(c.name)}]],`,
      `  levels = ${rVector(c.values.map((v) => String(v.code)))},`,
      `  labels = ${rVector(c.values.map((v) => rString(v.label)))})`,
    );
  }
  out.push('', '# Variablenlabels (wie haven/labelled: Attribut "label").', 'variablenlabels <- c(');
  out.push(columns.map((c) => `  ${rString(c.name)} = ${rString(c.label)}`).join(',\n'));
  out.push(
    ')',
    'for (v in names(variablenlabels)) attr(daten[[v]], "label") <- unname(variablenlabels[[v]])',
    '',
    '# Labels der fehlenden Werte je Variable; ohne_fehlende(daten$WG02) setzt sie auf NA.',
    'fehlende_werte <- list(',
  );
  const missing = columns.filter((c) => c.missingCodes.length > 0);
  out.push(
    missing
      .map(
        (c) =>
          `  ${rString(c.name)} = ${rVector(c.values.filter((v) => v.missing).map((v) => rString(v.label)))}`,
      )
      .join(',\n'),
  );
  out.push(
    ')',
    'ohne_fehlende <- function(x) {',
    '  x[as.character(x) %in% unique(unlist(fehlende_werte))] <- NA',
    '  droplevels(x)',
    '}',
    '',
  );
  return out.join('\n');
}

export function exportR(input: ExportInput): ExportResult {
  const base = baseNameOf(input);
  const columns = exportColumns(input.codebook, input.weights !== undefined, input.populationWeights);
  const dataFile = `${base}.csv`;
  return {
    files: [
      { name: `${base}.R`, bytes: encoder.encode(script(input, columns, dataFile)) },
      { name: dataFile, bytes: encoder.encode(codesCsv(input)) },
    ],
  };
}
