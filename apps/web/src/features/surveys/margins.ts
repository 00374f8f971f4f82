import type { Margin, SurveyConfig } from '@asskomm/contracts';

export const AGE_LABELS: Record<string, string> = {
  '1': '16 bis 24 Jahre',
  '2': '25 bis 34 Jahre',
  '3': '35 bis 44 Jahre',
  '4': '45 bis 54 Jahre',
  '5': '55 bis 64 Jahre',
  '6': '65 bis 74 Jahre',
  '7': '75 Jahre oder älter',
};
export const SEX_LABELS: Record<string, string> = { '1': 'männlich', '2': 'weiblich', '3': 'divers' };

const VARIABLE_LABELS: Record<string, string> = {
  SD_ALTER: 'Altersgruppe',
  SD_GESCHLECHT: 'Geschlecht',
  SD_ORTSTEIL: 'Ortsteil',
};

export function variableLabel(variable: string): string {
  return variable
    .split('×')
    .map((v) => VARIABLE_LABELS[v] ?? v)
    .join(' × ');
}

export function levelLabel(variable: string, level: string, config: SurveyConfig): string {
  const parts = level.split('×');
  return variable
    .split('×')
    .map((v, i) => {
      const code = parts[i] ?? '';
      if (v === 'SD_ALTER') return AGE_LABELS[code] ?? code;
      if (v === 'SD_GESCHLECHT') return SEX_LABELS[code] ?? code;
      if (v === 'SD_ORTSTEIL') return config.districts[Number(code) - 1] ?? code;
      return code;
    })
    .join(', ');
}

export function groupMargins(margins: Margin[]): { variable: string; rows: Margin[]; total: number }[] {
  const groups = new Map<string, Margin[]>();
  for (const m of margins) groups.set(m.variable, [...(groups.get(m.variable) ?? []), m]);
  return [...groups.entries()].map(([variable, rows]) => ({
    variable,
    rows,
    total: rows.reduce((s, r) => s + r.count, 0),
  }));
}

export interface CsvPreview {
  delimiter: string;
  header: string[];
  rows: string[][];
  problems: string[];
}

/** A quick look at an uploaded margins CSV before it is sent (the server checks it fully). */
export function previewCsv(text: string): CsvPreview {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const first = lines[0] ?? '';
  const delimiter = [';', ',', '\t'].sort((a, b) => first.split(b).length - first.split(a).length)[0]!;
  const split = (line: string) => line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const header = split(first);
  const rows = lines.slice(1).map(split);
  const problems: string[] = [];
  const expected = ['variable', 'level', 'count'];
  if (header.map((h) => h.toLowerCase()).join() !== expected.join())
    problems.push(
      `Die Kopfzeile sollte „variable${delimiter}level${delimiter}count“ lauten (gefunden: „${first}“).`,
    );
  rows.forEach((row, i) => {
    if (problems.length >= 10) return;
    if (row.length !== 3) problems.push(`Zeile ${i + 2}: ${row.length} statt 3 Spalten.`);
    else if (!/^\d+$/.test(row[2]!.replace(/[.\s]/g, '')))
      problems.push(`Zeile ${i + 2}: Die Anzahl „${row[2]}“ ist keine ganze Zahl.`);
  });
  if (rows.length === 0) problems.push('Die Datei enthält keine Datenzeilen.');
  return { delimiter, header, rows, problems };
}
