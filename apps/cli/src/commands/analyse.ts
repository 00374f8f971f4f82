// `asskomm analyse FILE.csv`: design-based estimates from any survey CSV (weights, strata, clusters, fpc,
// post-stratification, raking, domains), as JSON or as a German table. The statistics are @asskomm/stats.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  type PopulationMargin,
  postStratify,
  rake,
  type SurveyDesign,
  type SurveyDomain,
  type SurveyEstimate,
  type SvyByResult,
  svyBy,
  svyDesign,
  svyDomainsBy,
} from '@asskomm/stats';
import type { Command } from 'commander';
import { POPULATION_WEIGHT_COLUMN, readCodebook } from './analyse-codebook';
import {
  AnalyseInputError,
  type CsvColumns,
  categoryColumn,
  numericColumn,
  parseNumber,
  readCsvFile,
  releaseColumn,
} from './analyse-csv';

export { AnalyseInputError } from './analyse-csv';

/** Options of `asskomm analyse`, as commander hands them over (strings) or as a caller sets them. */
export interface AnalyseOptions {
  weight?: string;
  strata?: string;
  /** COL, or COL+COL… for a multistage design (first stage first) */
  cluster?: string;
  /** COL, or COL+COL… with one fpc per stage */
  fpc?: string;
  /** cluster ids restart within strata (R's nest = TRUE) */
  nest?: boolean;
  /** codebook with missing codes; default: `<name>_codebuch.csv` beside a `<name>_codes.csv` export */
  codebook?: string;
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

/** "a+b" → ["a", "b"] (stages of --cluster and --fpc). */
const stagesOf = (raw: string | undefined): string[] =>
  raw === undefined
    ? []
    : raw
        .split('+')
        .map((s) => s.trim())
        .filter((s) => s !== '');

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

/** Rows kept for the analysis (all, or those with a weight when the export's weight column is used). */
type Keep = Int32Array | null;

function pick<T extends Float64Array | Int32Array>(a: T, keep: Keep): T {
  if (!keep) return a;
  const out = new (a.constructor as { new (n: number): T })(keep.length);
  for (let j = 0; j < keep.length; j++) out[j] = a[keep[j] as number] as number;
  return out;
}

/**
 * A design column (strata, clusters) per analysed row: its dictionary codes (one per distinct text), and
 * the texts themselves for error messages. A missing value stops with its line.
 */
interface DesignColumn {
  readonly codes: Int32Array;
  texts(): string[];
}

function designColumn(
  csv: CsvColumns,
  name: string,
  file: string,
  purpose: string,
  keep: Keep,
): DesignColumn {
  const { codes, levels } = categoryColumn(csv, name);
  const picked = pick(codes, keep);
  const j = picked.indexOf(-1);
  if (j >= 0) {
    const row = keep ? (keep[j] as number) : j;
    throw new AnalyseInputError(
      `${file}, Spalte „${name}“, Zeile ${csv.lines[row]}: Wert fehlt (${purpose})`,
    );
  }
  // the level strings are shared, so the texts cost one reference per row
  return { codes: picked, texts: () => Array.from(picked, (c) => levels[c] as string) };
}

async function readMargin(
  option: 'rake' | 'poststratify',
  raw: string,
  csv: CsvColumns,
  file: string,
  keep: Keep,
): Promise<PopulationMargin> {
  const [column, marginsFile] = splitAssignment(option, raw);
  if (!csv.columns.has(column)) throw new Error(`internal: column ${column} not read`);
  const path = resolve(marginsFile);
  const m = await readCsvFile(path, [column, 'count'], `Randverteilungsdatei (--${option} ${raw})`);
  const mLevels = categoryColumn(m, column);
  const counts = numericColumn(m, 'count', path);
  const population = new Map<string, number>();
  for (let i = 0; i < m.rows; i++) {
    const k = mLevels.codes[i] as number;
    const c = counts[i] as number;
    if (k < 0) throw new AnalyseInputError(`${path}, Zeile ${m.lines[i]}: Ausprägung von „${column}“ fehlt`);
    const level = mLevels.levels[k] as string;
    if (!(c >= 0 && Number.isFinite(c))) {
      throw new AnalyseInputError(
        `${path}, Spalte „count“, Zeile ${m.lines[i]}: Anzahl muss eine Zahl ≥ 0 sein`,
      );
    }
    if (population.has(level))
      throw new AnalyseInputError(`${path}, Zeile ${m.lines[i]}: „${level}“ kommt doppelt vor`);
    population.set(level, c);
  }
  const all = categoryColumn(csv, column);
  const f = { codes: pick(all.codes, keep), levels: all.levels };
  const missingRow = f.codes.indexOf(-1);
  if (missingRow >= 0) {
    const row = keep ? (keep[missingRow] as number) : missingRow;
    throw new AnalyseInputError(
      `${file}, Spalte „${column}“, Zeile ${csv.lines[row]}: Wert fehlt (nötig für --${option})`,
    );
  }
  // German messages for the two ways margins and data disagree (the library would say it in English)
  const counted = new Uint8Array(f.levels.length);
  for (let i = 0; i < f.codes.length; i++) counted[f.codes[i] as number] = 1;
  f.levels.forEach((level, k) => {
    const c = population.get(level);
    if (counted[k] && !(c !== undefined && c > 0)) {
      const j = f.codes.indexOf(k);
      const row = keep ? (keep[j] as number) : j;
      throw new AnalyseInputError(
        `${path}: Ausprägung „${level}“ der Spalte „${column}“ (z. B. ${file}, Zeile ${csv.lines[row]}) hat ${c === undefined ? 'keine Zeile' : 'die Anzahl 0'} in der Randverteilung`,
      );
    }
  });
  for (const [level, c] of population) {
    const k = f.levels.indexOf(level);
    if (c > 0 && !(k >= 0 && counted[k])) {
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

/** The codebook beside an export: `<name>_codebuch.csv` for `<name>_codes.csv` (or `<name>.csv`). */
function codebookBeside(path: string): string | null {
  const stem = basename(path).replace(/\.csv$/i, '');
  for (const base of [stem.replace(/_codes$/, ''), stem]) {
    const candidate = join(dirname(path), `${base}_codebuch.csv`);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** German translation of the library's design errors where the CLI has an option for the fix. */
function designMessage(error: Error): string {
  const m = error.message;
  if (/clusters nested in strata/.test(m)) {
    const which = /cluster "([^"]*)" is in strata "([^"]*)" and "([^"]*)"/.exec(m);
    return `Klumpen „${which?.[1] ?? '?'}“ liegt in den Schichten „${which?.[2] ?? '?'}“ und „${which?.[3] ?? '?'}“. Beginnen die Klumpennummern in jeder Schicht neu, --nest angeben; sonst Klumpen eindeutig nummerieren. (${m})`;
  }
  return m;
}

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
  const clusterColumns = stagesOf(options.cluster);
  const fpcColumns = stagesOf(options.fpc);
  if (fpcColumns.length > Math.max(1, clusterColumns.length)) {
    throw new AnalyseInputError(
      `--fpc nennt ${fpcColumns.length} Spalten, aber es gibt ${Math.max(1, clusterColumns.length)} Auswahlstufe(n) (--cluster): eine Endlichkeitskorrektur je Stufe`,
    );
  }
  if (clusterColumns.length > 1 && fpcColumns.length > 0 && fpcColumns.length !== clusterColumns.length) {
    throw new AnalyseInputError(
      `--cluster ${options.cluster} hat ${clusterColumns.length} Stufen, --fpc ${options.fpc} nur ${fpcColumns.length}: für ein mehrstufiges Design je Stufe eine Spalte angeben (wie R fpc = ~fpc1 + fpc2), oder --fpc weglassen (dann zählt nur die erste Stufe)`,
    );
  }
  const path = resolve(file);
  const warnings: string[] = [];

  // codebook: missing codes per column, and the export's population weight
  const codebookPath = options.codebook ? resolve(options.codebook) : codebookBeside(path);
  const codebook = codebookPath ? await readCodebook(codebookPath) : null;
  const missingOf = (column: string): number[] => codebook?.missing.get(column) ?? [];
  let weightColumn = options.weight;
  let autoWeight = false;
  if (!weightColumn && codebook?.variables.has(POPULATION_WEIGHT_COLUMN)) {
    weightColumn = POPULATION_WEIGHT_COLUMN;
    autoWeight = true;
  }

  const wanted = new Set<string>();
  for (const c of [weightColumn, options.strata, options.by, ...clusterColumns, ...fpcColumns])
    if (c) wanted.add(c);
  for (const r of requests) wanted.add(r.variable);
  for (const raw of rakes) wanted.add(splitAssignment('rake', raw)[0]);
  if (post) wanted.add(splitAssignment('poststratify', post)[0]);
  const csv = await readCsvFile(path, [...wanted], 'Datendatei');
  // each column is dropped after its last use (a 1,000,000-row file keeps the peak memory down)
  const uses = new Map<string, number>();
  const use = (c: string | undefined) => {
    if (c) uses.set(c, (uses.get(c) ?? 0) + 1);
  };
  for (const c of [weightColumn, options.strata, options.by, ...clusterColumns, ...fpcColumns]) use(c);
  for (const r of requests) use(r.variable);
  for (const raw of rakes) use(splitAssignment('rake', raw)[0]);
  if (post) use(splitAssignment('poststratify', post)[0]);
  const done = (c: string | undefined) => {
    if (!c) return;
    const left = (uses.get(c) ?? 0) - 1;
    uses.set(c, left);
    if (left <= 0) releaseColumn(csv, c);
  };
  if (csv.rows < 2)
    throw new AnalyseInputError(`${path}: mindestens zwei Datenzeilen nötig, gefunden: ${csv.rows}`);

  // weights; the export's population weight is empty for responses that could not be weighted: those
  // are left out, as on the results page
  let weights: Float64Array | undefined;
  let keep: Keep = null;
  if (weightColumn) {
    const all = numericColumn(csv, weightColumn, path);
    if (weightColumn === POPULATION_WEIGHT_COLUMN && codebook) {
      const rows: number[] = [];
      for (let i = 0; i < all.length; i++) if (!Number.isNaN(all[i] as number)) rows.push(i);
      if (rows.length < all.length) {
        keep = Int32Array.from(rows);
        warnings.push(
          `Hinweis: ${all.length - rows.length} Antworten ohne Hochrechnungsgewicht (nicht gewichtbar) ausgelassen, wie auf der Ergebnisseite`,
        );
      }
    }
    weights = pick(all, keep);
    for (let j = 0; j < weights.length; j++) {
      const w = weights[j] as number;
      const row = keep ? (keep[j] as number) : j;
      const where = `${path}, Spalte „${weightColumn}“, Zeile ${csv.lines[row]}`;
      if (Number.isNaN(w)) throw new AnalyseInputError(`${where}: Gewicht fehlt`);
      if (w < 0) throw new AnalyseInputError(`${where}: negatives Gewicht (${w})`);
      if (w === 0) throw new AnalyseInputError(`${where}: Gewicht 0 (Zeilen ohne Gewicht vorher entfernen)`);
    }
    const sum = weights.reduce((a, b) => a + b, 0);
    if (Math.abs(sum / weights.length - 1) < 0.01) {
      warnings.push(
        `Hinweis: Die Gewichte in „${weightColumn}“ haben den Mittelwert 1. Schätzwerte und Standardfehler gelten, der Designeffekt (deff) aber nicht: Er braucht Hochrechnungsgewichte (Summe = Bevölkerung; im Export der Plattform die Spalte „${POPULATION_WEIGHT_COLUMN}“).`,
      );
    }
  }
  const n = keep ? keep.length : csv.rows;
  if (n < 2)
    throw new AnalyseInputError(`${path}: mindestens zwei gewichtete Datenzeilen nötig, gefunden: ${n}`);
  const strata = options.strata ? designColumn(csv, options.strata, path, 'Schicht', keep) : undefined;
  const clusters = clusterColumns.map((c, k) =>
    designColumn(csv, c, path, clusterColumns.length > 1 ? `Klumpen der Stufe ${k + 1}` : 'Klumpen', keep),
  );
  const fpc = fpcColumns.map((c) => {
    const v = pick(numericColumn(csv, c, path), keep);
    const i = v.findIndex((x) => !(x > 0));
    if (i >= 0) {
      const row = keep ? (keep[i] as number) : i;
      const what = Number.isNaN(v[i] as number)
        ? 'Wert fehlt (Endlichkeitskorrektur)'
        : 'Endlichkeitskorrektur muss > 0 sein';
      throw new AnalyseInputError(`${path}, Spalte „${c}“, Zeile ${csv.lines[row]}: ${what}`);
    }
    return v;
  });
  if (fpc.length > 0 && fpc.every((v) => v.every((x) => x === 1))) {
    warnings.push(
      'Hinweis: Endlichkeitskorrektur 1 in jeder Zeile: als Vollerhebung gelesen (Auswahlsatz 100 %), Standardfehler 0',
    );
  }
  // the design is built from the columns' codes; only when it fails is it built again from the texts, so
  // that the message names strata and clusters as the file writes them
  const designFrom = (column: (c: DesignColumn) => ArrayLike<string | number>) => {
    const ids = clusters.map(column);
    return svyDesign({
      n,
      weights,
      strata: strata ? column(strata) : undefined,
      clusters: ids.length > 1 ? ids : ids[0],
      fpc: fpc.length > 1 ? fpc : fpc[0],
      nest: options.nest === true,
    });
  };
  let design: SurveyDesign;
  try {
    design = designFrom((c) => c.codes);
  } catch (codesError) {
    try {
      designFrom((c) => c.texts());
    } catch (error) {
      throw new AnalyseInputError(`Stichprobendesign ungültig: ${designMessage(error as Error)}`);
    }
    throw codesError;
  }
  for (const c of [weightColumn, options.strata, ...clusterColumns, ...fpcColumns]) done(c);
  const postMargin = post ? await readMargin('poststratify', post, csv, path, keep) : undefined;
  if (post) done(splitAssignment('poststratify', post)[0]);
  const rakeMargins: PopulationMargin[] = [];
  for (const raw of rakes) {
    rakeMargins.push(await readMargin('rake', raw, csv, path, keep));
    done(splitAssignment('rake', raw)[0]);
  }
  try {
    if (postMargin) design = postStratify(design, postMargin);
    if (rakeMargins.length) design = rake(design, rakeMargins, RAKE_CONTROL);
  } catch (error) {
    throw new AnalyseInputError(`Gewichtung fehlgeschlagen: ${(error as Error).message}`);
  }

  // domains: a missing value (empty, NA, a missing code of the codebook) is in no domain
  let domains: { domain: SurveyDomain; level: string }[] = [];
  if (options.by) {
    const by = categoryColumn(csv, options.by, missingOf(options.by));
    const all = svyDomainsBy(design, pick(by.codes, keep), by.levels, options.by);
    domains = levelOrder(by.levels).map((k) => ({
      domain: all[k] as SurveyDomain,
      level: by.levels[k] as string,
    }));
    done(options.by);
  }

  // estimates
  const estimates: AnalyseEstimate[] = [];
  const table: { request: Request; label: string; e: SurveyEstimate }[] = [];
  for (const r of requests) {
    // the sample and every domain in one pass (svyBy: the same results as one call per domain)
    let run: () => SvyByResult;
    const domainList = domains.map((d) => d.domain);
    if (r.statistic === 'proportion') {
      const f = categoryColumn(csv, r.variable, missingOf(r.variable));
      const codesOfRows = pick(f.codes, keep);
      done(r.variable);
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
      const what = { statistic: 'proportion', values: codes.length ? codes : [-2] } as const;
      run = () => svyBy(design, codesOfRows, domainList, what, { level, minN });
    } else {
      const y = pick(numericColumn(csv, r.variable, path, missingOf(r.variable)), keep);
      done(r.variable);
      const what = { statistic: r.statistic === 'mean' ? 'mean' : 'total' } as const;
      run = () => svyBy(design, y, domainList, what, { level, minN });
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
    const results = run();
    emit(results.overall, null, 'gesamt');
    domains.forEach(({ level: l }, k) => {
      emit(results.domains[k] as SurveyEstimate, { [options.by as string]: l }, l);
    });
  }
  const totalWeight = design.weights.reduce((a, b) => a + b, 0);
  const result: AnalyseResult = { n, total_weight: totalWeight, degf: design.degf, estimates };
  const text = options.json
    ? JSON.stringify(result, null, 2)
    : germanTable(result, table, {
        file: path,
        options: { ...options, weight: weightColumn },
        level,
        minN,
        rakes: rakeMargins,
        post: postMargin,
        codebook: codebookPath,
        autoWeight,
      });
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
    codebook: string | null;
    autoWeight: boolean;
  },
): string {
  const o = ctx.options;
  const design: string[] = [];
  if (o.strata) design.push(`Schichten ${o.strata}`);
  if (o.cluster)
    design.push(o.cluster.includes('+') ? `Klumpen je Stufe ${o.cluster}` : `Klumpen ${o.cluster}`);
  if (o.nest) design.push('Klumpen je Schicht nummeriert');
  design.push(
    o.weight ? `Gewichte ${o.weight}${ctx.autoWeight ? ' (aus dem Export erkannt)' : ''}` : 'ohne Gewichte',
  );
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
    ...(ctx.codebook
      ? [`Codebuch: ${ctx.codebook} (als fehlend markierte Codes zählen nicht als Antwort)`]
      : []),
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
    .option(
      '--cluster <spalten>',
      'Klumpen (PSU); mehrstufig je Stufe eine Spalte mit +, z. B. dnum+snum (wie R ids = ~dnum + snum)',
    )
    .option(
      '--fpc <spalten>',
      'Endlichkeitskorrektur: Größe der Grundgesamtheit je Schicht oder Auswahlsatz; mehrstufig je Stufe eine Spalte, z. B. fpc1+fpc2',
    )
    .option('--nest', 'Klumpennummern beginnen in jeder Schicht neu (wie R nest = TRUE)')
    .option(
      '--codebook <datei>',
      'Codebuch mit fehlenden Codes (Spalten variable, wert, fehlend); Standard: <name>_codebuch.csv neben <name>_codes.csv',
    )
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
      '\nFehlende Antworten (leere Zellen, „NA“, im Codebuch als fehlend markierte Codes wie -1 „Weiß nicht / keine Angabe“) werden wie in R mit na.rm = TRUE als Domäne behandelt; jeder andere Text in einer Zahlenspalte ist ein Fehler.\nExport der Plattform: ohne --weight wird die Spalte gewicht_hochrechnung verwendet (Antworten ohne Gewicht wie auf der Ergebnisseite ausgelassen).\nDesigns: Schichten, Klumpen in einer oder mehreren Stufen (mit --fpc je Stufe; ohne --fpc zählt nur die erste Stufe), Gewichte, Nachschichtung, Raking.\nRaking: bis 100 Durchläufe, Abbruch bei Änderung < 1e-10 der Gewichtssumme (wie R rake mit control = list(maxit = 100, epsilon = 1e-10)).',
    )
    .action(async (file: string, opts: AnalyseOptions) => {
      const { text, warnings } = await runAnalyse(file, opts);
      for (const w of warnings) process.stderr.write(`${w}\n`);
      process.stdout.write(`${text}\n`);
    });
}
