// `asskomm analyse FILE.csv`: design-based estimates from any survey CSV (weights, strata, clusters, fpc,
// post-stratification, raking, domains), as JSON or as a German table. The statistics are @asskomm/stats.
import { resolve } from 'node:path';
import {
  factorCodes,
  type PopulationMargin,
  postStratify,
  rake,
  type SurveyDesign,
  type SurveyDomain,
  type SurveyEstimate,
  svyDesign,
  svyDomainsBy,
  svyMean,
  svyProportion,
  svyTotal,
} from '@asskomm/stats';
import type { Command } from 'commander';
import { AnalyseInputError, type CsvColumns, parseNumber, readCsvFile } from './analyse-csv';

export { AnalyseInputError } from './analyse-csv';

/** Options of `asskomm analyse`, as commander hands them over (strings) or as a caller sets them. */
export interface AnalyseOptions {
  weight?: string;
  strata?: string;
  cluster?: string;
  fpc?: string;
  /** COL=MARGINS.csv, repeatable */
  rake?: string[];
  /** COL=MARGINS.csv */
  poststratify?: string;
  /** COL[,COL…], repeatable */
  mean?: string[];
  total?: string[];
  /** COL=V[,V…], repeatable */
  prop?: string[];
  by?: string;
  level?: string | number;
  minN?: string | number;
  json?: boolean;
}

/** One estimate in the `--json` output (the shape is a stable interface). */
export interface AnalyseEstimate {
  statistic: 'mean' | 'total' | 'proportion';
  variable: string;
  values?: string[];
  domain: Record<string, string> | null;
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  deff: number | null;
  n_eff: number | null;
  /** Extension of the documented shape: n is below --min-n (the estimate is shown in brackets). */
  small_cell: boolean;
}

export interface AnalyseResult {
  n: number;
  total_weight: number;
  degf: number;
  estimates: AnalyseEstimate[];
}

/** Raking control used by the CLI (R: rake(…, control = list(maxit = 100, epsilon = 1e-10))). */
const RAKE_CONTROL = { maxIter: 100, epsilon: 1e-10 } as const;

interface Request {
  statistic: 'mean' | 'total' | 'proportion';
  variable: string;
  values?: string[];
}

const list = (v: string[] | string | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

function splitAssignment(option: string, raw: string): [string, string] {
  const at = raw.indexOf('=');
  if (at <= 0 || at === raw.length - 1) {
    throw new AnalyseInputError(
      `--${option} erwartet SPALTE=${option === 'prop' ? 'WERT[,WERT…]' : 'DATEI.csv'}, erhalten: „${raw}“`,
    );
  }
  return [raw.slice(0, at).trim(), raw.slice(at + 1).trim()];
}

function parseRequests(options: AnalyseOptions): Request[] {
  const requests: Request[] = [];
  const columns = (raw: string) =>
    raw
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  for (const raw of list(options.mean))
    for (const c of columns(raw)) requests.push({ statistic: 'mean', variable: c });
  for (const raw of list(options.total))
    for (const c of columns(raw)) requests.push({ statistic: 'total', variable: c });
  for (const raw of list(options.prop)) {
    const [col, values] = splitAssignment('prop', raw);
    const vals = values.split(',').map((s) => s.trim());
    if (vals.some((v) => v === ''))
      throw new AnalyseInputError(`--prop ${raw}: leerer Wert in der Wertemenge`);
    requests.push({ statistic: 'proportion', variable: col, values: vals });
  }
  if (requests.length === 0) {
    throw new AnalyseInputError('Keine Schätzung angefordert: --mean, --total oder --prop angeben');
  }
  return requests;
}

function parseLevel(raw: string | number | undefined): number {
  const v = raw === undefined ? 0.95 : Number(raw);
  if (!(v > 0 && v < 1))
    throw new AnalyseInputError(`--level muss zwischen 0 und 1 liegen (z. B. 0.95), erhalten: ${raw}`);
  return v;
}

function parseMinN(raw: string | number | undefined): number {
  const v = raw === undefined ? 30 : Number(raw);
  if (!(Number.isInteger(v) && v >= 0))
    throw new AnalyseInputError(`--min-n muss eine ganze Zahl ≥ 0 sein, erhalten: ${raw}`);
  return v;
}

/** Numeric column; empty cells are NaN (missing); anything non-numeric stops with column and line. */
function numericColumn(csv: CsvColumns, name: string, file: string): Float64Array {
  const raw = csv.columns.get(name) as string[];
  const out = new Float64Array(raw.length);
  const comma = csv.delimiter === ';';
  for (let i = 0; i < raw.length; i++) {
    const v = parseNumber(raw[i] as string, comma);
    if (v === undefined) {
      throw new AnalyseInputError(
        `${file}, Spalte „${name}“, Zeile ${csv.lines[i]}: „${raw[i]}“ ist keine Zahl`,
      );
    }
    out[i] = v;
  }
  return out;
}

/** Categorical column (trimmed strings); empty cells are missing. */
function textColumn(csv: CsvColumns, name: string): string[] {
  return (csv.columns.get(name) as string[]).map((s) => s.trim());
}

function requireComplete(
  csv: CsvColumns,
  name: string,
  values: readonly string[],
  file: string,
  purpose: string,
): void {
  const i = values.indexOf('');
  if (i >= 0)
    throw new AnalyseInputError(`${file}, Spalte „${name}“, Zeile ${csv.lines[i]}: Wert fehlt (${purpose})`);
}

async function readMargin(
  option: 'rake' | 'poststratify',
  raw: string,
  csv: CsvColumns,
  file: string,
): Promise<PopulationMargin> {
  const [column, marginsFile] = splitAssignment(option, raw);
  if (!csv.columns.has(column)) throw new Error(`internal: column ${column} not read`);
  const path = resolve(marginsFile);
  const m = await readCsvFile(path, [column, 'count'], `Randverteilungsdatei (--${option} ${raw})`);
  const levels = textColumn(m, column);
  const counts = numericColumn(m, 'count', path);
  const population = new Map<string, number>();
  levels.forEach((level, i) => {
    const c = counts[i] as number;
    if (level === '')
      throw new AnalyseInputError(`${path}, Zeile ${m.lines[i]}: Ausprägung von „${column}“ fehlt`);
    if (!(c >= 0 && Number.isFinite(c))) {
      throw new AnalyseInputError(
        `${path}, Spalte „count“, Zeile ${m.lines[i]}: Anzahl muss eine Zahl ≥ 0 sein`,
      );
    }
    if (population.has(level))
      throw new AnalyseInputError(`${path}, Zeile ${m.lines[i]}: „${level}“ kommt doppelt vor`);
    population.set(level, c);
  });
  const values = textColumn(csv, column);
  requireComplete(csv, column, values, file, `nötig für --${option}`);
  const f = factorCodes(values);
  // German messages for the two ways margins and data disagree (the library would say it in English)
  const counted = new Uint8Array(f.levels.length);
  for (let i = 0; i < f.codes.length; i++) counted[f.codes[i] as number] = 1;
  f.levels.forEach((level, k) => {
    const c = population.get(level);
    if (counted[k] && !(c !== undefined && c > 0)) {
      const row = f.codes.indexOf(k);
      throw new AnalyseInputError(
        `${path}: Ausprägung „${level}“ der Spalte „${column}“ (z. B. ${file}, Zeile ${csv.lines[row]}) hat ${c === undefined ? 'keine Zeile' : 'die Anzahl 0'} in der Randverteilung`,
      );
    }
  });
  for (const [level, c] of population) {
    if (c > 0 && !f.levels.includes(level)) {
      throw new AnalyseInputError(
        `${path}: Ausprägung „${level}“ (Anzahl ${c}) kommt in ${file}, Spalte „${column}“ nicht vor (leere Zelle; Randverteilung zusammenfassen)`,
      );
    }
  }
  return { name: column, codes: f.codes, levels: f.levels, population };
}

/** Numeric order when every level is a number, otherwise German alphabetical order. */
function levelOrder(levels: readonly string[]): number[] {
  const idx = levels.map((_, i) => i);
  const numeric = levels.every((l) => parseNumber(l, false) !== undefined);
  if (numeric) return idx.sort((a, b) => Number(levels[a]) - Number(levels[b]));
  const collator = new Intl.Collator('de');
  return idx.sort((a, b) => collator.compare(levels[a] as string, levels[b] as string));
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Runs the analysis of one CSV file and returns the result and the text to print (JSON or a German
 * table). Throws AnalyseInputError (German message naming file, column or line) for bad input.
 */
export async function runAnalyse(
  file: string,
  options: AnalyseOptions,
): Promise<{ result: AnalyseResult; text: string; warnings: string[] }> {
  const requests = parseRequests(options);
  const level = parseLevel(options.level);
  const minN = parseMinN(options.minN);
  const rakes = list(options.rake);
  const post = options.poststratify;
  const wanted = new Set<string>();
  for (const c of [options.weight, options.strata, options.cluster, options.fpc, options.by])
    if (c) wanted.add(c);
  for (const r of requests) wanted.add(r.variable);
  for (const raw of rakes) wanted.add(splitAssignment('rake', raw)[0]);
  if (post) wanted.add(splitAssignment('poststratify', post)[0]);
  const path = resolve(file);
  const csv = await readCsvFile(path, [...wanted], 'Datendatei');
  if (csv.rows < 2)
    throw new AnalyseInputError(`${path}: mindestens zwei Datenzeilen nötig, gefunden: ${csv.rows}`);
  const warnings: string[] = [];

  // design
  let weights: Float64Array | undefined;
  if (options.weight) {
    weights = numericColumn(csv, options.weight, path);
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i] as number;
      const where = `${path}, Spalte „${options.weight}“, Zeile ${csv.lines[i]}`;
      if (Number.isNaN(w)) throw new AnalyseInputError(`${where}: Gewicht fehlt`);
      if (w < 0) throw new AnalyseInputError(`${where}: negatives Gewicht (${w})`);
      if (w === 0) throw new AnalyseInputError(`${where}: Gewicht 0 (Zeilen ohne Gewicht vorher entfernen)`);
    }
  }
  let strata: string[] | undefined;
  if (options.strata) {
    strata = textColumn(csv, options.strata);
    requireComplete(csv, options.strata, strata, path, 'Schicht');
  }
  let clusters: string[] | undefined;
  if (options.cluster) {
    clusters = textColumn(csv, options.cluster);
    requireComplete(csv, options.cluster, clusters, path, 'Klumpen');
  }
  let fpc: Float64Array | undefined;
  if (options.fpc) {
    fpc = numericColumn(csv, options.fpc, path);
    const i = fpc.findIndex((v) => !(v > 0));
    if (i >= 0) {
      throw new AnalyseInputError(
        `${path}, Spalte „${options.fpc}“, Zeile ${csv.lines[i]}: Endlichkeitskorrektur muss > 0 sein`,
      );
    }
  }
  let design: SurveyDesign;
  try {
    design = svyDesign({ n: csv.rows, weights, strata, clusters, fpc });
  } catch (error) {
    throw new AnalyseInputError(`Stichprobendesign ungültig: ${(error as Error).message}`);
  }
  const postMargin = post ? await readMargin('poststratify', post, csv, path) : undefined;
  const rakeMargins: PopulationMargin[] = [];
  for (const raw of rakes) rakeMargins.push(await readMargin('rake', raw, csv, path));
  try {
    if (postMargin) design = postStratify(design, postMargin);
    if (rakeMargins.length) design = rake(design, rakeMargins, RAKE_CONTROL);
  } catch (error) {
    throw new AnalyseInputError(`Gewichtung fehlgeschlagen: ${(error as Error).message}`);
  }

  // domains
  let domains: { domain: SurveyDomain; level: string }[] = [];
  if (options.by) {
    const by = factorCodes(textColumn(csv, options.by));
    const all = svyDomainsBy(design, by.codes, by.levels, options.by);
    domains = levelOrder(by.levels).map((k) => ({
      domain: all[k] as SurveyDomain,
      level: by.levels[k] as string,
    }));
  }

  // estimates
  const estimates: AnalyseEstimate[] = [];
  const table: { request: Request; label: string; e: SurveyEstimate }[] = [];
  for (const r of requests) {
    let run: (domain?: SurveyDomain) => SurveyEstimate;
    if (r.statistic === 'proportion') {
      const f = factorCodes(textColumn(csv, r.variable));
      const wantedValues = r.values as string[];
      const codes: number[] = [];
      for (const v of wantedValues) {
        const asNumber = parseNumber(v, false);
        let found = false;
        f.levels.forEach((l, k) => {
          const ln = parseNumber(l, csv.delimiter === ';');
          const same =
            l === v ||
            (asNumber !== undefined && !Number.isNaN(asNumber) && ln !== undefined && ln === asNumber);
          if (same) {
            codes.push(k);
            found = true;
          }
        });
        if (!found)
          warnings.push(
            `Hinweis: Wert „${v}“ kommt in Spalte „${r.variable}“ nicht vor (Anteil zählt ihn als 0)`,
          );
      }
      run = (domain) => svyProportion(design, f.codes, codes.length ? codes : [-2], { domain, level, minN });
    } else {
      const y = numericColumn(csv, r.variable, path);
      run = (domain) => (r.statistic === 'mean' ? svyMean : svyTotal)(design, y, { domain, level, minN });
    }
    const emit = (e: SurveyEstimate, domain: Record<string, string> | null, label: string) => {
      // key order as documented: statistic, variable, values (proportions), domain, estimate, se, ci_low, ci_high, n, deff, n_eff
      estimates.push({
        statistic: r.statistic,
        variable: r.variable,
        ...(r.values ? { values: r.values } : {}),
        domain,
        estimate: finite(e.estimate),
        se: finite(e.se),
        ci_low: finite(e.ciLow),
        ci_high: finite(e.ciHigh),
        n: e.n,
        deff: finite(e.deff),
        n_eff: finite(e.nEff),
        small_cell: e.small,
      });
      table.push({ request: r, label, e });
    };
    emit(run(), null, 'gesamt');
    for (const { domain, level: l } of domains) emit(run(domain), { [options.by as string]: l }, l);
  }
  const totalWeight = design.weights.reduce((a, b) => a + b, 0);
  const result: AnalyseResult = { n: csv.rows, total_weight: totalWeight, degf: design.degf, estimates };
  const text = options.json
    ? JSON.stringify(result, null, 2)
    : germanTable(result, table, { file: path, options, level, minN, rakes: rakeMargins, post: postMargin });
  return { result, text, warnings };
}

// ---- German table ----

const fmt = (x: number, digits: number): string =>
  Number.isFinite(x)
    ? new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        x,
      )
    : '–';

/** Decimals for a mean or total: enough to show the SE with two significant digits, at most 4. */
function decimalsFor(se: number, estimate: number): number {
  const ref = Number.isFinite(se) && se > 0 ? se : Math.abs(estimate);
  if (!Number.isFinite(ref) || ref === 0) return 2;
  return Math.max(0, Math.min(4, 1 - Math.floor(Math.log10(ref))));
}

function germanTable(
  result: AnalyseResult,
  rows: { request: Request; label: string; e: SurveyEstimate }[],
  ctx: {
    file: string;
    options: AnalyseOptions;
    level: number;
    minN: number;
    rakes: PopulationMargin[];
    post: PopulationMargin | undefined;
  },
): string {
  const o = ctx.options;
  const design: string[] = [];
  if (o.strata) design.push(`Schichten ${o.strata}`);
  if (o.cluster) design.push(`Klumpen ${o.cluster}`);
  design.push(o.weight ? `Gewichte ${o.weight}` : 'ohne Gewichte');
  if (o.fpc) design.push(`Endlichkeitskorrektur ${o.fpc}`);
  if (ctx.post) design.push(`Nachschichtung ${ctx.post.name} (${ctx.post.levels.length} Zellen)`);
  if (ctx.rakes.length)
    design.push(`Raking ${ctx.rakes.map((m) => `${m.name} (${m.levels.length})`).join(', ')}`);
  const pct = fmt(ctx.level * 100, ctx.level * 100 === Math.round(ctx.level * 100) ? 0 : 1);
  const header = [
    'Statistik',
    'Variable',
    o.by ? o.by : 'Gruppe',
    'Schätzwert',
    'SE',
    `${pct} %-KI`,
    'n',
    'deff',
    'n_eff',
  ];
  const names = { mean: 'Mittelwert', total: 'Summe', proportion: 'Anteil' } as const;
  let small = false;
  const body = rows.map(({ request: r, label, e }) => {
    const isProp = r.statistic === 'proportion';
    const scale = isProp ? 100 : 1;
    const d = isProp ? 1 : decimalsFor(e.se, e.estimate);
    const unit = isProp ? ' %' : '';
    const bracket = (s: string) => (e.small ? `(${s})` : s);
    if (e.small) small = true;
    return [
      names[r.statistic],
      isProp ? `${r.variable} ∈ {${(r.values ?? []).join(', ')}}` : r.variable,
      label,
      bracket(`${fmt(e.estimate * scale, d)}${unit}`),
      fmt(e.se * scale, isProp ? 1 : d),
      `${fmt(e.ciLow * scale, d)} – ${fmt(e.ciHigh * scale, d)}${unit}`,
      String(e.n),
      fmt(e.deff, 2),
      fmt(e.nEff, 0),
    ];
  });
  const widths = header.map((h, j) => Math.max(h.length, ...body.map((r) => (r[j] as string).length)));
  const right = new Set([3, 4, 5, 6, 7, 8]);
  const line = (cells: string[]) =>
    cells
      .map((c, j) => (right.has(j) ? c.padStart(widths[j] as number) : c.padEnd(widths[j] as number)))
      .join('  ')
      .trimEnd();
  const out = [
    `Datei: ${ctx.file}`,
    `Design: ${design.join('; ')}`,
    `Befragte: ${result.n}, Summe der Gewichte: ${fmt(result.total_weight, 0)}, Freiheitsgrade: ${result.degf}`,
    '',
    line(header),
    line(widths.map((w) => '─'.repeat(w))),
    ...body.map(line),
    '',
    `SE: Standardfehler (Taylor-Linearisierung${ctx.rakes.length || ctx.post ? ', mit Gewichtung als Kalibrierung' : ''}). KI: Mittelwerte und Summen Normalverteilung; Anteile Logit-Methode mit t-Verteilung (${result.degf} Freiheitsgrade, Domänen eigene).`,
    'n: ungewichtete Zahl der Antworten (fehlende Antworten zählen nicht). deff: Designeffekt; n_eff: effektive Fallzahl nach Kish.',
  ];
  if (small) out.push(`( ) weniger als ${ctx.minN} Antworten: nur eingeschränkt aussagekräftig.`);
  return out.join('\n');
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Adds `asskomm analyse FILE.csv [options]` to the program. */
export function registerAnalyseCommand(program: Command): void {
  program
    .command('analyse <datei>')
    .description(
      'Befragungsdaten (CSV) design-basiert auswerten: Mittelwerte, Summen und Anteile mit Standardfehlern und Konfidenzintervallen (wie R survey)',
    )
    .option('--weight <spalte>', 'Gewichte')
    .option('--strata <spalte>', 'Schichten')
    .option('--cluster <spalte>', 'Klumpen der ersten Stufe (PSU)')
    .option('--fpc <spalte>', 'Endlichkeitskorrektur: Größe der Grundgesamtheit je Schicht oder Auswahlsatz')
    .option(
      '--rake <spalte=datei>',
      'Raking auf eine Randverteilung (CSV mit Spalten SPALTE,count); wiederholbar',
      collect,
      [],
    )
    .option(
      '--poststratify <spalte=datei>',
      'Nachschichtung auf eine Randverteilung (CSV mit Spalten SPALTE,count)',
    )
    .option('--mean <spalten>', 'Mittelwerte (Spalten kommagetrennt; wiederholbar)', collect, [])
    .option('--total <spalten>', 'Summen (Spalten kommagetrennt; wiederholbar)', collect, [])
    .option(
      '--prop <spalte=werte>',
      'Anteil der Antworten in der Wertemenge, z. B. angst=3,4 (wiederholbar)',
      collect,
      [],
    )
    .option('--by <spalte>', 'zusätzlich Schätzungen für jede Ausprägung (Domänen)')
    .option('--level <zahl>', 'Konfidenzniveau', '0.95')
    .option('--min-n <zahl>', 'Mindestzahl Antworten; kleinere Zellen werden in ( ) gesetzt', '30')
    .option('--json', 'Ergebnis als JSON ausgeben')
    .addHelpText(
      'after',
      '\nFehlende Antworten (leere Zellen) werden wie in R mit na.rm = TRUE als Domäne behandelt.\nRaking: bis 100 Durchläufe, Abbruch bei Änderung < 1e-10 der Gewichtssumme (wie R rake mit control = list(maxit = 100, epsilon = 1e-10)).',
    )
    .action(async (file: string, opts: AnalyseOptions) => {
      const { text, warnings } = await runAnalyse(file, opts);
      for (const w of warnings) process.stderr.write(`${w}\n`);
      process.stdout.write(`${text}\n`);
    });
}
