// The codebook of the platform's CSV export (`<name>_codebuch.csv`: variable;variablenlabel;wert;wertelabel;
// fehlend) read for `asskomm analyse`: which codes of a column mean "no answer" (e.g. -1 "Weiß nicht /
// keine Angabe"), so that they count as missing and not as an answer.
import { AnalyseInputError, categoryColumn, numericColumn, readCsvFile } from './analyse-csv';

/**
 * Column of the export with population-scale weights (each respondent's share of the population; empty
 * for responses that could not be weighted). `analyse` uses it when no --weight is given.
 */
export const POPULATION_WEIGHT_COLUMN = 'gewicht_hochrechnung';

export interface Codebook {
  /** every variable named in the codebook */
  readonly variables: ReadonlySet<string>;
  /** per variable: the codes marked as missing (fehlend = ja) */
  readonly missing: ReadonlyMap<string, number[]>;
}

/** Reads a codebook; a file without the columns variable, wert and fehlend is an error naming them. */
export async function readCodebook(path: string): Promise<Codebook> {
  const csv = await readCsvFile(path, ['variable', 'wert', 'fehlend'], 'Codebuch');
  const variable = categoryColumn(csv, 'variable');
  const missingFlag = categoryColumn(csv, 'fehlend');
  let codes: Float64Array;
  try {
    codes = numericColumn(csv, 'wert', path);
  } catch (error) {
    throw new AnalyseInputError(`Codebuch ${(error as Error).message}`);
  }
  const variables = new Set<string>();
  const missing = new Map<string, number[]>();
  for (let i = 0; i < csv.rows; i++) {
    const v = variable.codes[i] as number;
    if (v < 0) continue;
    const name = variable.levels[v] as string;
    variables.add(name);
    const flag = missingFlag.codes[i] as number;
    const code = codes[i] as number;
    if (flag < 0 || Number.isNaN(code)) continue;
    if ((missingFlag.levels[flag] as string).toLowerCase() !== 'ja') continue;
    missing.set(name, [...(missing.get(name) ?? []), code]);
  }
  return { variables, missing };
}
